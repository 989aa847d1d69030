package dev.gradlab.server.jobs;

import java.util.Set;

/**
 * Tells a server which jobs changed, wherever they run: PostgreSQL's {@code LISTEN gradlab_jobs}
 * (the store sends {@code NOTIFY gradlab_jobs, '<id>'} with every change) or, without
 * notifications, a plain timer after which every followed job must be read again. Used by one
 * thread.
 */
public interface JobChanges extends AutoCloseable {
    /**
     * Waits up to {@code timeoutMillis} for changes.
     *
     * @return the ids of the jobs that changed (empty after a quiet wait), or null when it cannot
     *         tell (polling, or notifications may have been lost): then every followed job may have changed
     */
    Set<String> await(long timeoutMillis) throws InterruptedException;

    @Override
    void close();

    /** No notifications: sleeps {@code min(timeout, intervalMillis)} and answers null. */
    static JobChanges polling(long intervalMillis) {
        return new JobChanges() {
            @Override
            public Set<String> await(long timeoutMillis) throws InterruptedException {
                Thread.sleep(Math.max(1, Math.min(timeoutMillis, intervalMillis)));
                return null;
            }

            @Override
            public void close() {
            }
        };
    }
}
