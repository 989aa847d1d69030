package dev.gradlab.server.jobs;

import dev.gradlab.core.jobs.Corpus;
import dev.gradlab.core.jobs.JobCancelledException;
import dev.gradlab.core.jobs.JobFailedException;
import dev.gradlab.core.jobs.JobKind;
import dev.gradlab.core.jobs.JobKinds;
import dev.gradlab.core.jobs.JobParamException;
import dev.gradlab.core.jobs.JobParams;
import dev.gradlab.core.jobs.JobResult;
import dev.gradlab.core.jobs.Metrics;
import dev.gradlab.core.jobs.Progress;
import dev.gradlab.core.json.JsonReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs shared-core jobs on a bounded pool of worker threads. Jobs wait in the {@link JobStore}
 * (FIFO), one owner may have at most {@link JobsConfig#perUserLimit()} queued or running, a
 * running job stops when cancelled or past its wall time (it asks {@link Progress#cancelled()}),
 * and its progress is written to the store and pushed to {@link JobListener}s at most once per
 * {@link JobsConfig#progressMillis()}. At {@link #start()} jobs a previous server left running
 * are marked failed; at {@link #close()} running jobs are stopped and marked failed.
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    /** The error of a job that was running when the server went down. */
    public static final String RESTARTED = "interrupted: the server restarted while the job was running";
    /** The error of a job still running when the server stopped. */
    public static final String STOPPED = "interrupted: the server stopped while the job was running";
    /** The error of a cancelled job. */
    public static final String CANCELLED = "cancelled by its owner";

    private final JobStore store;
    private final JobKinds kinds;
    private final JobsConfig config;
    private final ThreadPoolExecutor pool;
    private final Map<String, Live> live = new ConcurrentHashMap<>();
    private final Set<String> cancelRequests = ConcurrentHashMap.newKeySet();
    private final Map<String, List<JobListener>> listeners = new HashMap<>();
    private final Object submitLock = new Object();
    private volatile boolean closed;

    public JobRunner(JobStore store, JobKinds kinds, JobsConfig config) {
        this.store = store;
        this.kinds = kinds;
        this.config = config;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(config.workers(), config.workers(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "gradlab-job-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                });
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

    /** Fails the jobs a previous server left running, then starts on the queue. */
    public JobRunner start() {
        int failed = store.failInterrupted(RESTARTED);
        if (failed > 0) {
            LOG.warn("{} job(s) were running when the server last stopped; marked failed", failed);
        }
        for (int i = 0; i < config.workers(); i++) {
            pool.execute(this::drain);
        }
        return this;
    }

    public JobKinds kinds() {
        return kinds;
    }

    public JobsConfig config() {
        return config;
    }

    /**
     * Queues a job after checking its kind and parameters and the owner's limit.
     *
     * @throws JobParamException    naming the field ("kind" or a parameter)
     * @throws TooManyJobsException when the owner is at the limit
     */
    public JobRecord submit(String owner, String kind, Map<String, ?> params) {
        JobParams p = kinds.validate(kind, params);
        JobRecord r;
        synchronized (submitLock) {
            if (store.countActive(owner) >= config.perUserLimit()) {
                throw new TooManyJobsException(config.perUserLimit());
            }
            r = store.create(owner, kind, p.toJson());
        }
        if (!closed) {
            pool.execute(this::drain);
        }
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
     * trial or chunk of steps). An ended job stays as it is.
     *
     * @return the job as it is now (possibly still running, about to stop)
     */
    public Optional<JobRecord> cancel(String id) {
        if (store.cancelQueued(id, CANCELLED)) {
            notifyDone(id);
        } else if (store.get(id).map(r -> !r.status().terminal()).orElse(false)) {
            cancelRequests.add(id);
            if (store.get(id).map(r -> r.status().terminal()).orElse(true)) {
                cancelRequests.remove(id);
            }
        }
        return store.get(id);
    }

    /**
     * Follows job {@code id}: {@code l} gets the current progress at once, then every progress
     * step and the end — or, for a job that has already ended, its last progress and the end at once.
     */
    public void subscribe(String id, JobListener l) {
        synchronized (listeners) {
            JobRecord r = store.get(id).orElseThrow(() -> new IllegalArgumentException("no job " + id));
            if (r.status().terminal()) {
                l.progress(r.progress(), r.metricsJson());
                l.done(r);
                return;
            }
            Live running = live.get(id);
            if (running != null) {
                l.progress(running.forwardedProgress, running.forwardedMetrics);
            } else {
                l.progress(r.progress(), r.metricsJson());
            }
            listeners.computeIfAbsent(id, k -> new ArrayList<>()).add(l);
        }
    }

    /** Stops following; nothing happens if {@code l} does not follow {@code id}. */
    public void unsubscribe(String id, JobListener l) {
        synchronized (listeners) {
            List<JobListener> ls = listeners.get(id);
            if (ls != null) {
                ls.remove(l);
                if (ls.isEmpty()) {
                    listeners.remove(id);
                }
            }
        }
    }

    /** How many listeners follow jobs now (open event streams). */
    public int listenerCount() {
        synchronized (listeners) {
            return listeners.values().stream().mapToInt(List::size).sum();
        }
    }

    private List<JobListener> listenersOf(String id) {
        synchronized (listeners) {
            List<JobListener> ls = listeners.get(id);
            return ls == null ? List.of() : new ArrayList<>(ls);
        }
    }

    private void notifyDone(String id) {
        List<JobListener> ls;
        synchronized (listeners) {
            ls = listeners.remove(id);
        }
        JobRecord r = store.get(id).orElseThrow();
        if (ls != null) {
            for (JobListener l : ls) {
                l.done(r);
            }
        }
    }

    private void drain() {
        while (!closed) {
            Optional<JobRecord> next = store.claimNextQueued();
            if (next.isEmpty()) {
                return;
            }
            run(next.get());
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
                error = STOPPED;
            } else if (cancelRequests.contains(r.id())) {
                status = JobStatus.CANCELLED;
                error = CANCELLED;
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
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        } finally {
            live.remove(r.id());
            cancelRequests.remove(r.id());
            notifyDone(r.id());
        }
    }

    /** A running job's side of {@link Progress}. */
    private final class Live implements Progress {
        final String id;
        final long deadline;
        volatile boolean shutdown;
        volatile double forwardedProgress;
        volatile String forwardedMetrics = "{}";
        private Metrics metrics;
        private long lastForward;
        private boolean forwarded;

        Live(String id, long deadline) {
            this.id = id;
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
            store.updateProgress(id, f, json);
            for (JobListener l : listenersOf(id)) {
                l.progress(f, json);
            }
        }

        @Override
        public boolean cancelled() {
            return shutdown || closed || cancelRequests.contains(id) || System.nanoTime() - deadline > 0;
        }

        /** The last metrics reported, as JSON; null if none. */
        String finalMetrics() {
            return metrics == null ? null : metrics.toJson();
        }
    }

    /** Stops the running jobs (they fail with {@link #STOPPED}) and the workers; waits up to 10 s. */
    @Override
    public void close() {
        closed = true;
        for (Live l : live.values()) {
            l.shutdown = true;
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.failInterrupted(STOPPED);
    }
}
