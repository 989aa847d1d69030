package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.LoggedIn;
import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerConfig;
import dev.gradlab.server.jobs.JobRunner;
import dev.gradlab.server.jobs.JobsConfig;
import dev.gradlab.server.store.Accounts;
import dev.gradlab.server.store.Database;
import dev.gradlab.server.store.SqlJobStore;
import dev.gradlab.server.store.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.gradlab.server.http.JobsApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scaling out on PostgreSQL: two servers that run no jobs ({@code --workers 0}) and one
 * {@code gradlab worker} process share one database. A job submitted through server A runs in
 * the worker, is followed live through server B with the same session, and is cancelled through
 * B; when the worker is killed, the servers fail its job. Runs in the Maven profile postgresql (GRADLAB_TEST_PG); skipped on H2, whose file one
 * process only can open.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ScaleOutTest {
    static final String MLM = "{\"kind\": \"mlm-train\", \"params\": {\"epochs\": 10, \"seed\": 3}}";

    @TempDir
    Path data;

    /** {@code gradlab worker --db url --workers 1} in a JVM of this class path, once it says it runs. */
    Process worker(String url) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.gradlab.server.cli.Main", "worker", "--db", url,
                "--workers", "1").redirectError(data.resolve("worker.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("GradLab worker ")) {
                return p;
            }
        }
        throw new AssertionError("the worker ended before it started; see " + data.resolve("worker.log"));
    }

    static ServerConfig serve(Path dir, String url) {
        return ServerConfig.defaults().withPort(0).withDataDir(dir).withDbUrl(url);
    }

    static List<String[]> readUntilDone(HttpResponse<InputStream> stream) throws IOException {
        assertEquals(200, stream.statusCode());
        try (InputStream in = stream.body()) {
            return JobsApp.readUntilDone(in);
        }
    }

    @Test
    void twoServersAndAWorkerProcessShareJobsProgressAndCancellation() throws Exception {
        assumeTrue(TestDb.postgresUrl() != null, "needs PostgreSQL (GRADLAB_TEST_PG, Maven profile postgresql)");
        String url = TestDb.freshUrl();
        try (Database db = Database.open(data, url)) {
            new Accounts(db).create("ada", "lovelace-1815", null);
            new Accounts(db).create("bob", "builder-1999", null);
        }
        Process worker = worker(url);
        // Servers look for jobs of lost workers every second (default: every 15 s).
        JobsConfig serveOnly = JobsConfig.defaults().withWorkers(0).withLiveness(1_000, 4_000);
        try (RunningServer a = RunningServer.start(serve(data.resolve("a"), url), serveOnly);
             RunningServer b = RunningServer.start(serve(data.resolve("b"), url), serveOnly)) {
            LoggedIn onA = LoggedIn.as(a, "ada", "lovelace-1815");
            LoggedIn onB = onA.on(b);
            assertEquals("ada", onB.getJson("/api/me").path("username").asText(), "the session lives in the database");

            String id = onA.submit(MLM);
            List<String[]> events = readUntilDone(onB.events("/api/jobs/" + id + "/events"));
            String[] last = events.get(events.size() - 1);
            assertEquals("done", last[0]);
            assertEquals("succeeded", json(last[1]).path("status").asText());
            int between = 0;
            double before = -1;
            JsonNode lastProgress = null;
            for (String[] e : events.subList(0, events.size() - 1)) {
                if (e[0].equals("progress")) {
                    lastProgress = json(e[1]);
                    double p = lastProgress.path("progress").asDouble();
                    assertTrue(p >= before, "progress never goes back: " + p + " after " + before);
                    before = p;
                    if (p > 0 && p < 1) {
                        between++;
                        assertTrue(lastProgress.path("metrics").path("epoch").size() > 0, e[1]);
                    }
                }
            }
            // The first event is the state at subscription; more in between came from the worker live.
            assertTrue(between >= 2, "progress from the worker reached server B: " + events.size() + " events");
            assertEquals(1.0, before);

            JsonNode fromA = onA.getJson("/api/jobs/" + id);
            JsonNode fromB = onB.getJson("/api/jobs/" + id);
            assertEquals(fromA, fromB);
            assertTrue(fromA.path("result").path("summary").has("uniform_loss"), fromA.path("result").toString());
            assertEquals(fromB.path("metrics"), lastProgress.path("metrics"), "the last event has the final metrics");
            try (Database db = Database.open(data, url)) {
                String ranBy = new SqlJobStore(db).get(id).orElseThrow().workerId();
                assertTrue(ranBy.contains("/" + worker.pid() + "/"), "run by the worker process, not " + ranBy);
            }

            String endless = onA.submit(JobRoutesTest.ENDLESS);
            onB.awaitStatus(endless, "running");
            HttpResponse<InputStream> followedOnA = onA.events("/api/jobs/" + endless + "/events");
            HttpResponse<String> cancel = onB.delete("/api/jobs/" + endless);
            assertEquals(202, cancel.statusCode(), cancel.body());
            assertEquals("running", json(cancel).path("status").asText(), "it is stopping in the worker");
            JsonNode cancelled = onA.awaitStatus(endless, "cancelled");
            assertEquals("cancelled by its owner", cancelled.path("error").asText());
            List<String[]> ended = readUntilDone(followedOnA);
            assertEquals("cancelled", json(ended.get(ended.size() - 1)[1]).path("status").asText());

            LoggedIn bob = LoggedIn.as(b, "bob", "builder-1999");
            assertEquals(404, bob.get("/api/jobs/" + id).statusCode());
            assertEquals(404, bob.on(a).delete("/api/jobs/" + id).statusCode());
            assertEquals(0, bob.getJson("/api/jobs").size());

            String orphan = onA.submit(JobRoutesTest.ENDLESS);
            onB.awaitStatus(orphan, "running");
            worker.destroyForcibly().waitFor();  // kill -9: the worker ends nothing itself
            JsonNode lost = onB.awaitStatus(orphan, "failed");
            assertEquals(JobRunner.LOST, lost.path("error").asText());
        } finally {
            worker.destroyForcibly();
            assertTrue(worker.waitFor(30, TimeUnit.SECONDS));
        }
    }
}
