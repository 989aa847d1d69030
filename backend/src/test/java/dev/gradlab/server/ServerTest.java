package dev.gradlab.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** A test class against one real server on a free port with a fresh data directory, started once per class. */
public abstract class ServerTest {
    @TempDir
    protected static Path data;
    protected static RunningServer server;

    @BeforeAll
    static void startServer() {
        server = RunningServer.start(data);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
