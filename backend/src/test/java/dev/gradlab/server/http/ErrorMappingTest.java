package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorMappingTest extends ServerTest {
    static JsonNode assertJsonError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "content type of " + r.body());
        JsonNode error = RunningServer.json(r).path("error");
        assertEquals(code, error.path("code").asText(), r.body());
        assertFalse(error.path("message").asText().isEmpty(), r.body());
        return error;
    }

    @Test
    void malformedJsonIs400BadJson() {
        assertJsonError(server.post("/api/autodiff/trace", "{\"source\": "), 400, "bad_json");
    }

    @Test
    void anEmptyBodyIs400BadJson() {
        assertJsonError(server.post("/api/autodiff/trace", ""), 400, "bad_json");
    }

    @Test
    void aBodyThatIsNotAnObjectIs400BadRequest() {
        assertJsonError(server.post("/api/autodiff/trace", "[1, 2]"), 400, "bad_request");
    }

    @Test
    void anUnknownApiRouteIs404NotFoundAsJson() {
        assertJsonError(server.get("/api/no-such-thing"), 404, "not_found");
    }

    @Test
    void aMissingStaticFileIs404NotFoundAsJson() {
        assertJsonError(server.get("/no/such/file.html"), 404, "not_found");
    }

    @Test
    void aWrongMethodIs405MethodNotAllowed() {
        assertJsonError(server.send("DELETE", "/api/health", null), 405, "method_not_allowed");
    }

    @Test
    void aGetOnAPostRouteIs405MethodNotAllowed() {
        assertJsonError(server.get("/api/autodiff/trace"), 405, "method_not_allowed");
    }

    @Test
    void aBodyOverOneMebibyteIs413TooLarge() {
        String big = "{\"source\": \"" + "x".repeat(1 << 20) + "\"}";
        assertJsonError(server.post("/api/autodiff/trace", big), 413, "too_large");
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        String padding = " ".repeat((1 << 20) - 100);
        HttpResponse<String> r = server.post("/api/autodiff/trace", "{\"source\": \"f = 2*x\", \"inputs\": {\"x\": 1}}" + padding);
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void errorBodiesNeverCarryAStackTrace() {
        HttpResponse<String> r = server.post("/api/autodiff/trace", "{\"source\": \"f = (\"}");
        assertFalse(r.body().contains("Exception"), r.body());
        assertFalse(r.body().contains("\tat "), r.body());
    }
}
