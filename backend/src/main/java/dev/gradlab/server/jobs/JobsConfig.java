package dev.gradlab.server.jobs;

/**
 * How the job runner runs.
 *
 * @param workers          jobs this process runs at once (a bounded pool; the rest wait in FIFO
 *                         order); 0: this process runs no jobs, other processes sharing the
 *                         database do ({@code gradlab worker})
 * @param perUserLimit     most jobs one owner may have queued or running; more is refused (429)
 * @param wallTimeMillis   a running job is stopped and fails after this long
 * @param heartbeatMillis  how often an idle event stream gets a comment line (keeps proxies from
 *                         closing it and finds clients that went away)
 * @param progressMillis   at most one progress write and event per job per this interval
 * @param pollMillis       how often a runner reads the cancel flags of its running jobs, and how
 *                         often followed jobs are read again when the database sends no
 *                         notifications (H2)
 * @param queuePollMillis  how often an idle worker looks for queued jobs that other processes
 *                         submitted (jobs submitted in this process wake it at once)
 * @param liveMillis       how often a worker stamps the heartbeat of its running jobs
 * @param staleMillis      a running job whose heartbeat is older than this has lost its worker
 *                         (killed, crashed, cut off) and is failed by any runner
 * @param keepEndedMillis  an ended job (succeeded, failed, cancelled) is deleted, results and all,
 *                         this long after it finished ({@link JobStore#deleteEndedBefore});
 *                         queued and running jobs are never deleted
 * @param sweepMillis      how often a runner deletes the ended jobs older than
 *                         {@code keepEndedMillis} (also once when it starts)
 */
public record JobsConfig(int workers, int perUserLimit, long wallTimeMillis, long heartbeatMillis, long progressMillis,
        long pollMillis, long queuePollMillis, long liveMillis, long staleMillis, long keepEndedMillis, long sweepMillis) {
    public JobsConfig {
        if (workers < 0 || perUserLimit < 1 || wallTimeMillis < 1 || heartbeatMillis < 1 || progressMillis < 0
                || pollMillis < 1 || queuePollMillis < 1 || liveMillis < 1 || staleMillis <= liveMillis || keepEndedMillis < 1
                || sweepMillis < 1) {
            throw new IllegalArgumentException("workers and progressMillis must not be negative, the other limits "
                    + "must be positive, and staleMillis must be longer than liveMillis");
        }
    }

    /** Days an ended job is kept unless configured otherwise ({@code serve --keep-jobs-days N}). */
    public static final int DEFAULT_KEEP_ENDED_DAYS = 30;
    /** Milliseconds in a day. */
    public static final long DAY_MILLIS = 24 * 60 * 60_000L;

    /**
     * 2 workers, 3 jobs per owner, 10 minutes per job, a stream heartbeat every 15 s, progress every
     * 250 ms, flags and rows polled every 250 ms, the queue every 500 ms, a worker heartbeat every
     * 5 s, stale after 60 s, ended jobs kept for {@link #DEFAULT_KEEP_ENDED_DAYS} days and swept hourly.
     */
    public static JobsConfig defaults() {
        return new JobsConfig(2, 3, 10 * 60_000L, 15_000, 250, 250, 500, 5_000, 60_000,
                DEFAULT_KEEP_ENDED_DAYS * DAY_MILLIS, 60 * 60_000L);
    }

    public JobsConfig withWorkers(int n) {
        return new JobsConfig(n, perUserLimit, wallTimeMillis, heartbeatMillis, progressMillis, pollMillis,
                queuePollMillis, liveMillis, staleMillis, keepEndedMillis, sweepMillis);
    }

    public JobsConfig withPerUserLimit(int n) {
        return new JobsConfig(workers, n, wallTimeMillis, heartbeatMillis, progressMillis, pollMillis,
                queuePollMillis, liveMillis, staleMillis, keepEndedMillis, sweepMillis);
    }

    public JobsConfig withWallTimeMillis(long ms) {
        return new JobsConfig(workers, perUserLimit, ms, heartbeatMillis, progressMillis, pollMillis,
                queuePollMillis, liveMillis, staleMillis, keepEndedMillis, sweepMillis);
    }

    public JobsConfig withHeartbeatMillis(long ms) {
        return new JobsConfig(workers, perUserLimit, wallTimeMillis, ms, progressMillis, pollMillis,
                queuePollMillis, liveMillis, staleMillis, keepEndedMillis, sweepMillis);
    }

    public JobsConfig withProgressMillis(long ms) {
        return new JobsConfig(workers, perUserLimit, wallTimeMillis, heartbeatMillis, ms, pollMillis,
                queuePollMillis, liveMillis, staleMillis, keepEndedMillis, sweepMillis);
    }

    public JobsConfig withPollMillis(long ms) {
        return new JobsConfig(workers, perUserLimit, wallTimeMillis, heartbeatMillis, progressMillis, ms,
                queuePollMillis, liveMillis, staleMillis, keepEndedMillis, sweepMillis);
    }

    public JobsConfig withQueuePollMillis(long ms) {
        return new JobsConfig(workers, perUserLimit, wallTimeMillis, heartbeatMillis, progressMillis, pollMillis,
                ms, liveMillis, staleMillis, keepEndedMillis, sweepMillis);
    }

    /** The worker heartbeat interval and the age after which a running job's worker counts as lost. */
    public JobsConfig withLiveness(long liveMs, long staleMs) {
        return new JobsConfig(workers, perUserLimit, wallTimeMillis, heartbeatMillis, progressMillis, pollMillis,
                queuePollMillis, liveMs, staleMs, keepEndedMillis, sweepMillis);
    }

    /** How long an ended job is kept before the sweep deletes it. */
    public JobsConfig withKeepEndedMillis(long ms) {
        return new JobsConfig(workers, perUserLimit, wallTimeMillis, heartbeatMillis, progressMillis, pollMillis,
                queuePollMillis, liveMillis, staleMillis, ms, sweepMillis);
    }

    /** How often the runner deletes the ended jobs older than {@link #keepEndedMillis()}. */
    public JobsConfig withSweepMillis(long ms) {
        return new JobsConfig(workers, perUserLimit, wallTimeMillis, heartbeatMillis, progressMillis, pollMillis,
                queuePollMillis, liveMillis, staleMillis, keepEndedMillis, ms);
    }
}
