package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageViewTest {
    @Test
    void aFewValuesSpanTheWholeScale() {
        StageView s = new StageView("x", "x", "", Arrays.asList(new StageView.Matrix("x", 1, 3, new double[] {-2, 0, 5})));
        assertEquals(-2, s.lo);
        assertEquals(5, s.hi);
    }

    @Test
    void oneOutlierInManyValuesDoesNotWashOutTheScale() {
        // a causal softmax row 0 holds a 1; the other probabilities are about 1/64
        double[] v = new double[64 * 64];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i % 97) / 97.0 * 0.05;
        }
        v[0] = 1;
        StageView s = new StageView("softmax", "P", "", Arrays.asList(new StageView.Matrix("softmax", 64, 64, v)));
        assertEquals(0, s.lo, 1e-3);
        assertTrue(s.hi < 0.06 && s.hi > 0.045, "hi = " + s.hi);
        assertEquals(255, Viridis.level(1, s.lo, s.hi)); // the outlier is drawn in the top colour
    }

    @Test
    void inputsKeepOneScalePerMatrix() {
        StageView.Matrix q = new StageView.Matrix("Q", 1, 2, new double[] {-3, 3});
        StageView.Matrix w = new StageView.Matrix("W_O", 1, 2, new double[] {-0.1, 0.1});
        StageView s = new StageView("inputs", "", "", Arrays.asList(q, w), false);
        assertEquals(-0.1, w.lo());
        assertEquals(0.1, w.hi());
        assertEquals(-3, q.lo());
        String html = HeatmapHtml.card(0, 1, s, "current");
        assertEquals(2, html.split("class=\"hm-scale\"").length - 1); // a colour bar under each matrix
    }

    @Test
    void thinMatricesGetWiderCells() {
        assertArrayEquals(new int[] {4, 4}, HeatmapHtml.cellBox(64, 64));
        assertArrayEquals(new int[] {12, 4}, HeatmapHtml.cellBox(64, 4)); // 48 × 256 px, not 16 × 256
        assertArrayEquals(new int[] {34, 34}, HeatmapHtml.cellBox(4, 8)); // room for the values
    }
}
