package dev.gradlab.server.jobs;

/**
 * Follows one job (an event stream). Called from worker threads: implementations hand the work
 * to their own thread and return at once.
 */
public interface JobListener {
    /** The job's progress (0 … 1) and latest metrics as JSON. */
    void progress(double progress, String metricsJson);

    /** The job ended; called once, last. */
    void done(JobRecord record);
}
