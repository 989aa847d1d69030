package dev.gradlab.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A step redraws only what changed, and what it redraws is what a full drawing would show. */
class SvgPatchTest {
    private static final Pattern NODE = Pattern.compile("<g class=\"node[^\"]*\" data-id=\"(\\d+)\".*?</g>", Pattern.DOTALL);
    private static final Pattern EDGE = Pattern.compile("<path class=\"edge[^\"]*\" data-from=\"\\d+\" data-to=\"(\\d+)\""
            + " data-k=\"(\\d+)\"[^>]*/>");

    /** Selector → markup of every node and edge of a full drawing. */
    private static Map<String, String> elements(String svg) {
        Map<String, String> out = new HashMap<>();
        Matcher m = NODE.matcher(svg);
        while (m.find()) {
            out.put("#graph g.node[data-id=\"" + m.group(1) + "\"]", m.group());
        }
        m = EDGE.matcher(svg);
        while (m.find()) {
            out.put("#graph path.edge[data-to=\"" + m.group(1) + "\"][data-k=\"" + m.group(2) + "\"]", m.group());
        }
        return out;
    }

    private static void checkEveryStep(GraphView g) {
        Layout layout = SvgRenderer.layout(g);
        Stepper st = new Stepper(g);
        int elementCount = elements(SvgRenderer.render(st, layout)).size();
        assertEquals(g.size() + edgeCount(g), elementCount);
        for (int dir : new int[] {1, -1}) {
            st.jump(dir > 0 ? 0 : st.total());
            while (dir > 0 ? st.canForward() : st.canBack()) {
                Map<String, String> before = elements(SvgRenderer.render(st, layout));
                int prev = st.current();
                if (dir > 0) {
                    st.forward();
                } else {
                    st.back();
                }
                Map<String, String> after = elements(SvgRenderer.render(st, layout));
                List<String[]> patch = SvgRenderer.patch(st, layout, prev);
                Set<String> patched = new HashSet<>();
                for (String[] p : patch) {
                    assertEquals(after.get(p[0]), p[1], "patched " + p[0] + " at step " + st.step());
                    patched.add(p[0]);
                }
                for (String key : after.keySet()) {
                    if (!after.get(key).equals(before.get(key))) {
                        assertTrue(patched.contains(key), key + " changed at step " + st.step() + " but was not patched");
                    }
                }
                assertTrue(patch.size() <= 2 + 2 * 8, "a step patches few elements");
            }
        }
    }

    private static int edgeCount(GraphView g) {
        int edges = 0;
        for (GraphView.Item it : g.nodes()) {
            edges += it.inputs.length;
        }
        return edges;
    }

    @Test
    void defaultProgram() {
        checkEveryStep(Fixtures.defaultGraph());
    }

    @Test
    void sharedNodesAndRepeatedInputs() {
        checkEveryStep(Fixtures.graph("h = a*b\nh = h + 1\nf = h*h + exp(a)", "{\"a\": 0.5, \"b\": 2}"));
        checkEveryStep(Fixtures.graph("f = sum(A @ v) * x", "{\"A\": [[1, 2], [3, 4]], \"v\": [1, -1], \"x\": 3}"));
    }
}
