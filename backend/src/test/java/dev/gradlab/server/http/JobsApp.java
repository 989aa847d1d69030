package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.jobs.InMemoryJobStore;
import dev.gradlab.server.jobs.JobRunner;
import dev.gradlab.server.jobs.JobsConfig;
import io.javalin.Javalin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The job routes on their own server for tests, with the owner taken from the {@code X-Owner}
 * header (so tests can act as several users), and an HTTP client that sends it.
 */
final class JobsApp implements AutoCloseable {
    final JobRunner runner;
    final JobEvents events;
    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    JobsApp(JobsConfig config) {
        runner = new JobRunner(new InMemoryJobStore(), JobRunner.standardKinds(), config).start();
        events = new JobEvents(runner, config.heartbeatMillis());
        JsonBodies bodies = new JsonBodies(1 << 20);
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.port = 0;
            ErrorMapping.install(c);
            JobRoutes.register(c.routes, bodies, runner, events, ctx -> {
                String o = ctx.header("X-Owner");
                return o == null ? "anonymous" : o;
            });
        }).start();
    }

    HttpRequest.Builder request(String owner, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("X-Owner", owner).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<String> send(HttpRequest.Builder r) {
        try {
            return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String owner, String path) {
        return send(request(owner, path).GET());
    }

    HttpResponse<String> delete(String owner, String path) {
        return send(request(owner, path).DELETE());
    }

    HttpResponse<String> post(String owner, String body) {
        return send(request(owner, "/api/jobs").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Submits and returns the new job's id (asserting 202). */
    String submit(String owner, String body) {
        HttpResponse<String> r = post(owner, body);
        if (r.statusCode() != 202) {
            throw new AssertionError("expected 202, got " + r.statusCode() + ": " + r.body());
        }
        return json(r).path("id").asText();
    }

    /** Polls GET /api/jobs/{id} until {@code until} holds (at most {@code seconds}). */
    JsonNode await(String owner, String id, Predicate<JsonNode> until, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        JsonNode job = null;
        while (System.nanoTime() < end) {
            job = json(get(owner, "/api/jobs/" + id));
            if (until.test(job)) {
                return job;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("timed out; the job is " + job);
    }

    JsonNode awaitStatus(String owner, String id, String status) throws InterruptedException {
        return await(owner, id, j -> j.path("status").asText().equals(status), 60);
    }

    /** An open event stream. */
    InputStream openEvents(String owner, String id) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = client.send(request(owner, "/api/jobs/" + id + "/events")
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new AssertionError("events answered " + r.statusCode() + ": " + new String(r.body().readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        return r.body();
    }

    /** One event or comment as read from a stream: {"progress", data}, {"done", data} or {":", comment}. */
    static List<String[]> readUntilDone(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String[]> out = new ArrayList<>();
        String event = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith(":")) {
                out.add(new String[] {":", line.substring(1).trim()});
            } else if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                out.add(new String[] {event, line.substring(5).trim()});
                if ("done".equals(event)) {
                    break;
                }
            }
        }
        return out;
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (HTTP " + r.statusCode() + "): " + r.body(), e);
        }
    }

    static JsonNode json(String s) {
        try {
            return Json.MAPPER.readTree(s);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }

    @Override
    public void close() {
        events.close();
        app.stop();
        runner.close();
    }
}
