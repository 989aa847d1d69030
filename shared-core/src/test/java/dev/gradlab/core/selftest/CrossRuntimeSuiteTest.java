package dev.gradlab.core.selftest;

import dev.gradlab.core.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossRuntimeSuiteTest {
    @Test
    void everyCaseRunsAndTheJsonReadsBackExactly() {
        Map<String, List<Double>> direct = CrossRuntimeSuite.run();
        assertTrue(direct.size() >= 18, "cases: " + direct.keySet());
        Map<?, ?> doc = (Map<?, ?>) JsonReader.parse(CrossRuntimeSuite.runJson());
        List<?> cases = (List<?>) doc.get("cases");
        assertEquals(direct.size(), cases.size());
        for (Object c : cases) {
            Map<?, ?> m = (Map<?, ?>) c;
            List<Double> expected = direct.get((String) m.get("name"));
            List<Double> read = new java.util.ArrayList<>();
            for (Object v : (List<?>) m.get("values")) {
                // non-finite numbers (the masked scores are -Infinity) travel as the strings JsonWriter writes
                read.add(v instanceof String ? Double.parseDouble((String) v) : (Double) v);
            }
            assertEquals(expected, read, "JSON must carry every double exactly: " + m.get("name"));
        }
    }

    @Test
    void theChecksInTheSuiteReachTheVerdictsAStudentWouldGet() {
        List<Double> checker = CrossRuntimeSuite.run().get("checker");
        // status ordinals: CORRECT 0, INCORRECT 1, INVALID 2
        assertEquals(List.of(0.0, 0.0, 1.0, 2.0, 1.0), List.of(checker.get(0), checker.get(3), checker.get(6),
                checker.get(9), checker.get(12)));
        assertEquals((double) "sign-error".hashCode(), checker.get(8));
    }

    @Test
    void thePrngIsSplitMix64() {
        List<Double> prng = CrossRuntimeSuite.run().get("prng");
        // SplitMix64 seeded with 42: first output 0xBDD732262FEB6E95
        assertEquals((double) 0xBDD73226L, prng.get(0));
        assertEquals((double) 0x2FEB6E95L, prng.get(1));
    }
}
