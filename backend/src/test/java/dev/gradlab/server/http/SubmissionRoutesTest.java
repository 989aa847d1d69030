package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.LoggedIn;
import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerTest;
import dev.gradlab.server.store.Account;
import dev.gradlab.server.store.Accounts;
import dev.gradlab.server.store.Attempts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionRoutesTest extends ServerTest {
    static LoggedIn ada;
    static LoggedIn alan;
    static LoggedIn grace;

    static String result(String mistake) {
        return "{\"parts\": {\"df\": {\"status\": \"" + (mistake == null ? "correct" : "incorrect")
                + "\", \"score\": 1, \"feedback\": \"\", \"mistake\": " + (mistake == null ? "null" : "\"" + mistake + "\"") + "}}}";
    }

    @BeforeAll
    static void work() {
        Accounts accounts = server.server().accounts();
        Attempts attempts = server.server().attempts();
        Account a = accounts.create("ada", "lovelace-1815", null);
        Account t = accounts.create("alan", "turing-1912", null);
        accounts.create("bob", "builder-2000", null);
        accounts.create("grace", "hopper-1906", "instructor");
        attempts.record(a.id(), "chain-rule", 0, "{\"df\": \"cos(x)\"}", result("missing-inner-derivative"), 0, false, "a1");
        attempts.record(a.id(), "chain-rule", 0, "{\"df\": \"2*x*cos(x^2)\"}", result(null), 1, true, "a2");
        attempts.record(a.id(), "softmax", 1, "{\"p\": \"1/3\"}", result(null), 0.5, false, null);
        attempts.record(t.id(), "chain-rule", 2, "{\"df\": \"cos(x)\"}", result("missing-inner-derivative"), 0, false, null);
        ada = LoggedIn.as(server, "ada", "lovelace-1815");
        alan = LoggedIn.as(server, "alan", "turing-1912");
        grace = LoggedIn.as(server, "grace", "hopper-1906");
    }

    @Test
    void aStudentSeesHerOwnSubmissionsNewestFirstWithAnswersAndResults() {
        JsonNode list = ada.getJson("/api/submissions").path("submissions");
        assertEquals(3, list.size());
        assertEquals("softmax", list.get(0).path("exerciseId").asText());
        JsonNode second = list.get(1);
        assertEquals("ada", second.path("username").asText());
        assertEquals("2*x*cos(x^2)", second.path("answers").path("df").asText());
        assertEquals("correct", second.path("result").path("parts").path("df").path("status").asText());
        assertEquals(1.0, second.path("score").asDouble());
        assertTrue(second.path("correct").asBoolean());
        assertEquals("a2", second.path("clientAttemptId").asText());
        assertTrue(second.path("submittedAt").asText().endsWith("Z"));
    }

    @Test
    void submissionsFilterByExercise() {
        JsonNode list = ada.getJson("/api/submissions?exercise=softmax").path("submissions");
        assertEquals(1, list.size());
        assertEquals(1, list.get(0).path("variant").asInt());
    }

    @Test
    void aStudentAskingForAnotherStudentsSubmissionsGets403AndNoData() {
        HttpResponse<String> r = alan.get("/api/submissions?user=ada");
        assertEquals(403, r.statusCode());
        assertEquals("forbidden", RunningServer.json(r).path("error").path("code").asText());
        assertFalse(r.body().contains("cos"), r.body());
    }

    @Test
    void aStudentAskingForAnotherStudentsProgressGets403() {
        assertEquals(403, alan.get("/api/progress?user=ada").statusCode());
    }

    @Test
    void anInstructorSeesAStudentsSubmissions() {
        JsonNode list = grace.getJson("/api/submissions?user=alan").path("submissions");
        assertEquals(1, list.size());
        assertEquals("alan", list.get(0).path("username").asText());
    }

    @Test
    void anInstructorAskingForAnUnknownUserGets404() {
        assertEquals(404, grace.get("/api/submissions?user=nobody").statusCode());
    }

    @Test
    void submissionsWithoutASessionAre401() {
        assertEquals(401, server.get("/api/submissions").statusCode());
        assertEquals(401, server.get("/api/progress").statusCode());
    }

    @Test
    void progressHasTheBestScoreAttemptsAndSolvedPerExercise() {
        JsonNode ex = ada.getJson("/api/progress").path("exercises");
        assertEquals(2, ex.size());
        assertEquals(1.0, ex.path("chain-rule").path("bestScore").asDouble());
        assertEquals(2, ex.path("chain-rule").path("attempts").asInt());
        assertTrue(ex.path("chain-rule").path("solved").asBoolean());
        assertEquals(0.5, ex.path("softmax").path("bestScore").asDouble());
        assertFalse(ex.path("softmax").path("solved").asBoolean());
    }

    @Test
    void theGradebookIsACsvWithARowPerStudentAndAColumnPerExercise() {
        HttpResponse<String> r = grace.get("/api/gradebook.csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] rows = r.body().split("\r\n");
        java.util.List<String> header = java.util.List.of(rows[0].split(",", -1));
        assertEquals("username", header.get(0));
        assertTrue(header.contains("hw1-chain-sin"), "every served exercise is a column: " + rows[0]);
        int chain = header.indexOf("chain-rule");
        int softmax = header.indexOf("softmax");
        String[] ada = rows[1].split(",", -1);
        assertEquals("ada", ada[0]);
        assertEquals("1", ada[chain]);
        assertEquals("0.5", ada[softmax]);
        String[] alan = rows[2].split(",", -1);
        assertEquals("0", alan[chain]);
        assertEquals("", alan[softmax]);
        assertEquals(4, rows.length, "a row per student: " + r.body());
    }

    @Test
    void aStudentMayNotDownloadTheGradebook() {
        HttpResponse<String> r = ada.get("/api/gradebook.csv");
        assertEquals(403, r.statusCode());
        assertFalse(r.body().contains("alan"));
    }

    @Test
    void analyticsCountsTheStudentsWhoMadeEachMistake() {
        JsonNode a = grace.getJson("/api/analytics/chain-rule");
        assertEquals("chain-rule", a.path("exerciseId").asText());
        assertEquals(2, a.path("students").asInt());
        assertEquals(2, a.path("parts").path("df").path("mistakes").path("missing-inner-derivative").asInt());
    }

    @Test
    void aStudentMayNotSeeAnalytics() {
        assertEquals(403, ada.get("/api/analytics/chain-rule").statusCode());
    }
}
