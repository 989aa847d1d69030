package dev.gradlab.server.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two runners on one store, as two processes on one database without notifications: one only
 * serves ({@code workers 0}), the other runs the jobs. The serving runner's listeners are fed by
 * reading the store every poll interval, and its cancellations reach the job through the flag.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CrossRunnerTest {
    /** Records what a listener gets. */
    static final class Recorder implements JobListener {
        final List<Double> progress = new CopyOnWriteArrayList<>();
        final List<String> metrics = new CopyOnWriteArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);
        volatile JobRecord end;
        volatile int doneCalls;

        @Override
        public void progress(double p, String metricsJson) {
            progress.add(p);
            metrics.add(metricsJson);
        }

        @Override
        public void done(JobRecord r) {
            end = r;
            doneCalls++;
            done.countDown();
        }
    }

    @Test
    void aServingRunnerFollowsAndCancelsJobsThatAnotherRunnerRuns() throws Exception {
        InMemoryJobStore store = new InMemoryJobStore(java.time.Clock.systemUTC(), false);
        JobsConfig base = JobsConfig.defaults().withPollMillis(50).withQueuePollMillis(50).withProgressMillis(0);
        try (JobRunner serving = new JobRunner(store, JobRunner.standardKinds(), base.withWorkers(0)).start();
             JobRunner working = new JobRunner(store, JobRunner.standardKinds(), base.withWorkers(1)).start()) {
            String id = serving.submit("ada", "glove-train", Map.of("epochs", 300, "maxVocab", 100)).id();
            Recorder r = new Recorder();
            serving.subscribe(id, r);
            assertTrue(r.done.await(90, TimeUnit.SECONDS), "done arrived");
            assertEquals(JobStatus.SUCCEEDED, r.end.status());
            assertEquals(working.workerId(), store.get(id).orElseThrow().workerId(), "the other runner ran it");
            long between = r.progress.stream().filter(p -> p > 0 && p < 1).count();
            assertTrue(between >= 2, "progress read from the store while it ran: " + r.progress);
            for (int i = 1; i < r.progress.size(); i++) {
                assertTrue(r.progress.get(i) >= r.progress.get(i - 1), "never back: " + r.progress);
            }
            assertEquals(1.0, r.progress.get(r.progress.size() - 1));
            assertEquals(store.get(id).orElseThrow().metricsJson(), r.metrics.get(r.metrics.size() - 1));
            Thread.sleep(200);
            assertEquals(1, r.doneCalls, "done comes once");
            assertEquals(0, serving.listenerCount());

            String endless = serving.submit("ada", "program", Map.of("source", "while True:\n    x = 1")).id();
            JobRunnerTest.await(serving, endless, j -> j.status() == JobStatus.RUNNING);
            Recorder c = new Recorder();
            serving.subscribe(endless, c);
            assertEquals(JobStatus.RUNNING, serving.cancel(endless).orElseThrow().status(), "stopping elsewhere");
            assertTrue(c.done.await(30, TimeUnit.SECONDS));
            assertEquals(JobStatus.CANCELLED, c.end.status());
            assertEquals(JobRunner.CANCELLED, c.end.error());
        }
    }
}
