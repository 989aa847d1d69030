package dev.gradlab.server.jobs;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobRunnerTest {
    static final Map<String, Object> ENDLESS = Map.of("source", "while True:\n    x = 1");
    static final Map<String, Object> QUICK = Map.of("source", "print(6 * 7)");

    static JobRecord await(JobRunner runner, String id, Predicate<JobRecord> until) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        JobRecord r = runner.get(id).orElseThrow();
        while (!until.test(r)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out: " + r);
            }
            Thread.sleep(10);
            r = runner.get(id).orElseThrow();
        }
        return r;
    }

    static JobRecord awaitEnd(JobRunner runner, String id) throws InterruptedException {
        return await(runner, id, r -> r.status().terminal());
    }

    @Test
    void aJobPastItsWallTimeFailsSayingSo() throws Exception {
        try (JobRunner runner = new JobRunner(new InMemoryJobStore(), JobRunner.standardKinds(),
                JobsConfig.defaults().withWallTimeMillis(200)).start()) {
            JobRecord r = awaitEnd(runner, runner.submit("a", "program", ENDLESS).id());
            assertEquals(JobStatus.FAILED, r.status());
            assertEquals("the job ran longer than its wall-time limit of 0.2 s", r.error());
        }
    }

    @Test
    void oneWorkerRunsJobsInOrderAndAQueuedJobCancelsAtOnce() throws Exception {
        try (JobRunner runner = new JobRunner(new InMemoryJobStore(), JobRunner.standardKinds(),
                JobsConfig.defaults().withWorkers(1).withPerUserLimit(10)).start()) {
            String first = runner.submit("a", "program", ENDLESS).id();
            String second = runner.submit("a", "program", QUICK).id();
            String third = runner.submit("a", "program", QUICK).id();
            await(runner, first, r -> r.status() == JobStatus.RUNNING);
            assertEquals(JobStatus.QUEUED, runner.get(second).orElseThrow().status());
            assertEquals(JobStatus.CANCELLED, runner.cancel(second).orElseThrow().status(), "no wait for a queued job");
            runner.cancel(first);
            assertEquals(JobStatus.CANCELLED, awaitEnd(runner, first).status());
            JobRecord done = awaitEnd(runner, third);
            assertEquals(JobStatus.SUCCEEDED, done.status());
            assertTrue(done.resultJson().contains("\"stdout\":\"42\\n\""), done.resultJson());
            assertFalse(done.startedAt().isBefore(runner.get(first).orElseThrow().finishedAt()));
            assertEquals(List.of(third, second, first), runner.list("a").stream().map(JobRecord::id).toList());
        }
    }

    @Test
    void jobsLeftRunningByAStoppedServerFailWithAReasonAtStartAndQueuedOnesRun() throws Exception {
        InMemoryJobStore store = new InMemoryJobStore();
        String crashed = store.create("a", "program", "{\"source\": \"print(1)\", \"seed\": 0}").id();
        store.claimNextQueued("elsewhere/1/0");
        String waiting = store.create("a", "program", "{\"source\": \"print(2)\", \"seed\": 0}").id();
        try (JobRunner runner = new JobRunner(store, JobRunner.standardKinds(), JobsConfig.defaults()).start()) {
            JobRecord r = runner.get(crashed).orElseThrow();
            assertEquals(JobStatus.FAILED, r.status());
            assertEquals(JobRunner.RESTARTED, r.error());
            assertEquals(JobStatus.SUCCEEDED, awaitEnd(runner, waiting).status());
        }
    }

    /** A clock the test sets. */
    static final class SetClock extends Clock {
        volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Queues a job and lets {@code workerId} claim it at {@code at}. */
    static String claimed(InMemoryJobStore store, SetClock clock, String workerId, Instant at) {
        clock.now = at;
        String id = store.create("a", "program", "{\"source\": \"print(1)\", \"seed\": 0}").id();
        assertEquals(id, store.claimNextQueued(workerId).orElseThrow().id());
        return id;
    }

    @Test
    void onASharedStoreOnlyJobsOfGoneWorkersFailAtStartAndLaterOnesWhenTheirHeartbeatStops() throws Exception {
        SetClock clock = new SetClock();
        InMemoryJobStore store = new InMemoryJobStore(clock, false);
        WorkerId previous = WorkerId.next();
        previous.retire();
        String host = previous.toString().substring(0, previous.toString().indexOf('/'));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Instant now = Instant.now();
        String ofPreviousLife = claimed(store, clock, previous.toString(), now);
        String ofDeadProcess = claimed(store, clock, host + "/" + gone.pid() + "/1", now);
        String silent = claimed(store, clock, "elsewhere/1/1", now.minusSeconds(120));
        String alive = claimed(store, clock, "elsewhere/2/2", now);
        String ofRunningJvm = claimed(store, clock, WorkerId.next().toString(), now);
        clock.now = Instant.now();
        try (JobRunner runner = new JobRunner(store, JobRunner.standardKinds(),
                JobsConfig.defaults().withWorkers(0).withLiveness(100, 1_000)).start()) {
            assertEquals(JobRunner.RESTARTED, runner.get(ofPreviousLife).orElseThrow().error());
            assertEquals(JobRunner.LOST, runner.get(ofDeadProcess).orElseThrow().error());
            assertEquals(JobRunner.LOST, runner.get(silent).orElseThrow().error());
            assertEquals(JobStatus.RUNNING, runner.get(alive).orElseThrow().status(), "its heartbeat is fresh");
            assertEquals(JobStatus.RUNNING, runner.get(ofRunningJvm).orElseThrow().status(), "another runner of this JVM");
            JobRecord lost = awaitEnd(runner, alive);
            assertEquals(JobRunner.LOST, lost.error(), "no heartbeat for a second");
            assertEquals(JobStatus.FAILED, lost.status());
        }
    }

    @Test
    void closingTheRunnerFailsTheRunningJobs() throws Exception {
        InMemoryJobStore store = new InMemoryJobStore();
        JobRunner runner = new JobRunner(store, JobRunner.standardKinds(), JobsConfig.defaults()).start();
        String id = runner.submit("a", "program", ENDLESS).id();
        await(runner, id, r -> r.status() == JobStatus.RUNNING);
        runner.close();
        JobRecord r = store.get(id).orElseThrow();
        assertEquals(JobStatus.FAILED, r.status());
        assertEquals(JobRunner.STOPPED, r.error());
    }

    @Test
    void aFailingProgramFailsWithItsErrorAndKeepsItsOutput() throws Exception {
        try (JobRunner runner = new JobRunner(new InMemoryJobStore(), JobRunner.standardKinds(),
                JobsConfig.defaults()).start()) {
            JobRecord r = awaitEnd(runner, runner.submit("a", "program",
                    Map.of("source", "print(\"before\")\nx = undefined_name")).id());
            assertEquals(JobStatus.FAILED, r.status());
            assertTrue(r.error().startsWith("line 2, column"), r.error());
            assertTrue(r.resultJson().contains("before"), r.resultJson());
        }
    }

    @Test
    void theStoreEndsAJobOnlyOnce() {
        InMemoryJobStore store = new InMemoryJobStore();
        String id = store.create("a", "k", "{}").id();
        assertTrue(store.finish(id, JobStatus.CANCELLED, null, null, "x"));
        assertFalse(store.finish(id, JobStatus.SUCCEEDED, null, "{}", null));
        assertFalse(store.cancelQueued(id, "y"));
        assertEquals(JobStatus.CANCELLED, store.get(id).orElseThrow().status());
        assertTrue(store.claimNextQueued("w").isEmpty());
        assertEquals(0, store.countActive("a"));
    }

    @Test
    void theStoreDeletesEndedJobsThatFinishedBeforeTheCutoffAndCountsThem() {
        SetClock clock = new SetClock();
        RetentionContract.deletesEndedJobsThatFinishedBeforeTheCutoff(new InMemoryJobStore(clock),
                ms -> clock.now = Instant.ofEpochMilli(ms));
    }

    @Test
    void theStoreNeverDeletesQueuedOrRunningJobsHoweverOld() {
        SetClock clock = new SetClock();
        RetentionContract.neverDeletesQueuedOrRunningJobs(new InMemoryJobStore(clock),
                ms -> clock.now = Instant.ofEpochMilli(ms));
    }

    /** Waits until job {@code id} is no longer in the runner's store. */
    static void awaitGone(JobRunner runner, String id) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (runner.get(id).isPresent()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("never deleted: " + runner.get(id));
            }
            Thread.sleep(10);
        }
    }

    /** Queues a job and ends it (cancelled) at {@code at}. */
    static String endedAt(InMemoryJobStore store, SetClock clock, Instant at) {
        clock.now = at;
        String id = store.create("a", "program", "{\"source\": \"print(1)\", \"seed\": 0}").id();
        assertTrue(store.cancelQueued(id, CANCELLED_BY_TEST));
        return id;
    }

    static final String CANCELLED_BY_TEST = "cancelled by the test";

    @Test
    void theSweepDeletesAJobThatEndedLongerAgoThanTheRetentionAndKeepsAFreshOne() throws Exception {
        SetClock clock = new SetClock();
        InMemoryJobStore store = new InMemoryJobStore(clock);
        Instant now = Instant.now();
        try (JobRunner runner = new JobRunner(store, JobRunner.standardKinds(), JobsConfig.defaults().withWorkers(0)
                .withKeepEndedMillis(7 * JobsConfig.DAY_MILLIS).withSweepMillis(50)).start()) {
            String old = endedAt(store, clock, now.minus(Duration.ofDays(8)));
            String fresh = endedAt(store, clock, now.minus(Duration.ofDays(6)));
            clock.now = now.minus(Duration.ofDays(100));
            String queued = store.create("a", "program", "{\"source\": \"print(1)\", \"seed\": 0}").id();

            awaitGone(runner, old);
            Thread.sleep(200);

            assertEquals(CANCELLED_BY_TEST, runner.get(fresh).orElseThrow().error(), "ended 6 days ago: kept 7");
            assertEquals(JobStatus.QUEUED, runner.get(queued).orElseThrow().status(), "never ended: never deleted");
            assertEquals(List.of(queued, fresh), runner.list("a").stream().map(JobRecord::id).toList());
        }
    }

    @Test
    void aRunnerDeletesJobsThatEndedLongerAgoThanTheRetentionWhenItStarts() throws Exception {
        SetClock clock = new SetClock();
        InMemoryJobStore store = new InMemoryJobStore(clock);
        Instant now = Instant.now();
        String old = endedAt(store, clock, now.minus(Duration.ofDays(JobsConfig.DEFAULT_KEEP_ENDED_DAYS + 1)));
        String fresh = endedAt(store, clock, now.minus(Duration.ofDays(JobsConfig.DEFAULT_KEEP_ENDED_DAYS - 1)));
        clock.now = now;
        JobsConfig hourly = JobsConfig.defaults().withWorkers(0);
        assertEquals(60 * 60_000L, hourly.sweepMillis());
        try (JobRunner runner = new JobRunner(store, JobRunner.standardKinds(), hourly).start()) {
            awaitGone(runner, old);
            assertEquals(List.of(fresh), runner.list("a").stream().map(JobRecord::id).toList());
        }
    }

    @Test
    void aRetentionOrSweepIntervalShorterThanOneMillisecondIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JobsConfig.defaults().withKeepEndedMillis(0));
        assertThrows(IllegalArgumentException.class, () -> JobsConfig.defaults().withSweepMillis(0));
        assertEquals(30 * JobsConfig.DAY_MILLIS, JobsConfig.defaults().keepEndedMillis());
    }
}
