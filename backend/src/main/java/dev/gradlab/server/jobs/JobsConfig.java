package dev.gradlab.server.jobs;

/**
 * How the job runner runs.
 *
 * @param workers          jobs running at once (a bounded pool; the rest wait in FIFO order)
 * @param perUserLimit     most jobs one owner may have queued or running; more is refused (429)
 * @param wallTimeMillis   a running job is stopped and fails after this long
 * @param heartbeatMillis  how often an idle event stream gets a comment line (keeps proxies from
 *                         closing it and finds clients that went away)
 * @param progressMillis   at most one progress write and event per job per this interval
 */
public record JobsConfig(int workers, int perUserLimit, long wallTimeMillis, long heartbeatMillis, long progressMillis) {
    public JobsConfig {
        if (workers < 1 || perUserLimit < 1 || wallTimeMillis < 1 || heartbeatMillis < 1 || progressMillis < 0) {
            throw new IllegalArgumentException("workers, perUserLimit, wallTimeMillis and heartbeatMillis must be "
                    + "positive and progressMillis not negative");
        }
    }

    /** 2 workers, 3 jobs per owner, 10 minutes per job, a heartbeat every 15 s, progress every 250 ms. */
    public static JobsConfig defaults() {
        return new JobsConfig(2, 3, 10 * 60_000L, 15_000, 250);
    }

    public JobsConfig withWorkers(int n) {
        return new JobsConfig(n, perUserLimit, wallTimeMillis, heartbeatMillis, progressMillis);
    }

    public JobsConfig withPerUserLimit(int n) {
        return new JobsConfig(workers, n, wallTimeMillis, heartbeatMillis, progressMillis);
    }

    public JobsConfig withWallTimeMillis(long ms) {
        return new JobsConfig(workers, perUserLimit, ms, heartbeatMillis, progressMillis);
    }

    public JobsConfig withHeartbeatMillis(long ms) {
        return new JobsConfig(workers, perUserLimit, wallTimeMillis, ms, progressMillis);
    }

    public JobsConfig withProgressMillis(long ms) {
        return new JobsConfig(workers, perUserLimit, wallTimeMillis, heartbeatMillis, ms);
    }
}
