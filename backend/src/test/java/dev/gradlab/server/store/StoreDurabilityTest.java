package dev.gradlab.server.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An acknowledged write survives {@code kill -9} of the server JVM: each test runs the server (or
 * a writer) as a separate JVM on this test's class path, kills it with SIGKILL right after the
 * write is acknowledged, and finds the write after a restart.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StoreDurabilityTest {
    @TempDir
    Path data;
    final String url = TestDb.freshUrl();
    final HttpClient http = HttpClient.newHttpClient();

    /** A JVM of this class path running {@code mainClass args}; its standard error goes to a file. */
    Process jvm(String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(data.resolve("stderr-" + System.nanoTime() + ".log").toFile()).start();
    }

    /** Reads standard output until a line starts with {@code prefix}; returns the rest of that line. */
    static String await(Process p, String prefix) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
        }
        throw new AssertionError("the process ended before printing '" + prefix + "'");
    }

    /** Starts {@code gradlab serve} on a free port and returns it running, with its base URI. */
    record Server(Process process, String base) {
    }

    Server serve() throws IOException {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--data", data.toString()));
        if (url != null) {
            args.addAll(List.of("--db", url));
        }
        Process p = jvm("dev.gradlab.server.cli.Main", args.toArray(new String[0]));
        return new Server(p, await(p, "GradLab listening on"));
    }

    static void kill9(Process p) throws InterruptedException {
        p.destroyForcibly();  // SIGKILL on Linux: no shutdown hooks, no database close
        p.waitFor();
    }

    HttpResponse<String> post(String uri, String cookie, String csrf, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            b.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAccountCreatedThroughTheApiSurvivesKill9RightAfterThe201() throws Exception {
        try (Database db = Database.open(data, url)) {
            new Accounts(db).create("grace", "hopper-1906", "instructor");
        }
        Server first = serve();
        try {
            HttpResponse<String> login = post(first.base() + "/api/auth/login", null, null,
                    "{\"username\": \"grace\", \"password\": \"hopper-1906\"}");
            assertEquals(200, login.statusCode(), login.body());
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String csrf = new ObjectMapper().readTree(login.body()).path("csrfToken").asText();
            HttpResponse<String> created = post(first.base() + "/api/users", cookie, csrf,
                    "{\"username\": \"ada\", \"password\": \"lovelace-1815\"}");
            assertEquals(201, created.statusCode(), created.body());
        } finally {
            kill9(first.process());
        }
        Server second = serve();
        try {
            HttpResponse<String> login = post(second.base() + "/api/auth/login", null, null,
                    "{\"username\": \"ada\", \"password\": \"lovelace-1815\"}");
            assertEquals(200, login.statusCode(), "the account acknowledged before kill -9 is gone: " + login.body());
        } finally {
            kill9(second.process());
        }
    }

    @Test
    void aRecordedAttemptSurvivesKill9RightAfterRecordReturns() throws Exception {
        long userId;
        try (Database db = Database.open(data, url)) {
            userId = new Accounts(db).create("ada", "lovelace-1815", null).id();
        }
        Process writer = jvm(RecordThenWait.class.getName(), data.toString(), url == null ? "" : url, Long.toString(userId));
        long id;
        try {
            id = Long.parseLong(await(writer, "recorded"));
        } finally {
            kill9(writer);
        }
        try (Database db = Database.open(data, url)) {
            Attempts attempts = new Attempts(db);
            assertEquals(List.of(id), attempts.submissions(userId, null, 10).stream().map(Attempts.Submission::id).toList());
            assertEquals(new Attempts.Progress(1.0, 1, true), attempts.progress(userId).get("chain-rule"));
        }
    }

    @Test
    void everyAttemptAcknowledgedUnderLoadSurvivesKill9InTheMiddleOfIt() throws Exception {
        long userId;
        try (Database db = Database.open(data, url)) {
            userId = new Accounts(db).create("ada", "lovelace-1815", null).id();
        }
        Server server = serve();
        java.util.Set<Long> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        try {
            HttpResponse<String> login = post(server.base() + "/api/auth/login", null, null,
                    "{\"username\": \"ada\", \"password\": \"lovelace-1815\"}");
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String csrf = new ObjectMapper().readTree(login.body()).path("csrfToken").asText();
            for (int t = 0; t < 8; t++) {
                Thread c = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            HttpResponse<String> r = post(server.base() + "/api/exercises/prelim-adam-steps/check", cookie,
                                    csrf, "{\"variant\": 0, \"answers\": {\"steps\": \"1\"}}");
                            if (r.statusCode() == 200) {
                                acknowledged.add(new ObjectMapper().readTree(r.body()).path("submissionId").asLong());
                            }
                        } catch (Exception e) {
                            return;  // the server is gone
                        }
                    }
                });
                c.start();
                clients.add(c);
            }
            long until = System.nanoTime() + 30_000_000_000L;
            while (acknowledged.size() < 300 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
        } finally {
            kill9(server.process());  // while the clients are still sending
            stop.set(true);
            for (Thread c : clients) {
                c.join();
            }
        }
        assertEquals(true, acknowledged.size() >= 300, "only " + acknowledged.size() + " attempts were acknowledged");
        try (Database db = Database.open(data, url)) {
            java.util.Set<Long> stored = new java.util.HashSet<>();
            for (Attempts.Submission s : new Attempts(db).submissions(userId, null, 1_000_000)) {
                stored.add(s.id());
            }
            java.util.Set<Long> lost = new java.util.HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(java.util.Set.of(), lost, "acknowledged attempts lost by kill -9 (of " + acknowledged.size() + ")");
        }
    }

    /** Records one attempt, prints "recorded ID" and waits to be killed. Args: data dir, JDBC URL or "", user id. */
    public static final class RecordThenWait {
        public static void main(String[] args) throws Exception {
            Database db = Database.open(Path.of(args[0]), args[1].isEmpty() ? null : args[1]);
            long id = new Attempts(db).record(Long.parseLong(args[2]), "chain-rule", 0, "{\"df\": \"2*x\"}",
                    "{\"parts\": {}}", 1.0, true, "durable-1");
            System.out.println("recorded " + id);
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
