package dev.gradlab.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One step of the backprop stepper on a 200-operation graph (StepperViewTest.chain200: 201 nodes),
 * timed in the page with performance.now() around a click of the step button (the handler runs
 * synchronously: SVG patch, panels, pan to the node) and a forced layout. Forward steps, then
 * backward; both builds; median to {@code target/benchmarks/stepper-step.txt}. Target ≤ 16 ms;
 * reported, not asserted.
 */
class StepperBenchTest extends PageTest {
    static final int WARMUP = 5;
    static final int RUNS = 41;

    static final String TIME_ONE = "id => { const b = document.getElementById(id); const t0 = performance.now();"
            + " b.click(); void document.body.offsetHeight; return performance.now() - t0; }";

    @Test
    void oneStepOnATwoHundredNodeGraphIsTimed() throws Exception {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "backprop stepper, one step on a 201-node graph (100 × h = sin(h)*h), median of %d after %d warm-up steps%n",
                RUNS, WARMUP));
        for (String engine : Arrays.asList("wasm", "js")) {
            open("/?engine=" + engine + StepperViewTest.address(StepperViewTest.chain200(), "x=2").substring(1));
            page.locator("svg#graph g.node").first().waitFor();
            for (String dir : Arrays.asList("step-forward", "step-back")) {
                double[] ms = new double[RUNS];
                int before = Integer.parseInt(page.locator("#stepper").getAttribute("data-step"));
                for (int i = 0; i < WARMUP + RUNS; i++) {
                    double t = ((Number) page.evaluate(TIME_ONE, dir)).doubleValue();
                    if (i >= WARMUP) {
                        ms[i - WARMUP] = t;
                    }
                }
                int moved = WARMUP + RUNS;
                int expected = dir.equals("step-forward") ? before + moved : before - moved;
                // the only assertion: the steps happened
                assertThat(page.locator("#stepper")).hasAttribute("data-step", Integer.toString(expected));
                Arrays.sort(ms);
                report.append(String.format(Locale.ROOT, "%-5s %-12s median %5.2f ms (min %5.2f, max %5.2f)%n", engine, dir,
                        ms[RUNS / 2], ms[0], ms[RUNS - 1]));
            }
            screenshot("stepper-200-" + engine);
        }
        Path out = Paths.get("target", "benchmarks", "stepper-step.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        assertEquals(201, page.locator("svg#graph g.node").count());
    }
}
