package dev.gradlab.core.jobs;

/** Thrown by a job that stopped because {@link Progress#cancelled()} answered true. */
public final class JobCancelledException extends RuntimeException {
    public JobCancelledException() {
        super("the job was stopped", null, false, false);
    }
}
