package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatmapHtmlTest {
    static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aSmallMatrixIsOneRectPerCellCarryingItsValue() {
        StageView s = new StageView("softmax", "P", "(2, 2)", Arrays.asList(
                new StageView.Matrix("softmax", 2, 2, new double[] {1, 0, 0.25, 0.75})));
        String html = HeatmapHtml.card(3, 5, s, "current");
        assertEquals(4, count(html, "data-v=\""));
        assertTrue(html.contains("data-i=\"1\" data-j=\"0\" data-v=\"0.25\""));
        assertTrue(html.contains("id=\"hm-3-0\""));
        assertTrue(html.contains("data-state=\"current\""));
        assertTrue(html.contains("aria-current=\"step\""));
        // lowest value darkest, highest yellow
        assertTrue(html.contains("data-i=\"0\" data-j=\"1\" data-v=\"0.0\"") || html.contains("data-j=\"1\" data-v=\"0\""));
        assertTrue(html.contains("fill=\"" + Viridis.hex(0) + "\" data-i=\"0\" data-j=\"1\""));
        assertTrue(html.contains("fill=\"" + Viridis.hex(255) + "\" data-i=\"0\" data-j=\"0\""));
        assertFalse(html.contains("<canvas"));
    }

    @Test
    void valuesAreWrittenInCellsLargeEnoughForThem() {
        StageView s = StageView.of("Q", "Q", dev.gradlab.core.tensor.Tensor.matrix(new double[][] {{-0.53, 12.34}}), "head");
        String html = HeatmapHtml.figure(0, 0, s);
        assertTrue(html.contains(">\u2212.53</text>"), html);
        assertTrue(html.contains(">12.3</text>"), html);
    }

    @Test
    void maskedScoresAreHatchedAndReadAsMinusInfinity() {
        StageView s = new StageView("masked", "S + M", "(2, 2)", Arrays.asList(
                new StageView.Matrix("masked", 2, 2, new double[] {1, Double.NEGATIVE_INFINITY, 2, 3})));
        assertTrue(s.masked);
        assertEquals(1, s.lo);
        assertEquals(3, s.hi);
        String html = HeatmapHtml.card(0, 1, s, "done");
        assertTrue(html.contains("fill=\"url(#hm-hatch)\" data-i=\"0\" data-j=\"1\" data-v=\"-Infinity\""));
        assertTrue(html.contains("masked (−∞)"));
        assertEquals("masked: row 1, column 2 = \u2212\u221e (masked)", AttentionHtml.readout(s, 0, 0, 1));
    }

    @Test
    void aLargeMatrixIsPaintedFromOneCodePerCell() {
        double[] v = new double[64 * 64];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 64 > i / 64 ? Double.NEGATIVE_INFINITY : i;
        }
        StageView.Matrix m = new StageView.Matrix("masked", 64, 64, v);
        StageView s = new StageView("masked", "S + M", "(64, 64)", Arrays.asList(m));
        assertTrue(HeatmapHtml.painted(m));
        String html = HeatmapHtml.figure(2, 0, s);
        assertTrue(html.contains("<canvas class=\"hm-canvas\" id=\"hm-2-0-img\" width=\"64\" height=\"64\""), html);
        assertFalse(html.contains("data-v="));
        assertTrue(html.contains("width=\"256\" height=\"256\""), html); // 4 px per cell
        String codes = HeatmapHtml.codes(m, s.lo, s.hi);
        assertEquals(64 * 64, codes.length());
        assertEquals(HeatmapHtml.CODE_BASE, codes.charAt(0)); // the lowest value, level 0
        assertEquals(HeatmapHtml.CODE_BASE + HeatmapHtml.MASKED, codes.charAt(1));
        assertEquals(HeatmapHtml.CODE_BASE + 255, codes.charAt(64 * 64 - 1));
    }

    @Test
    void everyStageOfAComputationGetsItsHeatmaps() {
        AttentionLab lab = AttentionLabTest.lab("?n=4&d=8&heads=2&causal=1");
        StringBuilder sb = new StringBuilder();
        int figures = 0;
        for (int i = 0; i < lab.stages().size(); i++) {
            sb.append(HeatmapHtml.card(i, lab.stages().size(), lab.stage(i), "ahead"));
            figures += lab.stage(i).matrices.size();
        }
        Matcher svg = Pattern.compile("<svg class=\"hm\"").matcher(sb);
        int n = 0;
        while (svg.find()) {
            n++;
        }
        assertEquals(figures, n);
        assertEquals(4 + 2 + 2 + 2 + 2 + 2 + 2 + 2 + 2 + 1 + 1, figures);
    }

    @Test
    void theCursorStopsAtTheEdges() {
        assertEquals("[0, 0]", Arrays.toString(AttentionHtml.move(0, 0, "ArrowUp", 3, 3)));
        assertEquals("[1, 0]", Arrays.toString(AttentionHtml.move(0, 0, "ArrowDown", 3, 3)));
        assertEquals("[2, 2]", Arrays.toString(AttentionHtml.move(2, 2, "ArrowRight", 3, 3)));
        assertEquals("[1, 2]", Arrays.toString(AttentionHtml.move(1, 0, "End", 3, 3)));
        assertEquals(null, AttentionHtml.move(1, 0, "x", 3, 3));
    }
}
