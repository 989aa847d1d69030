package dev.gradlab.server.http;

import dev.gradlab.server.jobs.JobListener;
import dev.gradlab.server.jobs.JobRecord;
import dev.gradlab.server.jobs.JobRunner;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open event streams of {@code GET /api/jobs/{id}/events}. Every write to a stream happens on
 * one thread of this class, in order (so a worker never blocks on a slow client, and a stream
 * sees its events in the order the job produced them): {@code progress} events
 * {@code {"progress", "metrics"}}, a {@code :heartbeat} comment every heartbeat interval, and one
 * {@code done} event {@code {"id", "status", "progress", "error"?}} after which the stream is
 * closed. A client that went away is noticed at the next write and removed.
 */
public final class JobEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobEvents.class);

    private final JobRunner runner;
    private final ScheduledExecutorService io;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();

    public JobEvents(JobRunner runner, long heartbeatMillis) {
        this.runner = runner;
        this.io = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gradlab-job-events");
            t.setDaemon(true);
            return t;
        });
        io.scheduleAtFixedRate(this::heartbeat, heartbeatMillis, heartbeatMillis, TimeUnit.MILLISECONDS);
    }

    /** Streams job {@code id} to {@code client} until the job ends or the client goes away. */
    void open(SseClient client, String id) {
        Stream s = new Stream(client, id);
        streams.add(s);
        client.onClose(() -> {
            streams.remove(s);
            runner.unsubscribe(id, s);
        });
        client.keepAlive();
        runner.subscribe(id, s);
    }

    /** The number of open streams. */
    public int openStreams() {
        return streams.size();
    }

    private void heartbeat() {
        for (Stream s : streams) {
            s.write(() -> s.client.sendComment("heartbeat"));
        }
    }

    /** Closes every stream and the event thread. */
    @Override
    public void close() {
        for (Stream s : streams) {
            s.client.close();
        }
        io.shutdownNow();
    }

    private final class Stream implements JobListener {
        final SseClient client;
        final String id;

        Stream(SseClient client, String id) {
            this.client = client;
            this.id = id;
        }

        @Override
        public void progress(double progress, String metricsJson) {
            String data = "{\"progress\":" + progress + ",\"metrics\":" + metricsJson + "}";
            write(() -> client.sendEvent("progress", data));
        }

        @Override
        public void done(JobRecord r) {
            String data = JobRoutes.doneEvent(r);
            write(() -> {
                client.sendEvent("done", data);
                client.close();
            });
        }

        /** Runs {@code send} on the event thread unless the client has gone. */
        void write(Runnable send) {
            try {
                io.execute(() -> {
                    if (client.terminated()) {
                        return;
                    }
                    try {
                        send.run();
                    } catch (RuntimeException e) {
                        LOG.debug("event stream of job {} failed; closing it", id, e);
                        client.close();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                client.close();
            }
        }
    }
}
