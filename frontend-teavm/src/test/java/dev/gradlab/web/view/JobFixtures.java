package dev.gradlab.web.view;

import dev.gradlab.core.jobs.Corpus;
import dev.gradlab.core.jobs.JobKind;
import dev.gradlab.core.jobs.JobKinds;
import dev.gradlab.core.jobs.JobResult;
import dev.gradlab.core.jobs.Metrics;
import dev.gradlab.core.jobs.Progress;
import dev.gradlab.core.json.JsonWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Real job documents for the view tests, made by shared-core's job kinds as the server makes them. */
final class JobFixtures {
    static final JobKinds KINDS = JobKinds.standard(corpus());

    private JobFixtures() {
    }

    private static Corpus corpus() {
        try (InputStream in = Corpus.class.getResourceAsStream(Corpus.RESOURCE)) {
            return Corpus.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET /api/jobs/kinds. */
    static String kindsJson() {
        return KINDS.toJson();
    }

    /** A kind run to the end; {@code events} gets each progress event's data as the server sends it. */
    static JobResult run(String kind, Map<String, Object> params, List<String> events) {
        JobKind k = KINDS.require(kind);
        return k.run(k.validate(params), new Progress() {
            @Override
            public void report(double fraction, Metrics metrics) {
                JsonWriter w = new JsonWriter().beginObject().name("progress").value(fraction).name("metrics");
                metrics.write(w);
                events.add(w.endObject().toString());
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
    }

    /** GET /api/jobs/{id} of a succeeded job with {@code result}. */
    static String jobJson(String kind, JobResult result) {
        return "{\"id\":\"j1\",\"kind\":\"" + kind + "\",\"status\":\"succeeded\",\"progress\":1.0,\"params\":{},"
                + "\"metrics\":{},\"result\":" + result.toJson() + "}";
    }

    static List<String> events() {
        return new ArrayList<>();
    }
}
