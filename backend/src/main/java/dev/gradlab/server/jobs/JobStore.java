package dev.gradlab.server.jobs;

import java.util.List;
import java.util.Optional;

/**
 * Where jobs live: the queue, their progress and their results. Every method is one statement on
 * one row (or one ordered scan), so a SQL table with the columns of {@link JobRecord} backs it
 * directly; the conditional updates ("only if still queued") are {@code UPDATE … WHERE status = …}
 * and must be atomic. Implementations are thread-safe.
 */
public interface JobStore {
    /** Inserts a queued job with a new unique id, progress 0 and metrics {@code {}}. */
    JobRecord create(String owner, String kind, String paramsJson);

    /**
     * Takes the oldest queued job (FIFO by creation) and marks it running with its start time, so
     * that no other worker gets it ({@code SELECT … FOR UPDATE SKIP LOCKED} or one conditional
     * update). Empty when nothing is queued.
     */
    Optional<JobRecord> claimNextQueued();

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

    Optional<JobRecord> get(String id);

    /** The owner's jobs, newest first. */
    List<JobRecord> listByOwner(String owner);

    /** How many of the owner's jobs are queued or running. */
    int countActive(String owner);

    /**
     * Marks every running job failed with {@code reason}: at startup, for jobs a stopped server
     * left running. Queued jobs stay queued and run again.
     *
     * @return how many jobs it failed
     */
    int failInterrupted(String reason);
}
