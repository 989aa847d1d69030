package dev.gradlab.core.jobs;

/**
 * A job that ended with an error a user should read (e.g. a student's program that failed), with
 * the partial result worth keeping (what the program printed and plotted before the error).
 */
public final class JobFailedException extends RuntimeException {
    private final String resultJson;

    public JobFailedException(String message, String resultJson) {
        super(message, null, false, false);
        this.resultJson = resultJson;
    }

    /** The partial result as JSON, or null. */
    public String resultJson() {
        return resultJson;
    }
}
