package dev.gradlab.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attention stepper's recompute at n = 64 (d = 8, two heads, causal; 11 stages, 22 heatmaps),
 * timed in the page with performance.now() around a toggle of the causal checkbox: the handler runs
 * synchronously (recompute, every stage redrawn, large heatmaps painted) and a layout is forced.
 * Also the time until the next frame has been produced. Both builds; the report goes to
 * {@code target/benchmarks/attention-stepper.txt}. The target is a median ≤ 50 ms; the figure is reported, not asserted.
 */
class AttentionStepperBenchTest extends PageTest {
    static final int WARMUP = 3;
    static final int RUNS = 15;
    static final String QUERY = "n=64&d=8&heads=2&causal=1";

    static final String PERFORMER = "n=64&d=8&mode=performer&m=64";

    static final String TIME_M = "m => { const box = document.getElementById('att-m'); const t0 = performance.now();"
            + " box.value = String(m); box.dispatchEvent(new Event('input', {bubbles: true})); void document.body.offsetHeight;"
            + " return performance.now() - t0; }";

    static final String TIME_ONE = "async () => { const box = document.getElementById('att-causal');"
            + " const t0 = performance.now(); box.click(); void document.body.offsetHeight;"
            + " const sync = performance.now() - t0;"
            + " await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));"
            + " const bar = document.getElementById('att-stepper');"
            + " return [sync, performance.now() - t0, +bar.getAttribute('data-ms-compute'),"
            + " +bar.getAttribute('data-ms-html'), +bar.getAttribute('data-ms-paint')]; }";

    @Test
    void recomputeAtN64IsTimedInBothBuilds() throws Exception {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "attention stepper recompute, %s (11 stages, 22 heatmaps), median of %d after %d warm-up toggles%n",
                QUERY, RUNS, WARMUP));
        double wasmMedian = Double.NaN;
        for (String engine : Arrays.asList("wasm", "js")) {
            open("/?engine=" + engine + "#/attention?" + QUERY);
            page.locator("#att-stages .stage-card").first().waitFor();
            double[] sync = new double[RUNS];
            double[] frame = new double[RUNS];
            double[][] parts = new double[3][RUNS];
            for (int i = 0; i < WARMUP + RUNS; i++) {
                @SuppressWarnings("unchecked")
                List<Number> r = (List<Number>) page.evaluate(TIME_ONE);
                if (i >= WARMUP) {
                    sync[i - WARMUP] = r.get(0).doubleValue();
                    frame[i - WARMUP] = r.get(1).doubleValue();
                    for (int k = 0; k < 3; k++) {
                        parts[k][i - WARMUP] = r.get(2 + k).doubleValue();
                    }
                }
            }
            Arrays.sort(sync);
            Arrays.sort(frame);
            for (double[] p : parts) {
                Arrays.sort(p);
            }
            report.append(String.format(Locale.ROOT,
                    "%-5s recompute + redraw + layout: median %6.1f ms (min %5.1f, max %5.1f); to the next frame: median %6.1f ms%n"
                            + "      of which (medians) shared-core attention %5.1f ms, stage markup into the page %5.1f ms,"
                            + " painting the large heatmaps %5.1f ms%n", engine, sync[RUNS / 2], sync[0], sync[RUNS - 1],
                    frame[RUNS / 2], parts[0][RUNS / 2], parts[1][RUNS / 2], parts[2][RUNS / 2]));
            if (engine.equals("wasm")) {
                wasmMedian = sync[RUNS / 2];
            }
            screenshot("attention-n64-" + engine);
        }
        // not a target: the random-feature variant also computes its error curve (4 m × 4 draws of Ω);
        // with the causal mask it is computed the quadratic way, D⁻¹(A ⊙ M)V
        for (String query : new String[] {PERFORMER, PERFORMER + "&causal=1"}) {
            open("/?engine=wasm#/attention?" + query);
            page.locator("#att-perf-error").waitFor();
            double[] perf = new double[RUNS];
            for (int i = 0; i < WARMUP + RUNS; i++) {
                double ms = ((Number) page.evaluate(TIME_M, i % 2 == 0 ? 65 : 64)).doubleValue();
                if (i >= WARMUP) {
                    perf[i - WARMUP] = ms;
                }
            }
            Arrays.sort(perf);
            report.append(String.format(Locale.ROOT, "wasm  %s (with the error curve): median %6.1f ms (min %5.1f, max %5.1f)%n",
                    query, perf[RUNS / 2], perf[0], perf[RUNS - 1]));
        }
        Path out = Paths.get("target", "benchmarks", "attention-stepper.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        // A measurement, not a timed assertion (docs/benchmarks.md reports it against the 50 ms target).
        assertTrue(wasmMedian > 0, "no recompute was timed");
    }
}
