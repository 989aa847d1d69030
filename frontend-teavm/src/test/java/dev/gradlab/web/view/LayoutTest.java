package dev.gradlab.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private static final double H = 74;

    private static Layout layout(int[][] inputs, boolean[] floating) {
        double[] w = new double[inputs.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 118 + 17 * (i % 5);
        }
        return Layout.of(inputs, floating, w, H);
    }

    /** Every edge goes right, no boxes overlap, everything is inside the drawing, routes run between. */
    private static void assertWellFormed(int[][] inputs, Layout lay) {
        int n = inputs.length;
        for (int v = 0; v < n; v++) {
            for (int k = 0; k < inputs[v].length; k++) {
                int u = inputs[v][k];
                assertTrue(lay.layer(u) < lay.layer(v), "edge " + u + "→" + v);
                Layout.Box from = lay.box(u);
                Layout.Box to = lay.box(v);
                assertTrue(from.x + from.w < to.x, "edge " + u + "→" + v + " points right");
                double[] route = lay.route(v, k);
                assertEquals(4 * (lay.layer(v) - lay.layer(u) - 1), route.length, "waypoints of " + u + "→" + v);
                double prevX = from.x + from.w;
                for (int i = 0; i < route.length; i += 2) {
                    assertTrue(route[i] >= prevX && route[i] <= to.x, "waypoint x between the ends");
                    prevX = route[i];
                    for (int id = 0; id < n; id++) {
                        Layout.Box b = lay.box(id);
                        boolean inside = route[i] > b.x && route[i] < b.x + b.w
                                && route[i + 1] > b.y && route[i + 1] < b.y + b.h;
                        assertFalse(inside, "waypoint of " + u + "→" + v + " inside node " + id);
                    }
                }
            }
        }
        for (int a = 0; a < n; a++) {
            Layout.Box b = lay.box(a);
            assertTrue(b.x >= 0 && b.y >= 0 && b.x + b.w <= lay.width() && b.y + b.h <= lay.height(), "inside " + a);
            for (int c = a + 1; c < n; c++) {
                assertFalse(b.overlaps(lay.box(c)), "nodes " + a + " and " + c + " overlap");
            }
        }
    }

    @Test
    void defaultProgramLayersInputsLeftOutputRight() {
        GraphView g = Fixtures.defaultGraph();
        Layout lay = SvgRenderer.layout(g);
        assertWellFormed(g.edges(), lay);
        assertEquals(6, lay.layers());
        for (GraphView.Item it : g.inputs()) {
            assertEquals(0, lay.layer(it.id), it.name);
        }
        assertEquals(5, lay.layer(g.output()));
        for (GraphView.Item it : g.nodes()) {
            if (it.id != g.output()) {
                assertTrue(lay.layer(it.id) < 5, it.name + " left of the output");
            }
        }
        // Constants sit just before the node that uses them: 0.5 before t4 = 0.5 * t3.
        assertEquals(lay.layer(7) - 1, lay.layer(0));
        assertEquals(lay.layer(4) - 1, lay.layer(3));
        // t2 = x1 + t1 and t6 = x3 * t5 are both in layer 2, t3 = exp(t2) in layer 3.
        assertEquals(2, lay.layer(5));
        assertEquals(2, lay.layer(12));
        assertEquals(3, lay.layer(6));
    }

    @Test
    void crossingsAreRemovedWhenPossible() {
        // Two independent chains given in an interleaved order: a0→a1, b0→b1 with a1 listed first and
        // b0 first: a crossing-free drawing exists and must be found.
        int[][] inputs = {{}, {}, {1}, {0}};
        Layout lay = layout(inputs, null);
        assertWellFormed(inputs, lay);
        boolean sameOrder = (lay.box(0).y < lay.box(1).y) == (lay.box(3).y < lay.box(2).y);
        assertTrue(sameOrder, "edges 0→3 and 1→2 do not cross");
    }

    @Test
    void randomGraphsAreWellFormed() {
        Random r = new Random(7);
        for (int trial = 0; trial < 60; trial++) {
            int n = 1 + r.nextInt(40);
            int[][] inputs = new int[n][];
            boolean[] floating = new boolean[n];
            for (int v = 0; v < n; v++) {
                int k = v == 0 ? 0 : r.nextInt(Math.min(v, 3) + 1);
                inputs[v] = new int[k];
                for (int j = 0; j < k; j++) {
                    inputs[v][j] = r.nextInt(v);
                }
                floating[v] = k == 0 && r.nextBoolean();
            }
            Layout lay = layout(inputs, floating);
            assertWellFormed(inputs, lay);
            assertEquals(n, lay.size());
        }
    }

    @Test
    void deepChainsDoNotOverflowTheStack() {
        int n = 20000;
        int[][] inputs = new int[n][];
        inputs[0] = new int[0];
        for (int v = 1; v < n; v++) {
            inputs[v] = v > 2 ? new int[] {v - 1, 0} : new int[] {v - 1};
        }
        Layout lay = layout(inputs, null);
        assertEquals(n, lay.layers());
        assertEquals(n - 1, lay.layer(n - 1));
        assertTrue(lay.box(n - 1).x > lay.box(n - 2).x);
        // Too many waypoints (n² / 2) for a drawing: long edges are drawn direct.
        assertEquals(0, lay.route(n - 1, 1).length);
    }

    /** h1 = sin(x)*x, h2 = sin(h1)*h1, …, f = sin(h99)*h99: 200 operations (the e2e benchmark's program). */
    static String chain200() {
        StringBuilder sb = new StringBuilder("h1 = sin(x)*x\n");
        for (int k = 2; k < 100; k++) {
            sb.append("h").append(k).append(" = sin(h").append(k - 1).append(")*h").append(k - 1).append('\n');
        }
        return sb.append("f = sin(h99)*h99").toString();
    }

    @Test
    void aTwoHundredNodeChainIsDrawnWithoutOverlaps() {
        GraphView g = Fixtures.graph(chain200(), "{\"x\": 2}");
        assertEquals(201, g.size());
        Layout lay = SvgRenderer.layout(g);
        assertWellFormed(g.edges(), lay);
        assertEquals(201, lay.layers());
        // each mul's skip edge (h_k → h_k+1) is routed around sin(h_k), never through it
        for (GraphView.Item it : g.nodes()) {
            if (it.op.equals("mul")) {
                assertEquals(4, lay.route(it.id, 1).length + lay.route(it.id, 0).length, it.name);
            }
        }
    }

    @Test
    void cyclesAreRejected() {
        int[][] inputs = {{2}, {0}, {1}};
        assertThrows(IllegalArgumentException.class, () -> layout(inputs, null));
    }

    @Test
    void emptyAndSingleNodeGraphs() {
        Layout empty = layout(new int[0][], null);
        assertEquals(0, empty.size());
        assertEquals(0, empty.layers());
        Layout one = layout(new int[][] {{}}, null);
        assertEquals(Layout.MARGIN, one.box(0).x);
        assertEquals(Layout.MARGIN, one.box(0).y);
        assertEquals(118 + 2 * Layout.MARGIN, one.width());
        assertEquals(H + 2 * Layout.MARGIN, one.height());
    }
}
