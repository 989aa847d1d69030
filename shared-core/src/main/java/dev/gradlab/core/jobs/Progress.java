package dev.gradlab.core.jobs;

/**
 * How a running job talks to whoever runs it (the server's job runner, a test, a CLI): it reports
 * how far it is with the metrics so far, and asks whether it should stop. Jobs ask
 * {@link #cancelled()} often (at least once per epoch, trial or chunk of steps) and then throw
 * {@link JobCancelledException}; shared-core has no threads, so this is the only way to stop one.
 */
public interface Progress {
    /**
     * @param fraction how much is done, in [0, 1]
     * @param metrics  the series so far (e.g. the loss per epoch); the job does not change it afterwards
     */
    void report(double fraction, Metrics metrics);

    /** Whether the job should stop now (cancelled by its owner or out of time). */
    boolean cancelled();

    /** Throws {@link JobCancelledException} if {@link #cancelled()}. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new JobCancelledException();
        }
    }

    /** A progress that ignores reports and never cancels. */
    static Progress none() {
        return new Progress() {
            @Override
            public void report(double fraction, Metrics metrics) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
