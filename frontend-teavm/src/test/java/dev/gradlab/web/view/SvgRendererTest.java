package dev.gradlab.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgRendererTest {
    private static final Pattern NODE = Pattern.compile("<g class=\"([^\"]*)\" data-id=\"(\\d+)\"[^>]*>(.*?)</g>",
            Pattern.DOTALL);

    /** The markup of node {@code id}. */
    private static String node(String svg, int id) {
        Matcher m = NODE.matcher(svg);
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) == id) {
                return m.group(0);
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static String text(String node, String cls) {
        Matcher m = Pattern.compile("<text class=\"" + cls + "\"[^>]*>([^<]*)</text>").matcher(node);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void afterBuildInputsShowValuesAndOperationsWait() {
        Stepper st = new Stepper(Fixtures.defaultGraph());
        String svg = SvgRenderer.render(st, SvgRenderer.layout(st.graph()));
        assertEquals(14, count(svg, "<g class=\"node "));
        assertEquals(13, count(svg, "<path class=\"edge"));
        String x1 = node(svg, 1);
        assertTrue(x1.startsWith("<g class=\"node input\" data-id=\"1\" data-op=\"input\" data-label=\"x1\""), x1);
        assertEquals("x1", text(x1, "name"));
        assertEquals("-1", text(x1, "value"));
        assertEquals(null, text(x1, "grad"));
        String t3 = node(svg, 6);
        assertEquals("exp", text(t3, "op"));
        assertEquals(null, text(t3, "value"));
        assertEquals("?", text(t3, "pending"));
        assertFalse(svg.contains("current"));
        assertTrue(svg.contains("<title>t3 = exp(t2)\nshape: scalar\nvalue: not computed yet\ngrad: not computed yet\n"
                + "rule: ∂exp(a)/∂a = exp(a)</title>"), svg);
        String c = node(svg, 0);
        assertTrue(c.startsWith("<g class=\"node const\""));
        assertTrue(c.contains("<text class=\"pending\" x=\"") && c.contains(">—</text>"), "constants have no gradient");
    }

    @Test
    void theStepNodeIsCurrentAndShowsItsValue() {
        Stepper st = new Stepper(Fixtures.defaultGraph());
        st.jump(3);
        String svg = SvgRenderer.render(st, SvgRenderer.layout(st.graph()));
        String t3 = node(svg, 6);
        assertTrue(t3.startsWith("<g class=\"node op current\" data-id=\"6\" data-op=\"exp\""), t3);
        assertEquals("20.09", text(t3, "value"));
        assertTrue(t3.contains("value: 20.08553692"), t3);
        assertEquals(null, text(node(svg, 7), "value"));
        assertEquals(1, count(svg, "current"));
        assertTrue(svg.contains("<path class=\"edge active fwd\" data-from=\"5\" data-to=\"6\""), "edge t2→t3 lit");
    }

    @Test
    void backwardStepsShowGradientsAndLightTheEdgesBack() {
        Stepper st = new Stepper(Fixtures.defaultGraph());
        st.jump(8);
        String svg = SvgRenderer.render(st, SvgRenderer.layout(st.graph()));
        String f = node(svg, 13);
        assertTrue(f.startsWith("<g class=\"node op output current\" data-id=\"13\" data-op=\"sub\" data-label=\"f\""));
        assertEquals("1", text(f, "grad"));
        assertEquals("-25.96", text(f, "value"));
        assertFalse(svg.contains("active"), "the seed step has no edge");
        st.forward(); // ∂f/∂t6 arrives along t6 → f
        svg = SvgRenderer.render(st, SvgRenderer.layout(st.graph()));
        assertTrue(svg.contains("<path class=\"edge active bwd\" data-from=\"12\" data-to=\"13\""), svg);
        assertEquals(1, count(svg, "active"));
        st.jump(st.total());
        svg = SvgRenderer.render(st, SvgRenderer.layout(st.graph()));
        assertEquals("10.04", text(node(svg, 1), "grad"));
        assertEquals("40.17", text(node(svg, 2), "grad"));
        assertEquals("-9", text(node(svg, 8), "grad"));
        assertEquals("24", text(node(svg, 9), "grad"));
        assertTrue(node(svg, 1).contains("grad: 10.04276846"));
    }

    @Test
    void namesAreEscapedAndLongTensorsClipped() {
        String big = "[[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12], [13, 14, 15, 16, 17, 18]]";
        Stepper st = new Stepper(Fixtures.graph("f = sum(A)", "{\"A\": " + big + "}"));
        String svg = SvgRenderer.render(st, SvgRenderer.layout(st.graph()));
        String a = node(svg, 0);
        assertEquals("[[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11…", text(a, "value"));
        assertTrue(a.contains("value: " + big), "the tooltip has it whole");
        assertEquals("&lt;a &amp; &quot;b&quot;&gt;", Html.escape("<a & \"b\">"));
    }

    @Test
    void coordinatesHaveOneDecimal() {
        assertEquals("12", SvgRenderer.num(12.0));
        assertEquals("12.5", SvgRenderer.num(12.46));
        assertEquals("-0.5", SvgRenderer.num(-0.5));
        assertEquals("-3", SvgRenderer.num(-3.01));
    }

    private static int count(String s, String sub) {
        int c = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            c++;
        }
        return c;
    }
}
