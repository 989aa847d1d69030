package dev.gradlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real {@code backend/target/gradlab.jar} running as a child process:
 * {@code java -jar gradlab.jar serve --port <free port> --data <temp dir> [--content DIR]}, ready
 * once {@code /api/health} answers, stopped (and its data directory deleted) by {@link #close()}.
 * {@code DIR} is the system property {@code gradlab.content}, by default the e2e fixtures in
 * {@code src/test/resources/content} (their exercises are added to the shipped ones).
 * Before it starts, the instructor {@value #INSTRUCTOR} is created with
 * {@code GRADLAB_PASSWORD=… java -jar gradlab.jar user add teacher --instructor --data <temp dir>}
 * (the database file is locked while the server runs); students are then made through the API
 * ({@link #createStudent}). Its output goes to {@code target/server-logs/gradlab-server.log}.
 */
public final class ServerProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    /** The instructor account every run has. */
    public static final String INSTRUCTOR = "teacher";
    public static final String INSTRUCTOR_PASSWORD = "teacher-e2e-password";
    /** The password of every student made by {@link #createStudent}. */
    public static final String STUDENT_PASSWORD = "student-e2e-password";

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path log;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread killer;

    private ServerProcess(Process process, int port, Path dataDir, Path log) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
        // Never leave a server behind, even if the test JVM is interrupted.
        this.killer = new Thread(process::destroyForcibly, "gradlab-server-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    public static ServerProcess start() {
        Path jar = Paths.get(System.getProperty("gradlab.jar", "../backend/target/gradlab.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: build it first with "
                    + "`mvn -B -q -pl backend -am package -DskipTests` (or run `mvn verify` at the root)");
        }
        try {
            int port = freePort();
            Path dataDir = Files.createTempDirectory("gradlab-e2e-data");
            Path logDir = Paths.get(System.getProperty("server.log.dir", "target/server-logs"));
            Files.createDirectories(logDir);
            Path log = logDir.resolve("gradlab-server.log");
            createInstructor(jar, dataDir, logDir.resolve("user-add.log"));
            List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString(),
                    "serve", "--port", Integer.toString(port), "--data", dataDir.toString()));
            Path content = contentDir();
            if (content != null) {
                cmd.add("--content");
                cmd.add(content.toString());
            }
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            ServerProcess server = new ServerProcess(p, port, dataDir, log);
            server.awaitHealthy();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code user add teacher --instructor} on the (not yet served) data directory. */
    private static void createInstructor(Path jar, Path dataDir, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-jar", jar.toString(), "user", "add", INSTRUCTOR,
                "--instructor", "--data", dataDir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("GRADLAB_PASSWORD", INSTRUCTOR_PASSWORD);
        Process p = pb.start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("`gradlab user add " + INSTRUCTOR + " --instructor` failed:\n"
                        + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ApiSession instructor;

    /** The instructor, logged in through the API (one session for the whole run). */
    public synchronized ApiSession instructor() {
        if (instructor == null) {
            instructor = ApiSession.login(this, INSTRUCTOR, INSTRUCTOR_PASSWORD);
        }
        return instructor;
    }

    /** Creates student {@code username} (password {@link #STUDENT_PASSWORD}) as the instructor. */
    public void createStudent(String username) {
        Response r = instructor().postJson("/api/users", "{\"username\": \"" + username + "\", \"password\": \""
                + STUDENT_PASSWORD + "\"}");
        if (r.status() != 201) {
            throw new IllegalStateException("could not create student " + username + ": " + r.status() + " " + r.text());
        }
    }

    /** The instructor content directory to serve, or null for the shipped exercises only. */
    static Path contentDir() {
        String configured = System.getProperty("gradlab.content", "src/test/resources/content");
        if (configured.isBlank()) {
            return null;
        }
        Path dir = Paths.get(configured).toAbsolutePath().normalize();
        return Files.isDirectory(dir.resolve("exercises")) ? dir : null;
    }

    private static String javaBinary() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with code " + process.exitValue()
                        + " before answering /api/health:\n" + logText());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && JSON.readTree(r.body()).path("status").asText().equals("ok")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(100);
        }
        close();
        throw new IllegalStateException("the server did not answer /api/health within " + STARTUP_TIMEOUT
                + ":\n" + logText());
    }

    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** {@code http://localhost:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** POSTs {@code json} to {@code path}; the answer's status and body as parsed JSON. */
    public Response postJson(String path, String json) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri(path))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs {@code path}; the answer's status and body as parsed JSON. */
    public Response getJson(String path) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with a JSON body. */
    public record Response(int status, String text, JsonNode json) {
    }

    private String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        deleteRecursively(dataDir);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory; the OS cleans up
        }
    }
}
