package dev.gradlab.core.selftest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FamilyCasesTest {
    final Map<String, List<Double>> cases = CrossRuntimeSuite.run();

    @Test
    void theSuiteCoversEveryOptimizerSurfaceAndAttentionVariant() {
        for (String name : List.of("optim-x²/4", "attention-scaled", "attention-causal", "attention-padding",
                "attention-local", "attention-separable", "attention-linear", "attention-performer",
                "attention-performer-causal", "attention-multihead", "attention-grouped-query", "attention-performer-error")) {
            assertTrue(cases.containsKey(name), name + " missing from " + cases.keySet());
        }
    }

    @Test
    void sgdOnTheQuarterSquareShrinksEachCoordinateByOneMinusEtaOverTwo() {
        List<Double> v = cases.get("optim-x²/4");
        // point 0: (-1.2, 1.1), loss (1.44 + 1.21)/4; point 1 after SGD with eta = 0.05: factor 0.975
        assertEquals(-1.2, v.get(0), 1e-15);
        assertEquals(1.1, v.get(1), 1e-15);
        assertEquals((1.44 + 1.21) / 4, v.get(2), 1e-15);
        assertEquals(-1.2 * 0.975, v.get(3), 1e-15);
        assertEquals(1.1 * 0.975, v.get(4), 1e-15);
    }

    @Test
    void causalAttentionWeightsVanishAboveTheDiagonal() {
        // stages of scaled dot-product attention on 5x4 inputs: QKᵀ, scaled, masked, softmax, ×V (25, 25, 25, 25, 20)
        List<Double> v = cases.get("attention-causal");
        int softmax = 75;
        for (int i = 0; i < 5; i++) {
            double row = 0;
            for (int j = 0; j < 5; j++) {
                double w = v.get(softmax + 5 * i + j);
                if (j > i) {
                    assertEquals(0.0, w, 0.0, "weight (" + i + "," + j + ")");
                }
                row += w;
            }
            assertEquals(1.0, row, 1e-12, "softmax row " + i);
        }
    }

    @Test
    void performerErrorIsFiniteAndPositiveForEveryFeatureCount() {
        for (double e : cases.get("attention-performer-error")) {
            assertTrue(e > 0 && e < 10, "relative error " + e);
        }
    }
}
