package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.LoggedIn;
import dev.gradlab.server.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Jobs belong to the logged-in user: someone else's job id is 404 everywhere, exactly like an unknown id. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class JobIsolationTest {
    @TempDir
    static Path data;
    static RunningServer server;
    static LoggedIn alice;
    static LoggedIn bob;

    @BeforeAll
    static void start() {
        server = RunningServer.start(data);
        server.server().accounts().create("alice", "alice-secret-1", null);
        server.server().accounts().create("bob", "bob-secret-22", null);
        alice = LoggedIn.as(server, "alice", "alice-secret-1");
        bob = LoggedIn.as(server, "bob", "bob-secret-22");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void assertNotFound(HttpResponse<String> r) {
        assertEquals(404, r.statusCode(), r.body());
        assertEquals("not_found", RunningServer.json(r).path("error").path("code").asText(), r.body());
    }

    @Test
    void anotherUsersJobIs404ForGetEventsAndDeleteAndStaysUntouched() throws Exception {
        String id = alice.submit(JobRoutesTest.ENDLESS);
        alice.awaitStatus(id, "running");
        assertNotFound(bob.get("/api/jobs/" + id));
        HttpResponse<java.io.InputStream> events = bob.events("/api/jobs/" + id + "/events");
        assertEquals(404, events.statusCode());
        events.body().close();
        assertNotFound(bob.delete("/api/jobs/" + id));
        assertEquals(0, bob.getJson("/api/jobs").size());
        assertNotFound(server.get("/api/jobs/" + id));
        assertNotFound(server.send("DELETE", "/api/jobs/" + id, null));
        assertEquals(0, RunningServer.json(server.get("/api/jobs")).size(), "anonymous sees none of it");
        JsonNode still = alice.getJson("/api/jobs/" + id);
        assertEquals("running", still.path("status").asText(), "bob's DELETE cancelled nothing");
        assertEquals(202, alice.delete("/api/jobs/" + id).statusCode());
        assertEquals("cancelled by its owner", alice.awaitStatus(id, "cancelled").path("error").asText());
        assertNotFound(bob.get("/api/jobs/" + id));
    }

    @Test
    void aUsersJobsFollowTheUserNotTheSession() throws Exception {
        String id = alice.submit(JobRoutesTest.SMALL_MC);
        alice.awaitStatus(id, "succeeded");
        LoggedIn again = LoggedIn.as(server, "alice", "alice-secret-1");
        assertEquals(id, again.getJson("/api/jobs").get(0).path("id").asText());
        assertEquals("succeeded", again.getJson("/api/jobs/" + id).path("status").asText());
        assertNotFound(bob.get("/api/jobs/" + id));
        assertNotFound(bob.get("/api/jobs/unknown-id"));
    }
}
