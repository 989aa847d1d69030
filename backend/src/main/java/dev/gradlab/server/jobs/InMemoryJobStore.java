package dev.gradlab.server.jobs;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link JobStore} in memory: jobs are lost when the server stops (until the database-backed
 * store replaces it). One lock for everything; every operation is short.
 */
public final class InMemoryJobStore implements JobStore {
    private final Map<String, JobRecord> jobs = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public InMemoryJobStore() {
        this(Clock.systemUTC());
    }

    public InMemoryJobStore(Clock clock) {
        this.clock = clock;
    }

    /** 128 random bits as 32 hex digits. */
    private String newId() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return sb.toString();
    }

    @Override
    public synchronized JobRecord create(String owner, String kind, String paramsJson) {
        JobRecord r = new JobRecord(newId(), owner, kind, paramsJson, JobStatus.QUEUED, 0, "{}", null, null,
                clock.instant(), null, null);
        jobs.put(r.id(), r);
        return r;
    }

    @Override
    public synchronized Optional<JobRecord> claimNextQueued() {
        for (JobRecord r : jobs.values()) {
            if (r.status() == JobStatus.QUEUED) {
                JobRecord running = new JobRecord(r.id(), r.owner(), r.kind(), r.paramsJson(), JobStatus.RUNNING, 0,
                        r.metricsJson(), null, null, r.createdAt(), clock.instant(), null);
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
                    null, null, r.createdAt(), r.startedAt(), null));
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
                clock.instant()));
        return true;
    }

    @Override
    public synchronized boolean cancelQueued(String id, String reason) {
        JobRecord r = jobs.get(id);
        return r != null && r.status() == JobStatus.QUEUED && finish(id, JobStatus.CANCELLED, null, null, reason);
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
    public synchronized int countActive(String owner) {
        int n = 0;
        for (JobRecord r : jobs.values()) {
            n += r.owner().equals(owner) && !r.status().terminal() ? 1 : 0;
        }
        return n;
    }

    @Override
    public synchronized int failInterrupted(String reason) {
        List<String> ids = new ArrayList<>();
        for (JobRecord r : jobs.values()) {
            if (r.status() == JobStatus.RUNNING) {
                ids.add(r.id());
            }
        }
        for (String id : ids) {
            finish(id, JobStatus.FAILED, null, null, reason);
        }
        return ids.size();
    }
}
