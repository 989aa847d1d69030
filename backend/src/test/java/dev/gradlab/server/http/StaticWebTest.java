package dev.gradlab.server.http;

import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class StaticWebTest {
    static final byte[] WASM = {0, 'a', 's', 'm', 1, 0, 0, 0};

    @TempDir
    Path data;
    @TempDir
    Path web;

    RunningServer serveDirectory() throws IOException {
        Files.writeString(web.resolve("index.html"), "<!DOCTYPE html><title>GradLab test page</title>");
        Files.createDirectories(web.resolve("wasm"));
        Files.write(web.resolve("wasm/gradlab.wasm"), WASM);
        return RunningServer.start(ServerConfig.defaults().withPort(0).withDataDir(data).withWebDir(web));
    }

    @Test
    void indexHtmlIsServedAtTheRoot() throws IOException {
        try (RunningServer s = serveDirectory()) {
            HttpResponse<String> r = s.get("/");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(r.body().contains("GradLab test page"));
        }
    }

    @Test
    void wasmFilesAreServedAsApplicationWasmByteForByte() throws IOException {
        try (RunningServer s = serveDirectory()) {
            HttpResponse<byte[]> r = s.getBytes("/wasm/gradlab.wasm");
            assertEquals(200, r.statusCode());
            assertEquals("application/wasm", r.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(WASM, r.body());
        }
    }

    @Test
    void theApiStillAnswersNextToTheStaticFiles() throws IOException {
        try (RunningServer s = serveDirectory()) {
            assertEquals(200, s.get("/api/health").statusCode());
            assertEquals(404, s.get("/api/index.html").statusCode());
        }
    }

    @Test
    void theBrowserAppCopiedIntoTheJarIsServedAtTheRootWhenItWasBuilt() {
        assumeTrue(StaticWebTest.class.getResource("/web/index.html") != null,
                "frontend-teavm/target/webapp was not built before the backend");
        try (RunningServer s = RunningServer.start(data)) {
            assertTrue(s.server().servesWebApp());
            HttpResponse<String> r = s.get("/");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("id=\"source\""), "the stepper page");
        }
    }

    @Test
    void withoutABrowserAppTheRootIsAJson404() {
        try (RunningServer s = RunningServer.start(
                ServerConfig.defaults().withPort(0).withDataDir(data).withWebDir(web.resolve("missing")))) {
            assertFalse(s.server().servesWebApp());
            HttpResponse<String> r = s.get("/");
            assertEquals(404, r.statusCode());
            assertTrue(r.body().startsWith("{\"error\""), r.body());
        }
    }
}
