package dev.gradlab.server.store;

import dev.gradlab.server.jobs.JobChanges;
import dev.gradlab.server.jobs.JobRecord;
import dev.gradlab.server.jobs.JobStatus;
import dev.gradlab.server.jobs.RetentionContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jobs table: on H2 always, and on PostgreSQL in the postgresql profile. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SqlJobStoreTest {
    static final String PARAMS = "{\"source\":\"print(\\\"é ∂\\\")\",\"seed\":0}";
    @TempDir
    Path data;
    String url = TestDb.freshUrl();
    Database db;
    final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    SqlJobStore store;

    @BeforeEach
    void open() {
        db = Database.open(data, url);
        store = new SqlJobStore(db, now::get);
    }

    @AfterEach
    void close() {
        db.close();
    }

    String create(String owner) {
        now.incrementAndGet();
        return store.create(owner, "program", PARAMS).id();
    }

    @Test
    void aNewJobIsQueuedAndListedNewestFirstPerOwner() {
        String first = create("alice");
        String second = create("alice");
        String bobs = create("bob");
        JobRecord r = store.get(first).orElseThrow();
        assertEquals("alice", r.owner());
        assertEquals("program", r.kind());
        assertEquals(PARAMS, r.paramsJson());
        assertEquals(JobStatus.QUEUED, r.status());
        assertEquals(0, r.progress());
        assertEquals("{}", r.metricsJson());
        assertNull(r.resultJson());
        assertEquals(Instant.ofEpochMilli(1_700_000_000_001L), r.createdAt());
        assertNull(r.startedAt());
        assertNull(r.workerId());
        assertFalse(r.cancelRequested());
        assertEquals(32, first.length());
        assertEquals(List.of(second, first), store.listByOwner("alice").stream().map(JobRecord::id).toList());
        assertEquals(List.of(bobs), store.listByOwner("bob").stream().map(JobRecord::id).toList());
        assertEquals(2, store.countActive("alice"));
        assertTrue(store.get("nope").isEmpty());
    }

    @Test
    void claimsTakeTheOldestQueuedJobAndMarkItRunningByTheWorker() {
        String first = create("a");
        String second = create("b");
        now.set(1_800_000_000_000L);
        JobRecord r = store.claimNextQueued("host/1/w").orElseThrow();
        assertEquals(first, r.id());
        assertEquals(JobStatus.RUNNING, r.status());
        assertEquals("host/1/w", r.workerId());
        assertEquals(Instant.ofEpochMilli(1_800_000_000_000L), r.startedAt());
        assertEquals(r.startedAt(), r.heartbeatAt());
        assertEquals(second, store.claimNextQueued("host/2/w").orElseThrow().id());
        assertTrue(store.claimNextQueued("host/1/w").isEmpty());
        assertEquals(List.of(first, second), store.listRunning().stream().map(JobRecord::id).toList());
    }

    @Test
    void concurrentClaimsTakeEveryJobExactlyOnce() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            ids.add(create("o" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            String worker = "host/1/" + t;
            Callable<List<String>> claimAll = () -> {
                List<String> mine = new ArrayList<>();
                for (Optional<JobRecord> r; (r = store.claimNextQueued(worker)).isPresent(); ) {
                    mine.add(r.get().id());
                }
                return mine;
            };
            runs.add(pool.submit(claimAll));
        }
        List<String> claimed = new ArrayList<>();
        for (Future<List<String>> f : runs) {
            claimed.addAll(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(40, claimed.size(), "no job twice");
        assertEquals(ids, new HashSet<>(claimed), "every job once");
    }

    @Test
    void aClaimSkipsARowAnotherTransactionHoldsWithoutWaiting() throws Exception {
        String first = create("a");
        String second = create("b");
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM jobs WHERE id = ? FOR UPDATE")) {
                st.setString(1, first);
                st.executeQuery().close();
            }
            long t0 = System.nanoTime();
            Optional<JobRecord> r = store.claimNextQueued("host/1/w");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 2_000, "the claim waited " + ms + " ms for the locked row");
            // Both skip the locked row. (H2's own ORDER BY … LIMIT 1 FOR UPDATE locks every row it
            // read, though, so two claims at once would not get one job each there: SqlJobStore
            // serialises claims on H2.)
            assertEquals(second, r.orElseThrow().id());
            c.rollback();
        }
        assertEquals(JobStatus.QUEUED, store.get(first).orElseThrow().status());
    }

    @Test
    void aJobEndsOnlyOnceKeepingItsMetricsUnlessGivenNewOnes() {
        String id = create("a");
        store.claimNextQueued("w");
        store.updateProgress(id, 0.25, "{\"epoch\":[1]}");
        assertEquals(0.25, store.get(id).orElseThrow().progress());
        assertFalse(store.cancelQueued(id, "x"), "it is running");
        assertTrue(store.finish(id, JobStatus.FAILED, null, "{\"stdout\":\"hi\"}", "line 2, column 5: boom"));
        JobRecord r = store.get(id).orElseThrow();
        assertEquals(JobStatus.FAILED, r.status());
        assertEquals("{\"epoch\":[1]}", r.metricsJson());
        assertEquals("{\"stdout\":\"hi\"}", r.resultJson());
        assertEquals("line 2, column 5: boom", r.error());
        assertEquals(0.25, r.progress());
        assertFalse(store.finish(id, JobStatus.SUCCEEDED, "{}", "{}", null));
        store.updateProgress(id, 0.5, "{}");
        assertEquals(0.25, store.get(id).orElseThrow().progress(), "an ended job takes no progress");
        String ok = create("a");
        store.claimNextQueued("w");
        assertTrue(store.finish(ok, JobStatus.SUCCEEDED, "{\"epoch\":[1,2]}", "{\"summary\":{}}", null));
        assertEquals(1.0, store.get(ok).orElseThrow().progress());
        assertEquals(0, store.countActive("a"));
    }

    @Test
    void aQueuedJobIsCancelledAtOnceARunningOneIsFlaggedForItsWorker() {
        String queued = create("a");
        String running = create("a");
        assertTrue(store.cancelQueued(queued, "cancelled by its owner"));
        assertEquals(JobStatus.CANCELLED, store.get(queued).orElseThrow().status());
        assertEquals("cancelled by its owner", store.get(queued).orElseThrow().error());
        assertFalse(store.requestCancel(queued), "it has ended");
        assertEquals(running, store.claimNextQueued("host/1/w").orElseThrow().id());
        String other = create("b");
        store.claimNextQueued("host/2/w");
        assertEquals(Set.of(), store.cancelRequested("host/1/w"));
        assertTrue(store.requestCancel(running));
        assertTrue(store.get(running).orElseThrow().cancelRequested());
        assertEquals(Set.of(running), store.cancelRequested("host/1/w"));
        assertEquals(Set.of(), store.cancelRequested("host/2/w"));
        assertFalse(store.get(other).orElseThrow().cancelRequested());
    }

    @Test
    void aHeartbeatStampsOnlyTheRunningJobsOfItsWorker() {
        String mine = create("a");
        String theirs = create("b");
        store.claimNextQueued("host/1/w");
        store.claimNextQueued("host/2/w");
        now.set(1_900_000_000_000L);
        store.heartbeat("host/1/w");
        assertEquals(Instant.ofEpochMilli(1_900_000_000_000L), store.get(mine).orElseThrow().heartbeatAt());
        assertTrue(store.get(theirs).orElseThrow().heartbeatAt().isBefore(Instant.ofEpochMilli(1_900_000_000_000L)));
    }

    @Test
    void theOwnersLimitHoldsUnderConcurrentSubmissions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tries.add(pool.submit(() -> store.createWithin("eve", "program", PARAMS, 3).isPresent()));
        }
        int created = 0;
        for (Future<Boolean> f : tries) {
            created += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(3, created);
        assertEquals(3, store.countActive("eve"));
        assertTrue(store.createWithin("mallory", "program", PARAMS, 3).isPresent(), "the limit is per owner");
    }

    @Test
    void anEndedJobAndItsResultAreThereAfterTheDatabaseIsReopened() {
        String id = create("a");
        store.claimNextQueued("w");
        store.finish(id, JobStatus.SUCCEEDED, "{\"n\":[1]}", "{\"summary\":{\"loss\":0.5}}", null);
        db.close();
        db = Database.open(data, url);
        JobRecord r = new SqlJobStore(db).get(id).orElseThrow();
        assertEquals(JobStatus.SUCCEEDED, r.status());
        assertEquals("{\"summary\":{\"loss\":0.5}}", r.resultJson());
        assertEquals("{\"n\":[1]}", r.metricsJson());
    }

    @Test
    void deletingEndedJobsRemovesThoseThatFinishedBeforeTheCutoffAndCountsThem() {
        RetentionContract.deletesEndedJobsThatFinishedBeforeTheCutoff(store, now::set);
    }

    @Test
    void deletingEndedJobsNeverTouchesQueuedOrRunningJobsHoweverOld() {
        RetentionContract.neverDeletesQueuedOrRunningJobs(store, now::set);
    }

    @Test
    void changesAreNotifiedOnPostgresqlAndPolledElsewhere() throws Exception {
        try (JobChanges changes = store.changes(50)) {
            assertNull(changes.await(1_000), "at first nothing is known");
            String id = create("a");
            store.claimNextQueued("w");
            if (!db.isPostgres()) {
                assertNull(changes.await(1_000), "H2 has no notifications: read everything again");
                assertTrue(store.exclusive());
                return;
            }
            assertFalse(store.exclusive());
            Set<String> seen = new HashSet<>();
            long end = System.nanoTime() + 10_000_000_000L;
            store.updateProgress(id, 0.5, "{}");
            while (!seen.contains(id) && System.nanoTime() < end) {
                Set<String> got = changes.await(500);
                assertTrue(got != null, "connected: the ids are known");
                seen.addAll(got);
            }
            assertTrue(seen.contains(id), "NOTIFY gradlab_jobs, '" + id + "' arrived");
        }
    }
}
