package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.ServerTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jobs API as GradLabServer registers it (anonymous owner). */
class JobsServerTest extends ServerTest {
    @Test
    void theKindsAreListedWithTheirParametersAndLimits() {
        HttpResponse<String> r = server.get("/api/jobs/kinds");
        assertEquals(200, r.statusCode());
        JsonNode kinds = JobsApp.json(r);
        assertEquals(7, kinds.size());
        assertEquals("glove-train", kinds.get(0).path("kind").asText());
        JsonNode epochs = kinds.get(0).path("params").get(4);
        assertEquals("epochs", epochs.path("name").asText());
        assertEquals("integer", epochs.path("type").asText());
        assertEquals(1, epochs.path("min").asInt());
        assertEquals(3000, epochs.path("max").asInt());
        assertTrue(epochs.path("default").isNumber());
    }

    @Test
    void aProgramJobRunsAndIsListed() throws Exception {
        HttpResponse<String> r = server.post("/api/jobs",
                "{\"kind\": \"program\", \"params\": {\"source\": \"print(1 + 1)\"}}");
        assertEquals(202, r.statusCode(), r.body());
        String id = JobsApp.json(r).path("id").asText();
        JsonNode job = null;
        for (int i = 0; i < 600; i++) {
            job = JobsApp.json(server.get("/api/jobs/" + id));
            if (job.path("status").asText().equals("succeeded")) {
                break;
            }
            Thread.sleep(20);
        }
        assertEquals("succeeded", job.path("status").asText(), job.toString());
        assertEquals("2\n", job.path("result").path("stdout").asText());
        assertEquals(id, JobsApp.json(server.get("/api/jobs")).get(0).path("id").asText());
    }
}
