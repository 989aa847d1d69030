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

    /** The same session (cookie and CSRF token) used against another server sharing the database. */
    public LoggedIn on(RunningServer other) {
        return new LoggedIn(other, cookie, csrf);
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

    /** Submits a job (asserting 202) and returns its id. */
    public String submit(String json) {
        HttpResponse<String> r = post("/api/jobs", json);
        assertEquals(202, r.statusCode(), r.body());
        return RunningServer.json(r).path("id").asText();
    }

    /** Polls GET /api/jobs/{id} until its status is {@code status} (at most a minute); the job then. */
    public JsonNode awaitStatus(String id, String status) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        JsonNode job = null;
        while (System.nanoTime() < end) {
            job = getJson("/api/jobs/" + id);
            if (job.path("status").asText().equals(status)) {
                return job;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("timed out waiting for " + status + "; the job is " + job);
    }

    /** DELETE with the cookie and the CSRF header. */
    public HttpResponse<String> delete(String path) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .DELETE());
    }

    /** GET {@code path} as an event stream (Accept: text/event-stream), over HTTP/1.1, not yet read. */
    public HttpResponse<java.io.InputStream> events(String path) {
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(server.uri(path)).header("Cookie", cookie)
                            .header("Accept", "text/event-stream").GET().build(),
                            HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
