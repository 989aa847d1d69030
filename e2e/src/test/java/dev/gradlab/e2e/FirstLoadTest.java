package dev.gradlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * First load of {@code /} with an empty cache (a new browser context per run): the time from the
 * start of navigation until the exercise list is on the page and usable, which the app marks with
 * {@code performance.mark('gradlab:list-ready')}, next to the navigation timing and the bytes
 * transferred. Results go to {@code target/first-load.json} (docs/benchmarks.md quotes them).
 */
@ExtendWith(GradLabE2e.class)
class FirstLoadTest {
    static final int RUNS = 5;
    /** docs/benchmarks.md: the list must be interactive within 1.5 s; a shared CI machine gets 2x headroom. */
    static final double LIMIT_MS = 3000;

    @Test
    void theExerciseListIsInteractiveQuickly() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode report = json.createObjectNode();
        for (String engine : List.of("wasm", "js")) {
            ArrayNode runs = report.putArray(engine);
            double[] ready = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                JsonNode run = json.readTree(measure(engine));
                runs.add(run);
                ready[i] = run.path("listReadyMs").asDouble();
            }
            Arrays.sort(ready);
            report.put(engine + "MedianListReadyMs", ready[RUNS / 2]);
            assertTrue(ready[RUNS / 2] < LIMIT_MS, engine + ": the list took " + ready[RUNS / 2] + " ms (median)");
        }
        Path out = Paths.get(System.getProperty("screenshots.dir", "target/screenshots")).resolveSibling("first-load.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println("first load of / : " + report);
    }

    private static String measure(String engine) {
        BrowserContext context = GradLabE2e.chromium().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800));
        List<String> errors = new ArrayList<>();
        try {
            Page page = context.newPage();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            // engine=wasm is what Chromium picks by itself; engine=js is the fallback of other browsers.
            page.navigate(GradLabE2e.server().baseUrl() + "/?engine=" + engine);
            page.waitForFunction("() => performance.getEntriesByName('gradlab:list-ready').length > 0",
                    null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            Object result = page.evaluate("() => {"
                    + " const nav = performance.getEntriesByType('navigation')[0];"
                    + " const res = performance.getEntriesByType('resource');"
                    + " const bytes = res.reduce((s, r) => s + (r.transferSize || 0), nav.transferSize || 0);"
                    + " return JSON.stringify({engine: window.gradlab.engine,"
                    + " listReadyMs: performance.getEntriesByName('gradlab:list-ready')[0].startTime,"
                    + " domContentLoadedMs: nav.domContentLoadedEventEnd, loadMs: nav.loadEventEnd,"
                    + " requests: res.length + 1, transferredKiB: Math.round(bytes / 1024),"
                    + " links: document.querySelectorAll('#exercise-list a').length}); }");
            assertEquals(List.of(), errors, "console errors while loading");
            return (String) result;
        } finally {
            context.close();
        }
    }
}
