package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.LoggedIn;
import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerConfig;
import dev.gradlab.server.jobs.JobRunner;
import dev.gradlab.server.store.Accounts;
import dev.gradlab.server.store.Database;
import dev.gradlab.server.store.SqlJobStore;
import dev.gradlab.server.store.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Jobs are rows of the server's database: they outlive the server process. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class JobPersistenceTest {
    @TempDir
    Path data;
    final String url = TestDb.freshUrl();

    /** The same data directory and database every time. */
    ServerConfig config() {
        return ServerConfig.defaults().withPort(0).withDataDir(data).withDbUrl(url);
    }

    @Test
    void aFinishedJobKeepsItsResultAcrossARestartAndARunningOneFailsSayingWhy() throws Exception {
        String done;
        String endless;
        JsonNode before;
        LoggedIn ada;
        try (RunningServer first = RunningServer.start(config())) {
            first.server().accounts().create("ada", "lovelace-1815", null);
            ada = LoggedIn.as(first, "ada", "lovelace-1815");
            done = ada.submit(JobRoutesTest.SMALL_MC);
            before = ada.awaitStatus(done, "succeeded");
            endless = ada.submit(JobRoutesTest.ENDLESS);
            ada.awaitStatus(endless, "running");
        }
        try (RunningServer second = RunningServer.start(config())) {
            LoggedIn same = ada.on(second);
            JsonNode after = same.getJson("/api/jobs/" + done);
            assertEquals(before, after, "the whole document, result included");
            assertEquals("[20,40]", after.path("result").path("series").path("n").toString());
            JsonNode stopped = same.getJson("/api/jobs/" + endless);
            assertEquals("failed", stopped.path("status").asText());
            assertEquals(JobRunner.STOPPED, stopped.path("error").asText());
            assertEquals(2, same.getJson("/api/jobs").size());
        }
    }

    @Test
    void atStartJobsLeftRunningByAKilledLifeOfThisServerFailAndQueuedOnesRun() throws Exception {
        String crashed;
        String waiting;
        try (Database db = Database.open(data, config().dbUrl())) {
            long id = new Accounts(db).create("ada", "lovelace-1815", null).id();
            SqlJobStore store = new SqlJobStore(db);
            crashed = store.create("user:" + id, "program", "{\"source\":\"print(1)\",\"seed\":0}").id();
            // As a killed process of this host with this process id left it (a restart in a container).
            String host = InetAddress.getLocalHost().getHostName();
            store.claimNextQueued(host + "/" + ProcessHandle.current().pid() + "/killed");
            waiting = store.create("user:" + id, "program", "{\"source\":\"print(6 * 7)\",\"seed\":0}").id();
        }
        try (RunningServer server = RunningServer.start(config())) {
            LoggedIn ada = LoggedIn.as(server, "ada", "lovelace-1815");
            JsonNode r = ada.getJson("/api/jobs/" + crashed);
            assertEquals("failed", r.path("status").asText());
            assertEquals(JobRunner.RESTARTED, r.path("error").asText());
            assertEquals("42\n", ada.awaitStatus(waiting, "succeeded").path("result").path("stdout").asText());
        }
    }
}
