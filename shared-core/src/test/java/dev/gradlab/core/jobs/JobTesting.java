package dev.gradlab.core.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Helpers for job tests: the shipped corpus, parameters, and a progress that records. */
final class JobTesting {
    private JobTesting() {
    }

    static final Corpus CORPUS = loadCorpus();

    static Corpus loadCorpus() {
        try (InputStream in = Corpus.class.getResourceAsStream(Corpus.RESOURCE)) {
            return Corpus.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final JobKinds KINDS = JobKinds.standard(CORPUS);

    /** name1, value1, name2, value2, … */
    static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static JobResult run(String kind, Object... kv) {
        JobKind k = KINDS.require(kind);
        return k.run(k.validate(params(kv)), Progress.none());
    }

    /** Records the fractions reported; cancels after {@code cancelAfter} reports (never if negative). */
    static final class Recorder implements Progress {
        final List<Double> fractions = new ArrayList<>();
        Metrics last;
        private final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void report(double fraction, Metrics metrics) {
            fractions.add(fraction);
            last = metrics;
        }

        @Override
        public boolean cancelled() {
            return cancelAfter >= 0 && fractions.size() >= cancelAfter;
        }
    }
}
