package dev.gradlab.web.app;

import dev.gradlab.core.json.JsonWriter;
import dev.gradlab.core.selftest.Workloads;
import dev.gradlab.web.dom.Clock;

import java.util.Arrays;

/**
 * Times {@link Workloads#attentionForwardBackward} in this engine (JS or WasmGC) with the
 * browser's clock, so the e2e benchmark can compare it with the JVM on the same machine.
 */
final class WorkloadApi {
    private WorkloadApi() {
    }

    /**
     * Runs the workload twice to warm up, then {@code reps} timed times.
     *
     * @return {"n", "d", "reps", "medianMs", "minMs", "checksum"}
     */
    static String attention(int n, int d, int reps) {
        int runs = Math.max(1, reps);
        double checksum = 0;
        for (int i = 0; i < 2; i++) {
            checksum = Workloads.attentionForwardBackward(n, d, 1);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            double start = Clock.now();
            checksum = Workloads.attentionForwardBackward(n, d, 1);
            ms[i] = Clock.now() - start;
        }
        Arrays.sort(ms);
        return new JsonWriter().beginObject().name("n").value(n).name("d").value(d).name("reps").value(runs)
                .name("medianMs").value(ms[runs / 2]).name("minMs").value(ms[0]).name("checksum").value(checksum)
                .endObject().toString();
    }
}
