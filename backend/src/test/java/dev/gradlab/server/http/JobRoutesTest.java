package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.jobs.JobsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;

import static dev.gradlab.server.http.JobsApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jobs API over HTTP; every test acts as its own owner so the per-owner limit does not mix them. */
class JobRoutesTest {
    static final String SMALL_MC = "{\"kind\": \"regression-mc\", \"params\": {\"n\": [20, 40], \"d\": [1, 3], "
            + "\"trials\": 200, \"seed\": 7}}";
    static final String ENDLESS = "{\"kind\": \"program\", \"params\": {\"source\": \"while True:\\n    x = 1\"}}";
    static JobsApp app;

    @BeforeAll
    static void start() {
        app = new JobsApp(JobsConfig.defaults().withHeartbeatMillis(100).withProgressMillis(0));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aSubmittedJobIsQueuedThenSucceedsWithItsResult() throws Exception {
        HttpResponse<String> r = app.post("alice", SMALL_MC);
        assertEquals(202, r.statusCode(), r.body());
        JsonNode queued = json(r);
        assertEquals("queued", queued.path("status").asText());
        String id = queued.path("id").asText();
        assertEquals("/api/jobs/" + id, r.headers().firstValue("Location").orElse(""));
        JsonNode job = app.awaitStatus("alice", id, "succeeded");
        assertEquals("regression-mc", job.path("kind").asText());
        assertEquals(1.0, job.path("progress").asDouble());
        assertEquals(1.0, job.path("params").path("sigma").asDouble(), "defaults are filled in");
        JsonNode result = job.path("result");
        assertEquals("[20,40]", result.path("series").path("n").toString());
        assertEquals(39 / 40.0 * 1.0, result.path("series").path("theory_d=1").get(1).asDouble(), 1e-12);
        assertEquals(37 / 40.0, result.path("series").path("train_d=3").get(1).asDouble(), 0.1);
        assertEquals("n", result.path("plots").get(0).path("x").asText());
        assertEquals(2, job.path("metrics").path("train_d=3").size());
        assertTrue(job.path("error").isMissingNode());
        assertTrue(job.path("finishedAt").asText().endsWith("Z"));
        JsonNode list = json(app.get("alice", "/api/jobs"));
        assertEquals(id, list.get(0).path("id").asText());
        assertTrue(list.get(0).path("result").isMissingNode());
    }

    @Test
    void theEventStreamDeliversProgressEventsThenOneDoneEvent() throws Exception {
        String id = app.submit("bob", "{\"kind\": \"regression-mc\", \"params\": {\"n\": [20, 30, 40, 50], "
                + "\"d\": [1, 2, 3], \"trials\": 300}}");
        List<String[]> events;
        try (InputStream in = app.openEvents("bob", id)) {
            events = JobsApp.readUntilDone(in);
        }
        String[] last = events.get(events.size() - 1);
        assertEquals("done", last[0]);
        JsonNode done = json(last[1]);
        assertEquals("succeeded", done.path("status").asText());
        assertEquals(id, done.path("id").asText());
        double before = -1;
        int progress = 0;
        for (String[] e : events.subList(0, events.size() - 1)) {
            if (e[0].equals("progress")) {
                JsonNode p = json(e[1]);
                assertTrue(p.path("progress").asDouble() >= before, "progress never goes back");
                before = p.path("progress").asDouble();
                assertTrue(p.path("metrics").isObject());
                progress++;
            }
        }
        assertTrue(progress >= 2, "progress events: " + progress);
        assertEquals(1.0, before);
    }

    @Test
    void theStreamOfAnEndedJobGivesItsLastProgressAndDone() throws Exception {
        String id = app.submit("bob2", SMALL_MC);
        app.awaitStatus("bob2", id, "succeeded");
        try (InputStream in = app.openEvents("bob2", id)) {
            List<String[]> events = JobsApp.readUntilDone(in);
            assertEquals(2, events.size());
            assertEquals("progress", events.get(0)[0]);
            assertEquals(1.0, json(events.get(0)[1]).path("progress").asDouble());
            assertEquals("done", events.get(1)[0]);
        }
        HttpResponse<String> r = app.get("bob2", "/api/jobs/" + id + "/events");
        assertEquals(406, r.statusCode());
    }

    @Test
    void cancellingARunningJobEndsItCancelled() throws Exception {
        String id = app.submit("carol", ENDLESS);
        app.awaitStatus("carol", id, "running");
        HttpResponse<String> r = app.delete("carol", "/api/jobs/" + id);
        assertTrue(r.statusCode() == 202 || r.statusCode() == 200, r.body());
        JsonNode job = app.awaitStatus("carol", id, "cancelled");
        assertEquals("cancelled by its owner", job.path("error").asText());
        assertEquals(200, app.delete("carol", "/api/jobs/" + id).statusCode(), "cancelling again changes nothing");
        assertEquals("cancelled", json(app.get("carol", "/api/jobs/" + id)).path("status").asText());
    }

    @Test
    void badSubmissionsAre400NamingTheField() {
        JsonNode unknown = json(app.post("dave", "{\"kind\": \"teleport\"}")).path("error");
        assertEquals("kind", unknown.path("field").asText());
        assertTrue(unknown.path("message").asText().contains("glove-train"), unknown.toString());
        HttpResponse<String> range = app.post("dave", "{\"kind\": \"regression-mc\", \"params\": {\"trials\": 0}}");
        assertEquals(400, range.statusCode());
        JsonNode e = json(range).path("error");
        assertEquals("bad_request", e.path("code").asText());
        assertEquals("params.trials", e.path("field").asText());
        assertEquals("trials must be an integer from 1 to 20000, not 0", e.path("message").asText());
        assertEquals("params.epoch", json(app.post("dave", "{\"kind\": \"glove-train\", \"params\": {\"epoch\": 3}}"))
                .path("error").path("field").asText());
        assertEquals("params.d", json(app.post("dave", "{\"kind\": \"regression-mc\", \"params\": {\"n\": [5], "
                + "\"d\": [5]}}")).path("error").path("field").asText());
        assertEquals(400, app.post("dave", "{\"params\": {}}").statusCode());
        assertEquals(400, app.post("dave", "{\"kind\": \"program\", \"params\": [1]}").statusCode());
        assertEquals(0, json(app.get("dave", "/api/jobs")).size(), "nothing was queued");
    }

    @Test
    void aFourthActiveJobIs429UntilOneEnds() throws Exception {
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = app.submit("erin", ENDLESS);
        }
        HttpResponse<String> r = app.post("erin", SMALL_MC);
        assertEquals(429, r.statusCode(), r.body());
        assertEquals("too_many_jobs", json(r).path("error").path("code").asText());
        assertEquals(202, app.post("frank", SMALL_MC).statusCode(), "the limit is per owner");
        app.delete("erin", "/api/jobs/" + ids[0]);
        app.awaitStatus("erin", ids[0], "cancelled");
        String next = app.submit("erin", SMALL_MC);
        for (String id : new String[] {ids[1], ids[2], next}) {
            app.delete("erin", "/api/jobs/" + id);
        }
        app.awaitStatus("erin", ids[1], "cancelled");
        app.awaitStatus("erin", ids[2], "cancelled");
    }

