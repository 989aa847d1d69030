package dev.gradlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.core.selftest.CrossRuntimeSuite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole cross-runtime suite (every op family with gradients and FLOP counts, every optimizer on
 * the playground's surfaces, every attention variant with its stages, the PRNG and the checker)
 * gives the same numbers in the browser builds as on the JVM, to 1e-12 relative.
 */
class SelftestTest extends PageTest {
    static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "wasm"})
    void theBrowserEngineAgreesWithTheJvmOnEveryNumberOfTheSuite(String engine) throws Exception {
        open("/?engine=" + engine);
        assertEquals(engine, page.evaluate("() => window.gradlab.engine"));
        JsonNode browser = CrossRuntimeTest.JSON.readTree(String.valueOf(page.evaluate("() => window.gradlab.selftest()")));
        Map<String, List<Double>> jvm = CrossRuntimeSuite.run();

        List<String> names = new ArrayList<>();
        for (JsonNode c : browser.get("cases")) {
            names.add(c.get("name").asText());
        }
        assertEquals(new ArrayList<>(jvm.keySet()), names, "the same cases in the same order");
        int compared = 0;
        for (JsonNode c : browser.get("cases")) {
            String name = c.get("name").asText();
            List<Double> expected = jvm.get(name);
            JsonNode values = c.get("values");
            assertEquals(expected.size(), values.size(), name + ": number of values");
            for (int i = 0; i < expected.size(); i++) {
                assertClose(expected.get(i), number(values.get(i)), name + "[" + i + "] on " + engine);
                compared++;
            }
        }
        assertTrue(compared > 3000, "compared " + compared + " numbers");
    }

    static double number(JsonNode v) {
        return v.isTextual() ? Double.parseDouble(v.asText()) : v.asDouble();
    }

    static void assertClose(double expected, double actual, String where) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, where);
            return;
        }
        double scale = Math.max(1, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * scale,
                where + ": JVM " + expected + " vs browser " + actual);
    }
}
