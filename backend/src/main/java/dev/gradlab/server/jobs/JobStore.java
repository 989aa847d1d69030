package dev.gradlab.server.jobs;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where jobs live: the queue, their progress, their results and which worker runs which job.
 * Every method is one statement on one row, one ordered scan, or one short transaction, so a SQL
 * table with the columns of {@link JobRecord} backs it directly ({@code SqlJobStore}); the
 * conditional updates ("only if still queued") are {@code UPDATE … WHERE status = …} and are
 * atomic. Several processes may share one store (PostgreSQL): nothing here assumes that the
 * caller runs the job. Implementations are thread-safe.
 */
public interface JobStore {
    /** Inserts a queued job with a new unique id, progress 0 and metrics {@code {}}. */
    JobRecord create(String owner, String kind, String paramsJson);

    /**
     * Like {@link #create} unless the owner already has {@code limit} jobs queued or running;
     * the count and the insert are atomic, also against other processes sharing the store.
     *
     * @return the new job, or empty when the owner is at the limit
     */
    Optional<JobRecord> createWithin(String owner, String kind, String paramsJson, int limit);

    /**
     * Takes the oldest queued job (FIFO by creation) and marks it running, claimed by
     * {@code workerId}, with its start time and a first heartbeat, so that no other worker gets it
     * ({@code SELECT … FOR UPDATE SKIP LOCKED} in a transaction). Empty when nothing is queued.
     */
    Optional<JobRecord> claimNextQueued(String workerId);

    /** Records progress and the latest metrics of a running job; ignored unless it is running. */
    void updateProgress(String id, double progress, String metricsJson);

    /**
     * Ends a queued or running job with {@code status} (terminal), its final metrics (null keeps the
     * stored ones), result and error, stamping the finish time.
     *
     * @return whether the job was still queued or running (false: it had already ended; nothing changed)
     */
    boolean finish(String id, JobStatus status, String metricsJson, String resultJson, String error);

    /**
     * Cancels a job that is still queued.
     *
     * @return false if it is not queued (already running or ended)
     */
    boolean cancelQueued(String id, String reason);

    /**
     * Asks the worker running job {@code id} to stop it ({@link JobRecord#cancelRequested()}).
     *
     * @return false if the job is not running
     */
    boolean requestCancel(String id);

    /** The running jobs of {@code workerId} whose cancellation was requested. */
    Set<String> cancelRequested(String workerId);

    /** Stamps the heartbeat of every running job of {@code workerId}: that worker is alive. */
    void heartbeat(String workerId);

    Optional<JobRecord> get(String id);

    /** The owner's jobs, newest first. */
    List<JobRecord> listByOwner(String owner);

    /** Every running job, of every worker. */
    List<JobRecord> listRunning();

    /** How many of the owner's jobs are queued or running. */
    int countActive(String owner);

    /**
     * Deletes the rows of ended jobs (succeeded, failed or cancelled) that finished before
     * {@code cutoffMillis} (milliseconds since the epoch, strictly before): their parameters,
     * metrics, results and errors are gone, and {@link #get} no longer finds them. Queued and
     * running jobs are never touched, however old. One statement
     * ({@code DELETE … WHERE status IN (…) AND finished_at < ?}); safe to call from several
     * processes sharing the store at once.
     *
     * @return how many jobs were deleted
     */
    int deleteEndedBefore(long cutoffMillis);

    /**
     * Whether this process is the only one using the store (an in-memory store, the embedded H2
     * file): then every job found running when a runner starts was left by a previous life of
     * this process.
     */
    default boolean exclusive() {
        return true;
    }

    /**
     * A feed of the jobs that changed, possibly in other processes. The default has no
     * notifications: it waits {@code pollMillis} and says "anything may have changed".
     */
    default JobChanges changes(long pollMillis) {
        return JobChanges.polling(pollMillis);
    }
}
