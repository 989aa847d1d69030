package dev.gradlab.server.jobs;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        store.claimNextQueued();
        String waiting = store.create("a", "program", "{\"source\": \"print(2)\", \"seed\": 0}").id();
        try (JobRunner runner = new JobRunner(store, JobRunner.standardKinds(), JobsConfig.defaults()).start()) {
            JobRecord r = runner.get(crashed).orElseThrow();
            assertEquals(JobStatus.FAILED, r.status());
            assertEquals(JobRunner.RESTARTED, r.error());
            assertEquals(JobStatus.SUCCEEDED, awaitEnd(runner, waiting).status());
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
        assertTrue(store.claimNextQueued().isEmpty());
        assertEquals(0, store.countActive("a"));
    }
}
