package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseRoutesTest {
    @TempDir
    static Path data;
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(ServerConfig.defaults().withPort(0).withDataDir(data)
                .withContentDir(Paths.get("src/test/resources/instructor")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode check(String body) {
        HttpResponse<String> r = server.post("/api/exercises/demo-derivative/check", body);
        assertEquals(200, r.statusCode(), r.body());
        return RunningServer.json(r);
    }

    @Test
    void theListCarriesAnInstructorsExerciseWithItsParts() {
        JsonNode list = RunningServer.json(server.get("/api/exercises"));
        JsonNode demo = null;
        for (JsonNode e : list) {
            demo = e.path("id").asText().equals("demo-derivative") ? e : demo;
        }
        assertEquals("Derivatives", demo.path("topic").asText());
        assertEquals("df", demo.path("parts").get(0).path("id").asText());
        assertEquals("number", demo.path("parts").get(1).path("kind").asText());
    }

    @Test
    void theExerciseViewFillsInVariantZerosNumbersAndHidesTheReference() {
        HttpResponse<String> r = server.get("/api/exercises/demo-derivative");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("f(x) = 3 x^3"), r.body());
        assertFalse(r.body().contains("3*3*x^2"), r.body());
        assertFalse(r.body().contains("kept-exponent"), r.body());
        assertEquals(2, RunningServer.json(r).path("parts").get(0).path("hintCount").asInt());
    }

    @Test
    void anotherVariantHasItsOwnNumbers() {
        JsonNode v = RunningServer.json(server.get("/api/exercises/demo-derivative?variant=7"));
        assertEquals(7, v.path("variant").asInt());
        assertTrue(v.path("statement").asText().matches("(?s)Let \\$f\\(x\\) = [2-9] x\\^3\\$\\."), v.toString());
    }

    @Test
    void aCorrectAnswerScoresOneAndIsNotRecordedWithoutASession() {
        JsonNode r = check("{\"answers\": {\"df\": \"9x^2\", \"value\": \"36\"}}");
        assertTrue(r.path("correct").asBoolean(), r.toString());
        assertEquals(1.0, r.path("score").asDouble());
        assertEquals("correct", r.path("parts").path("df").path("status").asText());
        assertFalse(r.path("recorded").asBoolean());
    }

    @Test
    void aKnownMistakeIsNamedWithItsFeedbackAndTheFirstHint() {
        JsonNode df = check("{\"variant\": 0, \"answers\": {\"df\": \"9*x^3\"}}").path("parts").path("df");
        assertEquals("incorrect", df.path("status").asText());
        assertEquals("kept-exponent", df.path("mistake").asText());
        assertEquals("Bring the exponent down.", df.path("hint").asText());
    }

    @Test
    void theNextHintFollowsTheHintsAlreadyShown() {
        JsonNode df = check("{\"answers\": {\"df\": \"x\"}, \"hintsShown\": {\"df\": 1}}").path("parts").path("df");
        assertEquals("Then lower the exponent by one.", df.path("hint").asText());
    }

    @Test
    void anUnreadableAnswerIsInvalidAndSaysWhere() {
        JsonNode r = check("{\"answers\": {\"df\": \"9*x^\"}}");
        assertEquals("invalid", r.path("parts").path("df").path("status").asText());
        assertTrue(r.path("parts").path("df").path("feedback").asText().contains("column"), r.toString());
        assertEquals("missing", r.path("parts").path("value").path("status").asText());
    }

    @Test
    void anUnknownPartIs400NamingThePart() {
        HttpResponse<String> r = server.post("/api/exercises/demo-derivative/check", "{\"answers\": {\"dg\": \"1\"}}");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("answers.dg"), r.body());
    }

    @Test
    void aVariantThatIsNotANumberIs400() {
        assertEquals(400, server.get("/api/exercises/demo-derivative?variant=two").statusCode());
    }

    @Test
    void anUnknownExerciseIs404() {
        HttpResponse<String> r = server.get("/api/exercises/no-such-exercise");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("no-such-exercise"), r.body());
    }
}
