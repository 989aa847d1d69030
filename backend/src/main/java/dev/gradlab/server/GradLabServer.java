package dev.gradlab.server;

import dev.gradlab.server.blas.BlasKernel;
import dev.gradlab.server.content.ContentLibrary;
import dev.gradlab.server.http.SessionCheckRecorder;
import dev.gradlab.server.http.ExerciseRoutes;
import dev.gradlab.server.http.JobOwners;
import dev.gradlab.server.http.AuthRoutes;
import dev.gradlab.server.http.AutodiffRoutes;
import dev.gradlab.server.http.ErrorMapping;
import dev.gradlab.server.http.HealthRoutes;
import dev.gradlab.server.http.JobEvents;
import dev.gradlab.server.http.JobRoutes;
import dev.gradlab.server.http.JsonBodies;
import dev.gradlab.server.http.OpenApiRoutes;
import dev.gradlab.server.http.RequestLog;
import dev.gradlab.server.http.RunRoutes;
import dev.gradlab.server.http.StaticWeb;
import dev.gradlab.server.http.SubmissionRoutes;
import dev.gradlab.server.http.UserRoutes;
import dev.gradlab.server.store.Accounts;
import dev.gradlab.server.store.Attempts;
import dev.gradlab.server.store.Database;
import dev.gradlab.server.store.Reports;
import dev.gradlab.server.store.Sessions;
import dev.gradlab.server.store.SqlJobStore;
import dev.gradlab.server.jobs.JobRunner;
import dev.gradlab.server.jobs.JobsConfig;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;

/**
 * The GradLab web server: the REST API of API.md plus the browser app at {@code /}.
 * Every route is registered up front from one routes class per resource.
 */
public final class GradLabServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GradLabServer.class);

    private final ServerConfig config;
    private final Database db;
    private final Accounts accounts;
    private final Sessions sessions;
    private final Attempts attempts;
    private final Javalin app;
    private final boolean webApp;
    private final ContentLibrary library;
    private final JobRunner jobs;
    private final JobEvents jobEvents;

    private GradLabServer(ServerConfig config, Database db, JobsConfig jobsConfig) {
        this.config = config;
        this.db = db;
        this.accounts = new Accounts(db);
        this.sessions = new Sessions(db);
        this.attempts = new Attempts(db);
        Reports reports = new Reports(db);
        JsonBodies bodies = new JsonBodies(config.maxBodyBytes());
        StaticWeb web = StaticWeb.locate(config.webDir());
        this.library = ContentLibrary.load(config.contentDir());
        // The gradebook's columns: every exercise served (Reports adds any other attempted id).
        Supplier<List<String>> exerciseIds = library::ids;
        this.webApp = web.present();
        this.jobs = new JobRunner(new SqlJobStore(db), JobRunner.standardKinds(), jobsConfig);
        this.jobEvents = new JobEvents(jobs, jobsConfig.heartbeatMillis());
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            c.jetty.port = config.port();
            web.configure(c);
            ErrorMapping.install(c);
            RequestLog.install(c);
            HealthRoutes.register(c.routes);
            AuthRoutes.register(c.routes, bodies, accounts, sessions);
            UserRoutes.register(c.routes, bodies, accounts);
            SubmissionRoutes.register(c.routes, accounts, attempts, reports, exerciseIds);
            AutodiffRoutes.register(c.routes, bodies);
            RunRoutes.register(c.routes, bodies);
            ExerciseRoutes.register(c.routes, bodies, library, new SessionCheckRecorder(attempts));
            JobRoutes.register(c.routes, bodies, jobs, jobEvents, JobOwners::of);
            OpenApiRoutes.register(c.routes);
        });
    }

    /** Creates the data directory, opens (and migrates) the database, starts the job runner and listens. */
    public static GradLabServer start(ServerConfig config) {
        return start(config, JobsConfig.defaults());
    }

    /**
     * Creates the data directory, opens the database, starts the job runner ({@code jobsConfig.workers()}
     * threads; 0: this server only serves, and {@code gradlab worker} processes sharing its
     * PostgreSQL database run the jobs) and starts listening.
     */
    public static GradLabServer start(ServerConfig config, JobsConfig jobsConfig) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + config.dataDir(), e);
        }
        Database db = Database.open(config.dataDir(), config.dbUrl());
        GradLabServer s = null;
        try {
            s = new GradLabServer(config, db, jobsConfig);
            if (BlasKernel.install()) {
                LOG.info("large matrix products use OpenBLAS");
            }
            s.jobs.start();
            s.app.start();
        } catch (RuntimeException e) {
            if (s != null) {
                s.jobEvents.close();
                s.jobs.close();
            }
            db.close();
            throw e;
        }
        LOG.info("database: {}", db.description());
        if (jobsConfig.workers() == 0 && db.isEmbedded()) {
            LOG.warn("no job workers, and the embedded database cannot be shared with a worker process: jobs will wait "
                    + "in the queue; start with --workers N, or use PostgreSQL (--db) and run 'gradlab worker'");
        }
        if (!s.webApp) {
            LOG.warn("no browser app to serve (frontend-teavm/target/webapp was not built into this jar); only the API answers");
        }
        return s;
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return app.port();
    }

    public ServerConfig config() {
        return config;
    }

    /** The open database (closed with the server). */
    public Database database() {
        return db;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Where graded attempts are recorded (the exercise check route calls {@link Attempts#record}). */
    public Attempts attempts() {
        return attempts;
    }

    /** Every API route as "METHOD /path" (Javalin's path syntax, e.g. {@code GET /api/jobs/{id}}). */
    public java.util.List<String> apiRoutes() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (io.javalin.router.ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
            String path = e.endpoint.path;
            String method = e.endpoint.method.name();
            if (path.startsWith("/api/") && e.endpoint.method.isHttpMethod()
                    && !method.equals("HEAD") && !method.equals("OPTIONS")) {
                out.add(method + " " + path);
            }
        }
        return out;
    }

    /** The job runner (for tests and the CLI). */
    public JobRunner jobs() {
        return jobs;
    }

    /** The open job event streams. */
    public JobEvents jobEvents() {
        return jobEvents;
    }

    /** Whether the browser app is served at {@code /}. */
    public boolean servesWebApp() {
        return webApp;
    }

    @Override
    public void close() {
        try {
            jobEvents.close();
            app.stop();
            jobs.close();
        } finally {
            db.close();
        }
    }
}
