package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.LoggedIn;
import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthRoutesTest extends ServerTest {
    @BeforeAll
    static void users() {
        server.server().accounts().create("ada", "lovelace-1815", "student");
        server.server().accounts().create("grace", "hopper-1906", "instructor");
        server.server().accounts().create("eve", "correct-password", "student");
    }

    static String code(HttpResponse<String> r) {
        return RunningServer.json(r).path("error").path("code").asText();
    }

    @Test
    void loggingInAnswersTheUsernameRoleAndACsrfToken() {
        HttpResponse<String> r = LoggedIn.login(server, "grace", "hopper-1906");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = RunningServer.json(r);
        assertEquals("grace", body.path("username").asText());
        assertEquals("instructor", body.path("role").asText());
        assertEquals(43, body.path("csrfToken").asText().length());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxForTheWholeSite() {
        HttpResponse<String> r = LoggedIn.login(server, "ada", "lovelace-1815");
        String set = r.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(set.matches("gradlab_session=[A-Za-z0-9_-]{43};.*"), set);
        assertTrue(set.contains("; HttpOnly"), set);
        assertTrue(set.contains("; SameSite=Lax"), set);
        assertTrue(set.contains("; Path=/;"), set);
        assertFalse(set.contains("Secure"), "plain HTTP cannot carry a Secure cookie: " + set);
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecure() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/auth/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"ada\", \"password\": \"lovelace-1815\"}")));
        assertTrue(r.headers().firstValue("Set-Cookie").orElse("").endsWith("; Secure"), r.headers().map().toString());
    }

    @Test
    void loggingInAgainEndsTheSessionTheRequestCarried() {
        LoggedIn first = LoggedIn.as(server, "ada", "lovelace-1815");
        HttpResponse<String> again = first.post("/api/auth/login", "{\"username\": \"ada\", \"password\": \"lovelace-1815\"}");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(401, first.get("/api/me").statusCode());
    }

    @Test
    void meNamesTheLoggedInUser() {
        LoggedIn ada = LoggedIn.as(server, "ada", "lovelace-1815");
        JsonNode me = ada.getJson("/api/me");
        assertEquals("ada", me.path("username").asText());
        assertEquals("student", me.path("role").asText());
        assertEquals(ada.csrf(), me.path("csrfToken").asText());
    }

    @Test
    void meWithoutASessionIs401NotLoggedIn() {
        HttpResponse<String> r = server.get("/api/me");
        assertEquals(401, r.statusCode());
        assertEquals("not_logged_in", code(r));
    }

    @Test
    void anUnknownSessionCookieCountsAsNotLoggedIn() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/me"))
                .header("Cookie", "gradlab_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").GET());
        assertEquals(401, r.statusCode());
    }

    @Test
    void aWrongPasswordIs401BadCredentials() {
        HttpResponse<String> r = LoggedIn.login(server, "ada", "babbage-1791");
        assertEquals(401, r.statusCode());
        assertEquals("bad_credentials", code(r));
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswerAsAWrongPassword() {
        HttpResponse<String> unknown = LoggedIn.login(server, "nobody", "lovelace-1815");
        HttpResponse<String> wrong = LoggedIn.login(server, "ada", "not-her-password");
        assertEquals(401, unknown.statusCode());
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void aLoginWithoutPasswordIs400NamingTheField() {
        HttpResponse<String> r = server.post("/api/auth/login", "{\"username\": \"ada\"}");
        assertEquals(400, r.statusCode());
        assertEquals("password", RunningServer.json(r).path("error").path("field").asText());
    }

    @Test
    void loggingOutEndsTheSession() {
        LoggedIn ada = LoggedIn.as(server, "ada", "lovelace-1815");
        HttpResponse<String> out = ada.post("/api/auth/logout", "");
        assertEquals(204, out.statusCode(), out.body());
        assertTrue(out.headers().firstValue("Set-Cookie").orElse("").contains("Max-Age=0"));
        assertEquals(401, ada.get("/api/me").statusCode());
    }

    @Test
    void aPostWithTheSessionCookieButNoCsrfHeaderIs403AndChangesNothing() {
        LoggedIn ada = LoggedIn.as(server, "ada", "lovelace-1815");
        HttpResponse<String> r = ada.post("/api/auth/logout", "application/json", "", null);
        assertEquals(403, r.statusCode());
        assertEquals("csrf", code(r));
        assertEquals(200, ada.get("/api/me").statusCode(), "the session must survive a refused logout");
    }

    @Test
    void aPostWithAnotherSessionsCsrfTokenIs403() {
        LoggedIn ada = LoggedIn.as(server, "ada", "lovelace-1815");
        LoggedIn grace = LoggedIn.as(server, "grace", "hopper-1906");
        HttpResponse<String> r = ada.post("/api/users", "application/json",
                "{\"username\": \"mallory\", \"password\": \"12345678\"}", grace.csrf());
        assertEquals(403, r.statusCode());
        assertEquals("csrf", code(r));
    }

    @Test
    void aPostWithoutASessionCookieNeedsNoCsrfToken() {
        HttpResponse<String> r = server.post("/api/run", "{\"source\": \"x = 1\"}");
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void aGetWithTheSessionCookieNeedsNoCsrfToken() {
        LoggedIn ada = LoggedIn.as(server, "ada", "lovelace-1815");
        assertEquals(200, ada.get("/api/health").statusCode());
    }

    @Test
    void tenFailedLoginsForOneUsernameAre429WithRetryAfterEvenForTheRightPassword() {
        for (int i = 0; i < AuthRoutes.MAX_FAILURES_PER_USERNAME; i++) {
            assertEquals(401, LoggedIn.login(server, "eve", "guess-" + i).statusCode());
        }
        HttpResponse<String> r = LoggedIn.login(server, "eve", "correct-password");
        assertEquals(429, r.statusCode(), r.body());
        assertEquals("rate_limited", code(r));
        long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElse("-1"));
        assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
        assertEquals(200, LoggedIn.login(server, "ada", "lovelace-1815").statusCode(), "other users still log in");
    }
}
