package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.LoggedIn;
import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerTest;
import dev.gradlab.server.store.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks by logged-in students are recorded: once, with their variant, and only when they count. */
class RecordedCheckTest extends ServerTest {
    static LoggedIn ada;
    static LoggedIn alan;
    static Account adaAccount;

    @BeforeAll
    static void accounts() {
        adaAccount = server.server().accounts().create("ada", "lovelace-1815", null);
        server.server().accounts().create("alan", "turing-1912", null);
        ada = LoggedIn.as(server, "ada", "lovelace-1815");
        alan = LoggedIn.as(server, "alan", "turing-1912");
    }

    private static JsonNode check(LoggedIn who, String id, String body) {
        HttpResponse<String> r = who.post("/api/exercises/" + id + "/check", body);
        assertEquals(200, r.statusCode(), r.body());
        return RunningServer.json(r);
    }

    @Test
    void aLoggedInStudentGetsHerOwnVariantOfAnExercise() {
        JsonNode view = ada.getJson("/api/exercises/hw1-chain-sin");
        assertEquals(SessionCheckRecorder.variantOf(adaAccount), view.path("variant").asInt());
        assertTrue(view.path("variant").asInt() >= 1);
    }

    @Test
    void aCheckIsRecordedWithASubmissionIdAndShowsInProgress() {
        JsonNode r = check(ada, "prelim-adam-steps", "{\"answers\": {\"steps\": \"1\"}}");
        assertTrue(r.path("recorded").asBoolean(), r.toString());
        long id = r.path("submissionId").asLong();
        assertTrue(id > 0);
        JsonNode subs = ada.getJson("/api/submissions?exercise=prelim-adam-steps").path("submissions");
        assertEquals(id, subs.get(0).path("id").asLong(), subs.toString());
        assertEquals(1, ada.getJson("/api/progress").path("exercises").path("prelim-adam-steps").path("attempts").asInt());
    }

    @Test
    void anInvalidAnswerIsNotAnAttempt() {
        JsonNode r = check(ada, "hw1-chain-exp-tanh", "{\"answers\": {\"df\": \"exp(tanh(\"}}");
        assertEquals("invalid", r.path("parts").path("df").path("status").asText());
        assertFalse(r.path("recorded").asBoolean());
        assertEquals(0, ada.getJson("/api/submissions?exercise=hw1-chain-exp-tanh").path("submissions").size());
    }

    @Test
    void anOfflineAttemptSyncedTwiceIsRecordedOnce() {
        String body = "{\"variant\": 0, \"clientAttemptId\": \"offline-7\", \"answers\": {\"runs\": \"5\"}}";
        long first = check(ada, "prelim-grid-search", body).path("submissionId").asLong();
        long second = check(ada, "prelim-grid-search", body).path("submissionId").asLong();
        assertEquals(first, second);
        assertEquals(1, ada.getJson("/api/submissions?exercise=prelim-grid-search").path("submissions").size());
    }

    @Test
    void anotherStudentSeesNoneOfIt() {
        check(ada, "final-gd-one-step", "{\"answers\": {\"eta\": \"2\"}}");
        assertEquals(0, alan.getJson("/api/submissions?exercise=final-gd-one-step").path("submissions").size());
        assertEquals(403, alan.get("/api/submissions?user=ada").statusCode());
    }

    @Test
    void aCheckWithASessionButNoCsrfHeaderIsRefused() {
        HttpResponse<String> r = ada.post("/api/exercises/final-gd-one-step/check", "application/json",
                "{\"answers\": {\"eta\": \"2\"}}", null);
        assertEquals(403, r.statusCode(), r.body());
    }
}
