package dev.gradlab.server.cli;

import dev.gradlab.server.ServerConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    static ServerConfig serve(String... args) {
        return assertInstanceOf(Cli.Serve.class, Cli.parse(args)).config();
    }

    static String usageError(String... args) {
        return assertThrows(UsageException.class, () -> Cli.parse(args)).getMessage();
    }

    @Test
    void serveDefaultsToPort7070AndGradlabDataWithoutADatabase() {
        ServerConfig c = serve("serve");
        assertEquals(7070, c.port());
        assertEquals(Paths.get("gradlab-data"), c.dataDir());
        assertNull(c.dbUrl());
        assertEquals(1 << 20, c.maxBodyBytes());
    }

    @Test
    void serveTakesPortDataAndDbAsSeparateWords() {
        ServerConfig c = serve("serve", "--port", "0", "--data", "/tmp/x", "--db", "jdbc:postgresql://h/db");
        assertEquals(0, c.port());
        assertEquals(Paths.get("/tmp/x"), c.dataDir());
        assertEquals("jdbc:postgresql://h/db", c.dbUrl());
    }

    @Test
    void serveTakesOptionsWithEqualsSigns() {
        assertEquals(8080, serve("serve", "--port=8080").port());
    }

    @Test
    void helpPrintsTheUsage() {
        assertTrue(assertInstanceOf(Cli.Help.class, Cli.parse("--help")).text().contains("serve"));
    }

    @Test
    void serveHelpDescribesTheServeOptions() {
        assertTrue(assertInstanceOf(Cli.Help.class, Cli.parse("serve", "--help")).text().contains("--port"));
    }

    @Test
    void anUnknownFlagIsAUsageErrorNamingTheFlag() {
        assertTrue(usageError("serve", "--prot", "80").contains("--prot"));
    }

    @Test
    void anUnknownCommandIsAUsageErrorNamingTheCommand() {
        assertTrue(usageError("srve").contains("srve"));
    }

    @Test
    void noCommandIsAUsageError() {
        usageError();
    }

    @Test
    void aPortThatIsNotANumberIsAUsageError() {
        assertTrue(usageError("serve", "--port", "http").contains("--port"));
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertTrue(usageError("serve", "--port", "70000").contains("70000"));
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        assertTrue(usageError("serve", "--data").contains("--data"));
    }

    @Test
    void usageErrorsExitWithCode2() {
        assertEquals(2, Main.usageError(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), "x"));
    }

    @Test
    void userAddTakesANameTheInstructorFlagAndTheDatabaseOptions() {
        Cli.UserAdd u = assertInstanceOf(Cli.UserAdd.class,
                Cli.parse("user", "add", "grace", "--instructor", "--data", "/tmp/d", "--db=jdbc:postgresql://h/db"));
        assertEquals("grace", u.username());
        assertTrue(u.instructor());
        assertEquals(Paths.get("/tmp/d"), u.dataDir());
        assertEquals("jdbc:postgresql://h/db", u.dbUrl());
    }

    @Test
    void userAddMakesAStudentInTheDefaultDataDirectory() {
        Cli.UserAdd u = assertInstanceOf(Cli.UserAdd.class, Cli.parse("user", "add", "ada"));
        assertEquals(false, u.instructor());
        assertEquals(Paths.get("gradlab-data"), u.dataDir());
        assertNull(u.dbUrl());
    }

    @Test
    void userAddWithoutANameIsAUsageError() {
        assertTrue(usageError("user", "add", "--instructor").contains("NAME"));
    }

    @Test
    void theHelpListsUserAdd() {
        assertTrue(assertInstanceOf(Cli.Help.class, Cli.parse("--help")).text().contains("user add"));
        assertTrue(assertInstanceOf(Cli.Help.class, Cli.parse("user", "add", "--help")).text().contains("GRADLAB_PASSWORD"));
    }

    @Test
    void serveRunsTwoJobsAtOnceUnlessWorkersSaysOtherwiseAndZeroRunsNone() {
        assertEquals(2, assertInstanceOf(Cli.Serve.class, Cli.parse("serve")).workers());
        assertEquals(0, assertInstanceOf(Cli.Serve.class, Cli.parse("serve", "--workers", "0")).workers());
        assertEquals(8, assertInstanceOf(Cli.Serve.class, Cli.parse("serve", "--workers=8", "--port", "0")).workers());
        assertEquals("option --workers needs a number from 0 to 64, not '-1'", usageError("serve", "--workers=-1"));
        assertTrue(usageError("serve", "--workers", "65").contains("from 0 to 64"));
    }

    @Test
    void workerTakesTheDatabaseAndHowManyJobsToRun() {
        Cli.Worker w = assertInstanceOf(Cli.Worker.class,
                Cli.parse("worker", "--db", "jdbc:postgresql://h/db?user=u", "--workers", "4"));
        assertEquals("jdbc:postgresql://h/db?user=u", w.dbUrl());
        assertEquals(4, w.workers());
        assertEquals(2, assertInstanceOf(Cli.Worker.class, Cli.parse("worker", "--db=jdbc:postgresql://h/db")).workers());
    }

    @Test
    void aWorkerNeedsADatabaseAndAtLeastOneJobAtATime() {
        assertTrue(usageError("worker").contains("--db"));
        assertTrue(usageError("worker", "--workers", "2").contains("--db"));
        assertEquals("option --workers needs a number from 1 to 64, not '0'",
                usageError("worker", "--db", "jdbc:postgresql://h/db", "--workers", "0"));
        assertTrue(usageError("worker", "--port", "80").contains("--port"));
        assertTrue(assertInstanceOf(Cli.Help.class, Cli.parse("worker", "--help")).text().contains("--workers N"));
        assertTrue(assertInstanceOf(Cli.Help.class, Cli.parse("--help")).text().contains("worker"));
    }

    @Test
    void serveKeepsEndedJobsThirtyDaysUnlessKeepJobsDaysSaysOtherwise() {
        Cli.Serve byDefault = assertInstanceOf(Cli.Serve.class, Cli.parse("serve"));
        assertEquals(30, byDefault.keepJobsDays());
        assertEquals(30L * 24 * 60 * 60 * 1000, byDefault.jobsConfig().keepEndedMillis());
        Cli.Serve week = assertInstanceOf(Cli.Serve.class, Cli.parse("serve", "--keep-jobs-days", "7", "--workers", "3"));
        assertEquals(7, week.keepJobsDays());
        assertEquals(7L * 24 * 60 * 60 * 1000, week.jobsConfig().keepEndedMillis());
        assertEquals(3, week.jobsConfig().workers());
        assertEquals(1, assertInstanceOf(Cli.Serve.class, Cli.parse("serve", "--keep-jobs-days=1")).keepJobsDays());
    }

    @Test
    void keepJobsDaysBelowOneOrNotANumberIsAUsageErrorNamingTheOption() {
        assertEquals("option --keep-jobs-days needs a whole number of days, at least 1, not '0'",
                usageError("serve", "--keep-jobs-days", "0"));
        assertEquals("option --keep-jobs-days needs a whole number of days, at least 1, not '-3'",
                usageError("serve", "--keep-jobs-days=-3"));
        assertEquals("option --keep-jobs-days needs a whole number of days, at least 1, not '1.5'",
                usageError("serve", "--keep-jobs-days", "1.5"));
        assertEquals("option --keep-jobs-days needs a whole number of days, at least 1, not 'week'",
                usageError("serve", "--keep-jobs-days", "week"));
        assertEquals("option --keep-jobs-days needs a value", usageError("serve", "--keep-jobs-days"));
    }

    @Test
    void theServeAndWorkerHelpDescribeKeepJobsDays() {
        assertTrue(assertInstanceOf(Cli.Help.class, Cli.parse("serve", "--help")).text().contains("--keep-jobs-days N"));
        assertTrue(assertInstanceOf(Cli.Help.class, Cli.parse("worker", "--help")).text().contains("--keep-jobs-days N"));
    }

    @Test
    void aWorkerTakesKeepJobsDaysToo() {
        Cli.Worker w = assertInstanceOf(Cli.Worker.class,
                Cli.parse("worker", "--db", "jdbc:postgresql://h/db", "--keep-jobs-days", "90"));
        assertEquals(90, w.keepJobsDays());
        assertEquals(90L * 24 * 60 * 60 * 1000, w.jobsConfig().keepEndedMillis());
        assertEquals(30, assertInstanceOf(Cli.Worker.class, Cli.parse("worker", "--db=jdbc:postgresql://h/db")).keepJobsDays());
        assertEquals("option --keep-jobs-days needs a whole number of days, at least 1, not '0'",
                usageError("worker", "--db", "jdbc:postgresql://h/db", "--keep-jobs-days", "0"));
    }
}