    @Test
    void anotherOwnersJobIsNotFound() throws Exception {
        String id = app.submit("grace", SMALL_MC);
        assertEquals(404, app.get("mallory", "/api/jobs/" + id).statusCode());
        assertEquals(404, app.delete("mallory", "/api/jobs/" + id).statusCode());
        assertEquals(404, app.get("mallory", "/api/jobs/" + id + "/events").statusCode());
        assertEquals(0, json(app.get("mallory", "/api/jobs")).size());
        assertEquals(404, app.get("grace", "/api/jobs/nope").statusCode());
        assertEquals("succeeded", app.awaitStatus("grace", id, "succeeded").path("status").asText());
    }

    @Test
    void aClientThatDisconnectsIsRemoved() throws Exception {
        String id = app.submit("heidi", ENDLESS);
        InputStream in = app.openEvents("heidi", id);
        assertTrue(in.read() >= 0, "the stream started");
        assertEquals(1, app.events.openStreams());
        in.close();
        long end = System.nanoTime() + 10_000_000_000L;
        while ((app.events.openStreams() > 0 || app.runner.listenerCount() > 0) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertEquals(0, app.events.openStreams());
        assertEquals(0, app.runner.listenerCount());
        app.delete("heidi", "/api/jobs/" + id);
        app.awaitStatus("heidi", id, "cancelled");
    }

    @Test
    void heartbeatsKeepAQuietStreamAlive() throws Exception {
        String id = app.submit("ivan", ENDLESS);
        app.awaitStatus("ivan", id, "running");
        try (InputStream in = app.openEvents("ivan", id)) {
            java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(in));
            int beats = 0;
            String line;
            while (beats < 2 && (line = reader.readLine()) != null) {
                beats += line.equals(":heartbeat") || line.equals(": heartbeat") ? 1 : 0;
            }
            assertEquals(2, beats);
        }
        app.delete("ivan", "/api/jobs/" + id);
        app.awaitStatus("ivan", id, "cancelled");
    }
}
