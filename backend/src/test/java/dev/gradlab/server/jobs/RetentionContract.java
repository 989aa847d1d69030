package dev.gradlab.server.jobs;

import java.util.List;
import java.util.function.LongConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link JobStore} must do about retention ({@link JobStore#deleteEndedBefore}). The
 * in-memory store runs it in {@code JobRunnerTest}, the SQL store in {@code SqlJobStoreTest} (H2,
 * and PostgreSQL in the postgresql profile). {@code setNow} sets the store's clock, in epoch millis.
 */
public final class RetentionContract {
    private RetentionContract() {
    }

    /** Jobs that ended strictly before the cutoff are deleted and counted; the rest stay. */
    public static void deletesEndedJobsThatFinishedBeforeTheCutoff(JobStore store, LongConsumer setNow) {
        setNow.accept(1_700_000_000_000L);
        String succeeded = store.create("a", "k", "{}").id();
        String failed = store.create("a", "k", "{}").id();
        String cancelled = store.create("a", "k", "{}").id();
        setNow.accept(1_700_000_000_100L);
        assertTrue(store.finish(succeeded, JobStatus.SUCCEEDED, "{}", "{\"summary\":{}}", null));
        assertTrue(store.finish(failed, JobStatus.FAILED, null, null, "boom"));
        assertTrue(store.cancelQueued(cancelled, "cancelled by its owner"));
        setNow.accept(1_700_000_000_500L);
        String atCutoff = store.create("a", "k", "{}").id();
        assertTrue(store.cancelQueued(atCutoff, "cancelled by its owner"));
        setNow.accept(1_700_000_001_000L);
        String fresh = store.create("b", "k", "{}").id();
        assertTrue(store.finish(fresh, JobStatus.SUCCEEDED, "{}", "{}", null));

        assertEquals(3, store.deleteEndedBefore(1_700_000_000_500L));

        assertTrue(store.get(succeeded).isEmpty());
        assertTrue(store.get(failed).isEmpty());
        assertTrue(store.get(cancelled).isEmpty());
        assertEquals(List.of(atCutoff), store.listByOwner("a").stream().map(JobRecord::id).toList(),
                "finished at the cutoff itself: not before it");
        assertEquals(JobStatus.SUCCEEDED, store.get(fresh).orElseThrow().status());
        assertEquals(0, store.deleteEndedBefore(1_700_000_000_500L), "nothing left to delete");
    }

    /** Queued and running jobs are never deleted, however old. */
    public static void neverDeletesQueuedOrRunningJobs(JobStore store, LongConsumer setNow) {
        setNow.accept(1_000L);
        String running = store.create("a", "k", "{}").id();
        assertEquals(running, store.claimNextQueued("host/1/w").orElseThrow().id());
        String queued = store.create("a", "k", "{}").id();
        setNow.accept(1_700_000_000_000L);

        assertEquals(0, store.deleteEndedBefore(Long.MAX_VALUE));

        assertEquals(JobStatus.RUNNING, store.get(running).orElseThrow().status());
        assertEquals(JobStatus.QUEUED, store.get(queued).orElseThrow().status());
        assertEquals(2, store.countActive("a"));
    }
}
