package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.ServerTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Visitors who are not logged in own their jobs by the browser's gradlab_anon cookie. */
class AnonymousJobOwnersTest extends ServerTest {
    static final String JOB = "{\"kind\": \"program\", \"params\": {\"source\": \"print(1)\"}}";
    static final String ANNA = "gradlab_anon=" + "a".repeat(32);
    static final String BEN = "gradlab_anon=" + "b".repeat(32);

    private static HttpResponse<String> as(String cookie, String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return server.send(b);
    }

    @Test
    void oneVisitorsJobIsNotFoundForAnother() {
        HttpResponse<String> r = as(ANNA, "POST", "/api/jobs", JOB);
        assertEquals(202, r.statusCode(), r.body());
        String id = JobsApp.json(r).path("id").asText();
        assertEquals(200, as(ANNA, "GET", "/api/jobs/" + id, null).statusCode());
        assertEquals(404, as(BEN, "GET", "/api/jobs/" + id, null).statusCode());
        assertEquals(404, as(BEN, "DELETE", "/api/jobs/" + id, null).statusCode());
        assertEquals(404, server.get("/api/jobs/" + id).statusCode(), "a client without the cookie is another owner");
    }

    @Test
    void eachVisitorListsOnlyTheirOwnJobs() {
        String id = JobsApp.json(as(BEN, "POST", "/api/jobs", JOB)).path("id").asText();
        JsonNode bens = JobsApp.json(as(BEN, "GET", "/api/jobs", null));
        assertEquals(1, bens.size(), bens.toString());
        assertEquals(id, bens.get(0).path("id").asText());
        for (JsonNode j : JobsApp.json(as(ANNA, "GET", "/api/jobs", null))) {
            assertEquals(false, j.path("id").asText().equals(id));
        }
    }

    @Test
    void aMalformedCookieFallsBackToTheSharedOwner() {
        assertEquals("anonymous", JobOwners.anonymous("not-hex"));
        assertEquals("anon:" + "c".repeat(32), JobOwners.anonymous("c".repeat(32)));
    }
}
