package dev.gradlab.server.jobs;

/** An owner already has as many jobs queued or running as {@link JobsConfig#perUserLimit()} allows. */
public final class TooManyJobsException extends RuntimeException {
    private final int limit;

    public TooManyJobsException(int limit) {
        super("you already have " + limit + " jobs queued or running, the most allowed; wait for one to finish "
                + "or cancel one", null, false, false);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
