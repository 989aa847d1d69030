package dev.gradlab.server.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@link JobListener}s of this process (its event streams) and what feeds them. A job run by
 * this process's workers is pushed directly ({@link #progress}, {@link #done}); a job run
 * elsewhere (another server, a {@code gradlab worker}) is read from the store by the feed thread
 * whenever {@link JobChanges} says it changed — at once with PostgreSQL's notifications, every
 * poll interval without them — and, as a safety net, every few seconds. Every listener gets
 * progress that never goes back, no repeats, and exactly one {@code done}.
 */
final class JobFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobFeed.class);
    /** How long the feed thread waits for notifications before looking at its subscriptions again. */
    private static final long WAIT_MILLIS = 500;
    /** Every followed job is read again at least this often, notifications or not. */
    private static final long FULL_MILLIS = 5_000;

    private final JobStore store;
    private final long pollMillis;
    /** Whether this process runs a job: such jobs are pushed directly, not read. */
    private final Predicate<String> runsHere;
    private final Map<String, List<Sub>> subs = new HashMap<>();
    private final Set<String> fresh = new HashSet<>();
    private Thread thread;
    private volatile boolean closed;

    JobFeed(JobStore store, long pollMillis, Predicate<String> runsHere) {
        this.store = store;
        this.pollMillis = pollMillis;
        this.runsHere = runsHere;
    }

    /** See {@link JobRunner#subscribe}. */
    void subscribe(String id, JobListener l, Optional<LocalState> local) {
        JobRecord r = store.get(id).orElseThrow(() -> new IllegalArgumentException("no job " + id));
        Sub s = new Sub(l);
        if (r.status().terminal()) {
            s.progress(r.progress(), r.metricsJson());
            s.done(r);
            return;
        }
        // The first event before anyone else can push to this listener; what it misses meanwhile
        // comes with the next progress step, and the end is read again below (fresh).
        s.progress(local.map(LocalState::progress).orElse(r.progress()),
                local.map(LocalState::metricsJson).orElse(r.metricsJson()));
        synchronized (subs) {
            subs.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
            fresh.add(id);
            if (thread == null && !closed) {
                thread = new Thread(this::loop, "gradlab-job-feed");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    /** A running job's latest progress as this process's worker last forwarded it. */
    record LocalState(double progress, String metricsJson) {
    }

    void unsubscribe(String id, JobListener l) {
        synchronized (subs) {
            List<Sub> ls = subs.get(id);
            if (ls != null) {
                ls.removeIf(s -> s.listener == l);
                if (ls.isEmpty()) {
                    subs.remove(id);
                }
            }
        }
    }

    int listenerCount() {
        synchronized (subs) {
            return subs.values().stream().mapToInt(List::size).sum();
        }
    }

    /** A progress step of a job this process runs. */
    void progress(String id, double progress, String metricsJson) {
        for (Sub s : subsOf(id)) {
            s.progress(progress, metricsJson);
        }
    }

    /** Job {@code id} has ended (its row is final): its listeners get its last progress and {@code done}. */
    void done(String id) {
        List<Sub> ls;
        synchronized (subs) {
            ls = subs.remove(id);
        }
        if (ls != null) {
            store.get(id).ifPresent(r -> ended(ls, r));
        }
    }

    private static void ended(List<Sub> ls, JobRecord r) {
        for (Sub s : ls) {
            s.progress(r.progress(), r.metricsJson());
            s.done(r);
        }
    }

    private List<Sub> subsOf(String id) {
        synchronized (subs) {
            List<Sub> ls = subs.get(id);
            return ls == null ? List.of() : new ArrayList<>(ls);
        }
    }

    private void loop() {
        long lastFull = System.nanoTime();
        try (JobChanges changes = store.changes(pollMillis)) {
            while (!closed) {
                Set<String> changed = changes.await(WAIT_MILLIS);
                boolean full = changed == null || System.nanoTime() - lastFull > FULL_MILLIS * 1_000_000L;
                Set<String> check = new HashSet<>();
                synchronized (subs) {
                    if (full) {
                        check.addAll(subs.keySet());
                    } else {
                        for (String id : changed) {
                            if (subs.containsKey(id)) {
                                check.add(id);
                            }
                        }
                    }
                    for (String id : fresh) {
                        if (subs.containsKey(id)) {
                            check.add(id);
                        }
                    }
                    fresh.clear();
                }
                if (full) {
                    lastFull = System.nanoTime();
                }
                for (String id : check) {
                    if (!runsHere.test(id)) {
                        refresh(id);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the job feed stopped; event streams of jobs running elsewhere get no more events", e);
        }
    }

    /** Reads job {@code id} and passes what changed to its listeners. */
    private void refresh(String id) {
        Optional<JobRecord> row;
        try {
            row = store.get(id);
        } catch (RuntimeException e) {
            LOG.debug("cannot read job {} for its event streams; trying again later", id, e);
            return;
        }
        if (row.isEmpty()) {
            return;
        }
        JobRecord r = row.get();
        if (r.status().terminal()) {
            List<Sub> ls;
            synchronized (subs) {
                ls = subs.remove(id);
            }
            if (ls != null) {
                ended(ls, r);
            }
        } else {
            for (Sub s : subsOf(id)) {
                s.progress(r.progress(), r.metricsJson());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread t;
        synchronized (subs) {
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(2 * WAIT_MILLIS + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One listener: progress never goes back or repeats, and {@code done} comes once, last. */
    private static final class Sub {
        final JobListener listener;
        private double last = -1;
        private String lastMetrics;
        private boolean done;

        Sub(JobListener listener) {
            this.listener = listener;
        }

        synchronized void progress(double p, String metricsJson) {
            if (done || p < last || (p == last && metricsJson.equals(lastMetrics))) {
                return;
            }
            last = p;
            lastMetrics = metricsJson;
            listener.progress(p, metricsJson);
        }

        synchronized void done(JobRecord r) {
            if (!done) {
                done = true;
                listener.done(r);
            }
        }
    }
}
