package dev.gradlab.server;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A test client holding one session: its cookie and CSRF token go with every request. */
public final class LoggedIn {
    private final RunningServer server;
    private final String cookie;
    private final String csrf;

    private LoggedIn(RunningServer server, String cookie, String csrf) {
        this.server = server;
        this.cookie = cookie;
        this.csrf = csrf;
    }

    /** Logs in (asserting 200) and keeps the session. */
    public static LoggedIn as(RunningServer server, String username, String password) {
        HttpResponse<String> r = login(server, username, password);
        assertEquals(200, r.statusCode(), r.body());
        return new LoggedIn(server, sessionCookie(r), RunningServer.json(r).path("csrfToken").asText());
    }

    public static HttpResponse<String> login(RunningServer server, String username, String password) {
        return server.post("/api/auth/login", "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
    }

    /** The {@code name=value} of the session cookie a response sets. */
    public static String sessionCookie(HttpResponse<String> r) {
        String set = r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("gradlab_session="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + r.headers().map()));
        return set.substring(0, set.indexOf(';'));
    }

    public String cookie() {
        return cookie;
    }

    public String csrf() {
        return csrf;
    }

    public HttpResponse<String> get(String path) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Cookie", cookie).GET());
    }

    public JsonNode getJson(String path) {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        return RunningServer.json(r);
    }

    /** POST with the cookie and the CSRF header. */
    public HttpResponse<String> post(String path, String json) {
        return post(path, "application/json", json, csrf);
    }

    public HttpResponse<String> post(String path, String contentType, String body, String csrfHeader) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).header("Cookie", cookie)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrfHeader != null) {
            b.header("X-CSRF-Token", csrfHeader);
        }
        return server.send(b);
    }
}
