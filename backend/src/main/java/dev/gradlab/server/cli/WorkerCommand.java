package dev.gradlab.server.cli;

import dev.gradlab.server.ServerConfig;
import dev.gradlab.server.blas.BlasKernel;
import dev.gradlab.server.jobs.JobRunner;
import dev.gradlab.server.store.Database;
import dev.gradlab.server.store.SqlJobStore;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code gradlab worker --db URL [--workers N] [--keep-jobs-days N]}: a process that only runs jobs
 * (and, like every runner, deletes the jobs that ended more than the given days ago). It opens (and
 * migrates) the database, runs a {@link JobRunner} with N workers and no HTTP, prints
 * {@code GradLab worker <id> running N jobs at a time} and lives until it is stopped; its
 * shutdown hook stops the running jobs (they fail) and closes the database.
 */
public final class WorkerCommand {
    private final Database db;
    private final JobRunner runner;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private WorkerCommand(Database db, JobRunner runner) {
        this.db = db;
        this.runner = runner;
    }

    /** Opens the database and starts the workers. */
    public static WorkerCommand start(Cli.Worker cmd) {
        Database db = Database.open(ServerConfig.DEFAULT_DATA_DIR, cmd.dbUrl());
        try {
            BlasKernel.install();
            JobRunner runner = new JobRunner(new SqlJobStore(db), JobRunner.standardKinds(),
                    cmd.jobsConfig()).start();
            return new WorkerCommand(db, runner);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public JobRunner runner() {
        return runner;
    }

    /** Stops the workers (running jobs fail) and closes the database. */
    public void stop() {
        try {
            runner.close();
        } finally {
            db.close();
            stopped.countDown();
        }
    }

    /** Runs until the JVM is told to stop; the exit code. */
    static int run(Cli.Worker cmd, PrintStream out, PrintStream err) {
        WorkerCommand w;
        try {
            w = start(cmd);
        } catch (RuntimeException e) {
            err.println("gradlab: could not start the worker: " + Main.describe(e));
            return Main.FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(w::stop, "gradlab-shutdown"));
        out.println("GradLab worker " + w.runner.workerId() + " running " + cmd.workers() + " job"
                + (cmd.workers() == 1 ? "" : "s") + " at a time from " + w.db.description());
        out.flush();
        try {
            w.stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }
}
