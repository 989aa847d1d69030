package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Handlers that fail unexpectedly, on a bare Javalin with GradLab's error mapping. */
class InternalErrorsTest {
    static Javalin app;

    @BeforeAll
    static void start() {
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.port = 0;
            ErrorMapping.install(c);
            c.routes.get("/exception", ctx -> {
                throw new IllegalStateException("secret detail");
            });
            c.routes.get("/error", ctx -> {
                throw new StackOverflowError("secret detail");
            });
        }).start();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void assertInternalWithoutDetails(HttpResponse<String> r) throws Exception {
        assertEquals(500, r.statusCode());
        JsonNode error = new ObjectMapper().readTree(r.body()).path("error");
        assertEquals("internal", error.path("code").asText());
        assertFalse(r.body().contains("secret detail"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @Test
    void anUnexpectedExceptionIs500InternalWithoutItsMessageOrStackTrace() throws Exception {
        assertInternalWithoutDetails(get("/exception"));
    }

    @Test
    void aJavaLangErrorIs500InternalAsJsonToo() throws Exception {
        assertInternalWithoutDetails(get("/error"));
    }
}
