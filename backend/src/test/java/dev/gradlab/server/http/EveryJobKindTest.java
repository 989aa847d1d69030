package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.ServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every job kind, end to end on the real server with small parameters: progress events, then done with a result. */
class EveryJobKindTest extends ServerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "glove-train | {\"epochs\": 20, \"dim\": 4, \"maxVocab\": 60}",
        "mlm-train | {\"epochs\": 1, \"embed\": 4, \"hidden\": 8, \"maxVocab\": 60}",
        "regression-mc | {\"n\": [10, 20], \"d\": [1, 2], \"trials\": 50}",
        "rnn-gradnorm | {\"hidden\": 4, \"steps\": 10, \"norms\": [0.5, 1.5]}",
        "optimizer-compare | {\"steps\": 300}",
        "rf-attention | {\"n\": 8, \"d\": 4, \"m\": [4, 16], \"draws\": 2}",
        "program | {\"source\": \"for i in range(3):\\n    print(i)\"}"})
    void aJobOfEachKindStreamsProgressThenSucceedsWithAResult(String kind, String params) throws Exception {
        HttpResponse<String> r = server.post("/api/jobs", "{\"kind\": \"" + kind + "\", \"params\": " + params + "}");
        assertEquals(202, r.statusCode(), r.body());
        String id = JobsApp.json(r).path("id").asText();
        HttpResponse<InputStream> stream = server.send(HttpRequest.newBuilder(server.uri("/api/jobs/" + id + "/events"))
                .header("Accept", "text/event-stream").GET(), HttpResponse.BodyHandlers.ofInputStream());
        List<String[]> events;
        try (InputStream in = stream.body()) {
            events = JobsApp.readUntilDone(in);
        }
        String[] last = events.get(events.size() - 1);
        assertEquals("done", last[0]);
        assertEquals("succeeded", JobsApp.json(last[1]).path("status").asText(), last[1]);
        assertTrue(events.stream().anyMatch(e -> e[0].equals("progress")), kind + ": no progress event");
        JsonNode job = JobsApp.json(server.get("/api/jobs/" + id));
        assertEquals(1.0, job.path("progress").asDouble());
        assertTrue(job.path("result").isObject() && job.path("result").size() > 0, job.toString());
    }
}
