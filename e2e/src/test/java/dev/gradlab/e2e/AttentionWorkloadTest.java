package dev.gradlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.core.selftest.Workloads;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Attention forward + backward (n = 128, d = 64) in both browser builds and on the JVM in this
 * process: the results must agree (checksum to 1e-12); the timings are reported in
 * {@code target/benchmarks/attention.txt} for docs/benchmarks.md — a measurement, not an assertion.
 */
class AttentionWorkloadTest extends PageTest {
    static final int N = 128;
    static final int D = 64;
    static final int REPS = 15;

    @Test
    void attentionForwardBackwardGivesTheJvmChecksumInBothBuildsAndIsTimed() throws Exception {
        double jvmChecksum = Workloads.attentionForwardBackward(N, D, 1);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "attention forward+backward, n=%d d=%d, median of %d runs after 2 warm-up runs%n", N, D, REPS));
        report.append(String.format(Locale.ROOT, "jvm   %8.2f ms%n", jvmMedianMs()));
        for (String engine : Arrays.asList("js", "wasm")) {
            open("/?engine=" + engine);
            assertEquals(engine, page.evaluate("() => window.gradlab.engine"));
            JsonNode r = CrossRuntimeTest.JSON.readTree(String.valueOf(page.evaluate(
                    "([n, d, reps]) => window.gradlab.attentionWorkload(n, d, reps)", Arrays.asList(N, D, REPS))));
            SelftestTest.assertClose(jvmChecksum, r.get("checksum").asDouble(), "checksum on " + engine);
            report.append(String.format(Locale.ROOT, "%-5s %8.2f ms (min %.2f)%n", engine,
                    r.get("medianMs").asDouble(), r.get("minMs").asDouble()));
        }
        Path out = Paths.get("target", "benchmarks", "attention.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
    }

    static double jvmMedianMs() {
        for (int i = 0; i < 300; i++) {
            Workloads.attentionForwardBackward(N, D, 1);
        }
        double[] ms = new double[REPS];
        for (int i = 0; i < REPS; i++) {
            long t = System.nanoTime();
            Workloads.attentionForwardBackward(N, D, 1);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[REPS / 2];
    }
}
