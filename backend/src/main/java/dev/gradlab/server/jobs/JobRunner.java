package dev.gradlab.server.jobs;

import dev.gradlab.core.jobs.Corpus;
import dev.gradlab.core.jobs.JobKinds;
import dev.gradlab.core.jobs.JobParamException;
import dev.gradlab.core.jobs.JobParams;
import dev.gradlab.core.jobs.Progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jobs for one process: submitting (kinds, parameters and the per-owner limit checked), reading,
 * cancelling and following them, and — unless {@link JobsConfig#workers()} is 0 — running them
 * ({@link JobWorkers}). The queue is the {@link JobStore}: with a database that several processes
 * share (PostgreSQL), a job submitted through one server may run in another server or a
 * {@code gradlab worker}, be cancelled through a third and be followed through any
 * ({@link JobFeed}). A running job stops when cancelled or past its wall time (it asks
 * {@link Progress#cancelled()}), and its progress is written to the store and pushed to
 * {@link JobListener}s at most once per {@link JobsConfig#progressMillis()}. At {@link #start()}
 * jobs a previous life of this process (or a lost worker) left running are marked failed; from
 * then on, jobs that ended more than {@link JobsConfig#keepEndedMillis()} ago are deleted (at once,
 * then every {@link JobsConfig#sweepMillis()}); at {@link #close()} this process's running jobs are
 * stopped and marked failed.
 */
public final class JobRunner implements AutoCloseable {
    /** The error of a job that was running when its server (or worker) went down, found at the next start. */
    public static final String RESTARTED = "interrupted: the server restarted while the job was running";
    /** The error of a job still running when the server stopped. */
    public static final String STOPPED = "interrupted: the server stopped while the job was running";
    /** The error of a job whose worker went away without ending it (killed, crashed, or cut off from the database). */
    public static final String LOST = "interrupted: the worker running the job stopped or lost the database";
    /** The error of a cancelled job. */
    public static final String CANCELLED = "cancelled by its owner";

    private final JobStore store;
    private final JobKinds kinds;
    private final JobsConfig config;
    private final JobWorkers workers;
    private final JobFeed feed;

    public JobRunner(JobStore store, JobKinds kinds, JobsConfig config) {
        this.store = store;
        this.kinds = kinds;
        this.config = config;
        this.feed = new JobFeed(store, config.pollMillis(), this::runsHere);
        this.workers = new JobWorkers(store, kinds, config, feed);
    }

    private boolean runsHere(String id) {
        return workers.runsHere(id);
    }

    /** Every kind shared-core ships, learning from the corpus in shared-core's jar. */
    public static JobKinds standardKinds() {
        try (InputStream in = Corpus.class.getResourceAsStream(Corpus.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(Corpus.RESOURCE + " is missing from the class path");
            }
            return JobKinds.standard(Corpus.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the jobs a previous life of this process (or a lost worker) left running, then starts on the queue. */
    public JobRunner start() {
        workers.start();
        return this;
    }

    public JobKinds kinds() {
        return kinds;
    }

    public JobsConfig config() {
        return config;
    }

    /** This runner's worker id ({@code host/pid/random}), as the jobs it claims record it. */
    public String workerId() {
        return workers.workerId();
    }

    /**
     * Queues a job after checking its kind and parameters and the owner's limit.
     *
     * @throws JobParamException    naming the field ("kind" or a parameter)
     * @throws TooManyJobsException when the owner is at the limit
     */
    public JobRecord submit(String owner, String kind, Map<String, ?> params) {
        JobParams p = kinds.validate(kind, params);
        JobRecord r = store.createWithin(owner, kind, p.toJson(), config.perUserLimit())
                .orElseThrow(() -> new TooManyJobsException(config.perUserLimit()));
        workers.wake();
        return r;
    }

    public Optional<JobRecord> get(String id) {
        return store.get(id);
    }

    public List<JobRecord> list(String owner) {
        return store.listByOwner(owner);
    }

    /**
     * Cancels a job: a queued one at once, a running one at its next check (within one epoch,
     * trial or chunk of steps, plus up to {@link JobsConfig#pollMillis()} when another process
     * runs it). An ended job stays as it is.
     *
     * @return the job as it is now (possibly still running, about to stop)
     */
    public Optional<JobRecord> cancel(String id) {
        if (store.cancelQueued(id, CANCELLED)) {
            feed.done(id);
        } else if (store.requestCancel(id)) {
            workers.cancelHere(id);
        }
        return store.get(id);
    }

    /**
     * Follows job {@code id}: {@code l} gets the current progress at once, then every progress
     * step and the end — or, for a job that has already ended, its last progress and the end at
     * once. Works for jobs running in any process sharing the store.
     */
    public void subscribe(String id, JobListener l) {
        feed.subscribe(id, l, workers.localState(id));
    }

    /** Stops following; nothing happens if {@code l} does not follow {@code id}. */
    public void unsubscribe(String id, JobListener l) {
        feed.unsubscribe(id, l);
    }

    /** How many listeners follow jobs now (open event streams). */
    public int listenerCount() {
        return feed.listenerCount();
    }

    /** Stops this process's running jobs (they fail with {@link #STOPPED}), the workers and the feed. */
    @Override
    public void close() {
        try {
            workers.close();
        } finally {
            feed.close();
        }
    }
}
