package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerTest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped course through the API: every catalog id listed, each one checkable. */
class CatalogRoutesTest extends ServerTest {
    private static List<String> catalog() throws Exception {
        try (InputStream in = CatalogRoutesTest.class.getResourceAsStream("/catalog-ids.txt")) {
            List<String> ids = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank()) {
                    ids.add(l.trim());
                }
            }
            return ids;
        }
    }

    @Test
    void theExerciseListHasEveryCatalogId() throws Exception {
        List<String> listed = new ArrayList<>();
        for (JsonNode e : RunningServer.json(server.get("/api/exercises"))) {
            listed.add(e.path("id").asText());
        }
        List<String> missing = catalog();
        missing.removeAll(listed);
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCatalogExerciseOpensAndGradesAnEmptyCheckAsMissing() throws Exception {
        for (String id : catalog()) {
            JsonNode view = RunningServer.json(server.get("/api/exercises/" + id + "?variant=3"));
            assertEquals(id, view.path("id").asText());
            JsonNode r = RunningServer.json(server.post("/api/exercises/" + id + "/check", "{\"answers\": {}}"));
            JsonNode first = r.path("parts").path(view.path("parts").get(0).path("id").asText());
            assertEquals("missing", first.path("status").asText(), id + ": " + r);
            assertTrue(view.path("statement").asText().length() > 40, id);
        }
    }

    @Test
    void theComputationGraphExerciseOpensTheBackpropStepperOnItsFunction() {
        JsonNode view = RunningServer.json(server.get("/api/exercises/hw1-compgraph"));
        assertEquals("backprop", view.path("stepper").path("kind").asText(), view.toString());
        assertTrue(view.path("stepper").path("source").asText().contains("exp"), view.toString());
    }

    @Test
    void everyAttentionExerciseOpensTheAttentionStepperWithItsShapes() throws Exception {
        for (String id : catalog()) {
            if (id.contains("attention") || id.equals("hw1-mha-flops") || id.equals("a2-random-features")) {
                JsonNode stepper = RunningServer.json(server.get("/api/exercises/" + id)).path("stepper");
                assertEquals("attention", stepper.path("kind").asText(), id);
                assertTrue(stepper.path("n").asInt() > 0 && stepper.path("d").asInt() > 0, id + ": " + stepper);
            }
        }
    }
}
