package dev.gradlab.server.jobs;

import java.time.Instant;

/**
 * A job as a {@link JobStore} keeps it: one row of a table. JSON columns hold text as shared-core
 * wrote it. Immutable; the store returns a new record after every change.
 *
 * @param id          opaque and unguessable
 * @param owner       the owner key (a user name, or "anonymous")
 * @param kind        the job kind, e.g. "glove-train"
 * @param paramsJson  the checked parameters with defaults filled in
 * @param status      where it is
 * @param progress    0 … 1
 * @param metricsJson the latest metric series reported, {@code {}} before the first
 * @param resultJson  the result once succeeded (a failed program keeps its partial output); else null
 * @param error       why it failed or was cancelled; else null
 * @param createdAt   when it was submitted
 * @param startedAt   when a worker took it; null while queued
 * @param finishedAt  when it ended; null before
 * @param workerId    the worker that claimed it ({@code host/pid/random}); null while queued
 * @param heartbeatAt when that worker last said it is alive (set at the claim, then every few
 *                    seconds while it runs); null while queued
 * @param cancelRequested its owner asked to cancel it while it ran; the worker stops it at its next check
 */
public record JobRecord(String id, String owner, String kind, String paramsJson, JobStatus status, double progress,
        String metricsJson, String resultJson, String error, Instant createdAt, Instant startedAt,
        Instant finishedAt, String workerId, Instant heartbeatAt, boolean cancelRequested) {
}
