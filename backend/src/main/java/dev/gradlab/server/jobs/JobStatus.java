package dev.gradlab.server.jobs;

import java.util.Locale;

/** Where a job is in its life: queued → running → succeeded | failed | cancelled. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    /** The name in the API and in a database column: "queued", "running", … */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named {@code s} as {@link #json()} writes it. */
    public static JobStatus of(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** Whether the job has ended (succeeded, failed or cancelled). */
    public boolean terminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
