package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthRoutesTest extends ServerTest {
    @Test
    void healthSaysOkWithTheProjectVersion() {
        HttpResponse<String> r = server.get("/api/health");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = RunningServer.json(r);
        assertEquals("ok", body.path("status").asText());
        assertEquals("0.1.0-SNAPSHOT", body.path("version").asText());
    }

    @Test
    void aServerOnPortZeroListensOnARealPort() {
        assertTrue(server.server().port() > 0);
    }
}
