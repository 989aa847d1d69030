package dev.gradlab.server.jobs;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link JobStore} in memory, for tests and tools: jobs are lost when the process stops and
 * nothing is shared with other processes. One lock for everything; every operation is short.
 */
public final class InMemoryJobStore implements JobStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, JobRecord> jobs = new LinkedHashMap<>();
    private final Clock clock;
    private final boolean exclusive;

    public InMemoryJobStore() {
        this(Clock.systemUTC());
    }

    public InMemoryJobStore(Clock clock) {
        this(clock, true);
    }

    /**
     * @param exclusive false to act as a store other processes share (for tests of what a runner
     *                  does with jobs it finds running)
     */
    public InMemoryJobStore(Clock clock, boolean exclusive) {
        this.clock = clock;
        this.exclusive = exclusive;
    }

    @Override
    public boolean exclusive() {
        return exclusive;
    }

    /** 128 random bits as 32 hex digits. */
    public static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return sb.toString();
    }

    @Override
    public synchronized JobRecord create(String owner, String kind, String paramsJson) {
        JobRecord r = new JobRecord(newId(), owner, kind, paramsJson, JobStatus.QUEUED, 0, "{}", null, null,
                clock.instant(), null, null, null, null, false);
        jobs.put(r.id(), r);
        return r;
    }

    @Override
    public synchronized Optional<JobRecord> createWithin(String owner, String kind, String paramsJson, int limit) {
        return countActive(owner) >= limit ? Optional.empty() : Optional.of(create(owner, kind, paramsJson));
    }

    @Override
    public synchronized Optional<JobRecord> claimNextQueued(String workerId) {
        for (JobRecord r : jobs.values()) {
            if (r.status() == JobStatus.QUEUED) {
                Instant now = clock.instant();
                JobRecord running = new JobRecord(r.id(), r.owner(), r.kind(), r.paramsJson(), JobStatus.RUNNING, 0,
                        r.metricsJson(), null, null, r.createdAt(), now, null, workerId, now, false);
                jobs.put(r.id(), running);
                return Optional.of(running);
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized void updateProgress(String id, double progress, String metricsJson) {
        JobRecord r = jobs.get(id);
        if (r != null && r.status() == JobStatus.RUNNING) {
            jobs.put(id, new JobRecord(r.id(), r.owner(), r.kind(), r.paramsJson(), r.status(), progress, metricsJson,
                    null, null, r.createdAt(), r.startedAt(), null, r.workerId(), r.heartbeatAt(), r.cancelRequested()));
        }
    }

    @Override
    public synchronized boolean finish(String id, JobStatus status, String metricsJson, String resultJson, String error) {
        if (!status.terminal()) {
            throw new IllegalArgumentException("finish needs a terminal status, not " + status);
        }
        JobRecord r = jobs.get(id);
        if (r == null || r.status().terminal()) {
            return false;
        }
        double progress = status == JobStatus.SUCCEEDED ? 1 : r.progress();
        jobs.put(id, new JobRecord(r.id(), r.owner(), r.kind(), r.paramsJson(), status, progress,
                metricsJson == null ? r.metricsJson() : metricsJson, resultJson, error, r.createdAt(), r.startedAt(),
                clock.instant(), r.workerId(), r.heartbeatAt(), r.cancelRequested()));
        return true;
    }

    @Override
    public synchronized boolean cancelQueued(String id, String reason) {
        JobRecord r = jobs.get(id);
        return r != null && r.status() == JobStatus.QUEUED && finish(id, JobStatus.CANCELLED, null, null, reason);
    }

    @Override
    public synchronized boolean requestCancel(String id) {
        JobRecord r = jobs.get(id);
        if (r == null || r.status() != JobStatus.RUNNING) {
            return false;
        }
        jobs.put(id, new JobRecord(r.id(), r.owner(), r.kind(), r.paramsJson(), r.status(), r.progress(),
                r.metricsJson(), null, null, r.createdAt(), r.startedAt(), null, r.workerId(), r.heartbeatAt(), true));
        return true;
    }

    @Override
    public synchronized Set<String> cancelRequested(String workerId) {
        Set<String> out = new HashSet<>();
        for (JobRecord r : jobs.values()) {
            if (r.status() == JobStatus.RUNNING && r.cancelRequested() && workerId.equals(r.workerId())) {
                out.add(r.id());
            }
        }
        return out;
    }

    @Override
    public synchronized void heartbeat(String workerId) {
        Instant now = clock.instant();
        for (JobRecord r : new ArrayList<>(jobs.values())) {
            if (r.status() == JobStatus.RUNNING && workerId.equals(r.workerId())) {
                jobs.put(r.id(), new JobRecord(r.id(), r.owner(), r.kind(), r.paramsJson(), r.status(), r.progress(),
                        r.metricsJson(), null, null, r.createdAt(), r.startedAt(), null, workerId, now,
                        r.cancelRequested()));
            }
        }
    }

    @Override
    public synchronized Optional<JobRecord> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public synchronized List<JobRecord> listByOwner(String owner) {
        List<JobRecord> out = new ArrayList<>();
        for (JobRecord r : jobs.values()) {
            if (r.owner().equals(owner)) {
                out.add(0, r);
            }
        }
        return out;
    }

    @Override
    public synchronized List<JobRecord> listRunning() {
        List<JobRecord> out = new ArrayList<>();
        for (JobRecord r : jobs.values()) {
            if (r.status() == JobStatus.RUNNING) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public synchronized int countActive(String owner) {
        int n = 0;
        for (JobRecord r : jobs.values()) {
            n += r.owner().equals(owner) && !r.status().terminal() ? 1 : 0;
        }
        return n;
    }

    @Override
    public synchronized int deleteEndedBefore(long cutoffMillis) {
        int before = jobs.size();
        jobs.values().removeIf(r -> r.status().terminal() && r.finishedAt() != null
                && r.finishedAt().toEpochMilli() < cutoffMillis);
        return before - jobs.size();
    }
}
