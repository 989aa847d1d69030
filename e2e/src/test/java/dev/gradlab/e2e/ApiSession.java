package dev.gradlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A logged-in user of the running server, outside the browser: its own cookie jar, and the CSRF
 * token of its session on every POST. For setting up and checking what the browser did.
 */
public final class ApiSession {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerProcess server;
    private final HttpClient client;
    private String csrf;

    private ApiSession(ServerProcess server) {
        this.server = server;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    /** Logs {@code username} in; fails unless the server answers 200. */
    public static ApiSession login(ServerProcess server, String username, String password) {
        ApiSession s = new ApiSession(server);
        ServerProcess.Response r = s.postJson("/api/auth/login", "{\"username\": \"" + username + "\", \"password\": \""
                + password + "\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r.status() + " " + r.text());
        }
        s.csrf = r.json().path("csrfToken").asText();
        return s;
    }

    public ServerProcess.Response postJson(String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b.build());
    }

    public ServerProcess.Response getJson(String path) {
        return send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build());
    }

    private ServerProcess.Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = JSON.readTree(r.body());
            } catch (IOException notJson) {
                json = JSON.nullNode();
            }
            return new ServerProcess.Response(r.statusCode(), r.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
