package dev.gradlab.server.cli;

import dev.gradlab.server.store.Accounts;
import dev.gradlab.server.store.Database;
import dev.gradlab.server.store.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAddCommandTest {
    @TempDir
    Path data;
    final String url = TestDb.freshUrl();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code args} on this test's database; {@code env} is GRADLAB_PASSWORD (null: unset). */
    int run(String env, String stdin, String... args) {
        List<String> argv = new ArrayList<>(List.of(args));
        argv.addAll(List.of("--data", data.toString()));
        if (url != null) {
            argv.addAll(List.of("--db", url));
        }
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return UserAddCommand.run((Cli.UserAdd) Cli.parse(argv.toArray(new String[0])), env, null, in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String role(String username) {
        try (Database db = Database.open(data, url)) {
            return new Accounts(db).authenticate(username, "hopper-1906").map(a -> a.role()).orElse("no login");
        }
    }

    @Test
    void anInstructorWithThePasswordFromTheEnvironmentCanLogIn() {
        assertEquals(0, run("hopper-1906", "", "user", "add", "grace", "--instructor"), err.toString());
        assertTrue(out.toString().contains("created instructor 'grace'"), out.toString());
        assertEquals("instructor", role("grace"));
    }

    @Test
    void thePasswordIsTheFirstLineOfStandardInputWithoutItsLineEnd() {
        assertEquals(0, run(null, "hopper-1906\r\nignored\n", "user", "add", "ada"), err.toString());
        assertEquals("student", role("ada"));
    }

    @Test
    void aTakenNameFailsWithExitCode1SayingSo() {
        assertEquals(0, run("hopper-1906", "", "user", "add", "grace"));
        assertEquals(1, run("other-password", "", "user", "add", "grace"));
        assertTrue(err.toString().contains("'grace' is already taken"), err.toString());
        assertEquals("student", role("grace"), "the first account is unchanged");
    }

    @Test
    void anEmptyPasswordIsRefusedAndCreatesNothing() {
        assertEquals(1, run("", "", "user", "add", "grace"));
        assertTrue(err.toString().contains("password is required and must not be empty"), err.toString());
        assertEquals("no login", role("grace"));
    }

    @Test
    void noPasswordAtAllIsRefused() {
        assertEquals(1, run(null, "", "user", "add", "grace"));
        assertTrue(err.toString().contains("GRADLAB_PASSWORD"), err.toString());
    }
}
