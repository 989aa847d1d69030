package dev.gradlab.server.jobs;

import dev.gradlab.core.jobs.JobCancelledException;
import dev.gradlab.core.jobs.JobFailedException;
import dev.gradlab.core.jobs.JobKind;
import dev.gradlab.core.jobs.JobKinds;
import dev.gradlab.core.jobs.JobParamException;
import dev.gradlab.core.jobs.JobResult;
import dev.gradlab.core.jobs.Metrics;
import dev.gradlab.core.jobs.Progress;
import dev.gradlab.core.json.JsonReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This process's side of running jobs: {@link JobsConfig#workers()} threads that claim queued
 * jobs from the store (whoever submitted them), run them and write their progress and end; and a
 * ticker thread that reads the cancel flags of the running jobs (a DELETE may come through any
 * server), stamps their heartbeat, fails the jobs of workers that are gone
 * ({@link JobRunner#RESTARTED}, {@link JobRunner#LOST}), and deletes the jobs that ended more than
 * {@link JobsConfig#keepEndedMillis()} ago (at start, then every {@link JobsConfig#sweepMillis()}).
 */
final class JobWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobWorkers.class);

    private final WorkerId id = WorkerId.next();
    private final JobStore store;
    private final JobKinds kinds;
    private final JobsConfig config;
    private final JobFeed feed;
    private final Map<String, Live> live = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ScheduledExecutorService ticker;
    private final Object idle = new Object();
    private long wakeups;
    private volatile boolean closed;

    JobWorkers(JobStore store, JobKinds kinds, JobsConfig config, JobFeed feed) {
        this.store = store;
        this.kinds = kinds;
        this.config = config;
        this.feed = feed;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gradlab-job-ticker");
            t.setDaemon(true);
            return t;
        });
    }

    String workerId() {
        return id.toString();
    }

    /**
     * Fails the jobs of lost workers (and of this process's previous life), then starts working;
     * the ticker deletes the jobs that ended too long ago at once and then every
     * {@link JobsConfig#sweepMillis()}.
     */
    void start() {
        reap(true);
        for (int i = 0; i < config.workers(); i++) {
            Thread t = new Thread(this::loop, "gradlab-job-" + (i + 1));
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            threads.add(t);
            t.start();
        }
        ticker.scheduleWithFixedDelay(guard(this::pollCancels), config.pollMillis(), config.pollMillis(),
                TimeUnit.MILLISECONDS);
        ticker.scheduleWithFixedDelay(guard(() -> {
            if (!live.isEmpty()) {
                store.heartbeat(workerId());
            }
        }), config.liveMillis(), config.liveMillis(), TimeUnit.MILLISECONDS);
        long sweep = Math.max(1, config.staleMillis() / 4);
        ticker.scheduleWithFixedDelay(guard(() -> reap(false)), sweep, sweep, TimeUnit.MILLISECONDS);
        ticker.scheduleWithFixedDelay(guard(this::deleteOld), 0, config.sweepMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Deletes the jobs that ended more than {@link JobsConfig#keepEndedMillis()} ago (in every
     * process sharing the store: deleting twice deletes nothing the second time).
     */
    private void deleteOld() {
        long cutoff = System.currentTimeMillis() - config.keepEndedMillis();
        int n = store.deleteEndedBefore(cutoff);
        if (n > 0) {
            LOG.info("jobs_deleted={} finished_before={} keep_days={}", n, Instant.ofEpochMilli(cutoff),
                    String.format(Locale.ROOT, "%.2f", config.keepEndedMillis() / (double) JobsConfig.DAY_MILLIS));
        }
    }

    /** An idle worker looks at the queue now (a job was submitted in this process). */
    void wake() {
        synchronized (idle) {
            wakeups++;
            idle.notifyAll();
        }
    }

    boolean runsHere(String jobId) {
        return live.containsKey(jobId);
    }

    Optional<JobFeed.LocalState> localState(String jobId) {
        Live l = live.get(jobId);
        return l == null ? Optional.empty() : Optional.of(new JobFeed.LocalState(l.forwardedProgress, l.forwardedMetrics));
    }

    /** Stops job {@code jobId} at its next check if this process runs it (the fast path of a cancel). */
    void cancelHere(String jobId) {
        Live l = live.get(jobId);
        if (l != null) {
            l.cancel = true;
        }
    }

    private static Runnable guard(Runnable r) {
        return () -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("job bookkeeping failed; trying again later: {}", e.toString());
            }
        };
    }

    private void pollCancels() {
        if (!live.isEmpty()) {
            for (String jobId : store.cancelRequested(workerId())) {
                cancelHere(jobId);
            }
        }
    }

    /**
     * Fails running jobs whose worker is gone: at start, every running job of a store only this
     * process uses, or of an earlier process with this host and process id; any time, jobs of a
     * dead process on this host, or whose heartbeat is older than {@link JobsConfig#staleMillis()}.
     */
    private void reap(boolean atStart) {
        long now = System.currentTimeMillis();
        for (JobRecord r : store.listRunning()) {
            if (live.containsKey(r.id()) || workerId().equals(r.workerId())) {
                continue;
            }
            String reason = null;
            if (atStart && (store.exclusive() || WorkerId.isPreviousLife(r.workerId()))) {
                reason = JobRunner.RESTARTED;
            } else if (WorkerId.isDeadHere(r.workerId()) || r.heartbeatAt() == null
                    || now - r.heartbeatAt().toEpochMilli() > config.staleMillis()) {
                reason = JobRunner.LOST;
            }
            if (reason != null && store.finish(r.id(), JobStatus.FAILED, null, null, reason)) {
                LOG.warn("job {} of worker {} failed: {}", r.id(), r.workerId(), reason);
                feed.done(r.id());
            }
        }
    }

    private void loop() {
        while (!closed) {
            long seen;
            synchronized (idle) {
                seen = wakeups;
            }
            Optional<JobRecord> next;
            try {
                next = store.claimNextQueued(workerId());
                if (next.isPresent()) {
                    run(next.get());
                    continue;
                }
            } catch (RuntimeException e) {
                LOG.warn("a job worker could not use the job store; trying again: {}", e.toString());
            }
            synchronized (idle) {
                if (!closed && wakeups == seen) {
                    try {
                        idle.wait(config.queuePollMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    private void run(JobRecord r) {
        Live l = new Live(r.id(), System.nanoTime() + config.wallTimeMillis() * 1_000_000L);
        live.put(r.id(), l);
        JobStatus status;
        String result = null;
        String error = null;
        long started = System.nanoTime();
        try {
            JobKind kind = kinds.require(r.kind());
            @SuppressWarnings("unchecked")
            Map<String, ?> params = (Map<String, ?>) JsonReader.parse(r.paramsJson());
            JobResult out = kind.run(kind.validate(params), l);
            status = JobStatus.SUCCEEDED;
            result = out.toJson();
        } catch (JobCancelledException e) {
            if (l.shutdown || closed) {
                status = JobStatus.FAILED;
                error = JobRunner.STOPPED;
            } else if (l.cancel) {
                status = JobStatus.CANCELLED;
                error = JobRunner.CANCELLED;
            } else {
                status = JobStatus.FAILED;
                error = "the job ran longer than its wall-time limit of " + config.wallTimeMillis() / 1000.0 + " s";
            }
        } catch (JobFailedException e) {
            status = JobStatus.FAILED;
            error = e.getMessage();
            result = e.resultJson();
        } catch (JobParamException e) {
            status = JobStatus.FAILED;
            error = e.getMessage();
        } catch (Throwable e) {
            LOG.error("job {} ({}) failed", r.id(), r.kind(), e);
            status = JobStatus.FAILED;
            error = "the job failed with an internal error (" + e.getClass().getSimpleName() + "); it has been logged";
        }
        try {
            store.finish(r.id(), status, l.finalMetrics(), result, error);
            LOG.info("job={} kind={} owner={} status={} s={}", r.id(), r.kind(), r.owner(), status.json(),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        } finally {
            live.remove(r.id());
            feed.done(r.id());
        }
    }

    /** A running job's side of {@link Progress}. */
    private final class Live implements Progress {
        final String jobId;
        final long deadline;
        volatile boolean shutdown;
        volatile boolean cancel;
        volatile double forwardedProgress;
        volatile String forwardedMetrics = "{}";
        private Metrics metrics;
        private long lastForward;
        private boolean forwarded;

        Live(String jobId, long deadline) {
            this.jobId = jobId;
            this.deadline = deadline;
        }

        @Override
        public void report(double fraction, Metrics m) {
            double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
            metrics = m;
            long now = System.nanoTime();
            if (forwarded && f < 1 && now - lastForward < config.progressMillis() * 1_000_000L) {
                return;
            }
            forwarded = true;
            lastForward = now;
            String json = m == null ? "{}" : m.toJson();
            forwardedMetrics = json;
            forwardedProgress = f;
            try {
                store.updateProgress(jobId, f, json);
            } catch (RuntimeException e) {
                LOG.warn("could not record the progress of job {}: {}", jobId, e.toString());
            }
            feed.progress(jobId, f, json);
        }

        @Override
        public boolean cancelled() {
            return shutdown || closed || cancel || System.nanoTime() - deadline > 0;
        }

        /** The last metrics reported, as JSON; null if none. */
        String finalMetrics() {
            return metrics == null ? null : metrics.toJson();
        }
    }

    /**
     * Stops the running jobs (they fail with {@link JobRunner#STOPPED}), the workers and the
     * ticker; waits up to 10 s for the workers.
     */
    @Override
    public void close() {
        closed = true;
        for (Live l : live.values()) {
            l.shutdown = true;
        }
        wake();
        ticker.shutdownNow();
        long end = System.nanoTime() + 10_000_000_000L;
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            for (JobRecord r : store.listRunning()) {
                if (workerId().equals(r.workerId()) && store.finish(r.id(), JobStatus.FAILED, null, null,
                        JobRunner.STOPPED)) {
                    feed.done(r.id());
                }
            }
        } finally {
            id.retire();
        }
    }
}
