package dev.gradlab.server.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {
    @TempDir
    Path data;

    @Test
    void openingAnEmptyDataDirectoryCreatesTheH2FileWithTheSchema() {
        try (Database db = Database.open(data, null)) {
            assertTrue(Files.exists(data.resolve("gradlab.mv.db")));
            assertEquals(0L, (long) db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM users")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
        }
    }

    @Test
    void theEmbeddedDatabaseWritesEveryCommitAtOnce() {
        assertTrue(Database.h2Url(data).contains(";WRITE_DELAY=0"), Database.h2Url(data));
    }

    @Test
    void aSecondProcessOnTheSameDataDirectoryGetsAClearError() throws Exception {
        Path other = Files.createDirectories(data.resolve("locked"));
        // The file lock is per process: hold it from another JVM.
        Process holder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), other.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertEquals("open", line);
            StoreException e = assertThrows(StoreException.class, () -> Database.open(other, null).close());
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void reopeningKeepsWhatWasCommittedAndDoesNotMigrateTwice() {
        String url = TestDb.freshUrl();
        try (Database db = Database.open(data, url)) {
            db.transaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO users (username, password_hash, role, variant_seed, created) VALUES ('ada', 'x', 'student', 7, 0)"));
        }
        try (Database db = Database.open(data, url)) {
            List<String> names = db.read(c -> {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT username FROM users")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertEquals(List.of("ada"), names);
        }
    }

    @Test
    void aPasswordInAJdbcUrlIsNotRepeatedInMessages() {
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                Database.redact("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Opens the database in args[0], says "open", and waits to be killed. */
    public static final class HoldDatabase {
        public static void main(String[] args) throws Exception {
            Database db = Database.open(Path.of(args[0]), null);
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
            db.close();
        }
    }
}
