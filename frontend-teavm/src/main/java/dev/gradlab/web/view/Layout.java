package dev.gradlab.web.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A layered (Sugiyama-style) drawing of a DAG, left to right.
 *
 * <ol>
 * <li>Layers: a node's layer is one more than the deepest of its inputs (leaves in layer 0), except
 * "floating" leaves (constants), which sit one layer before their first consumer. Every edge goes
 * from a lower layer to a higher one; the output, the only sink of a trace, is in the last layer.</li>
 * <li>Edges spanning several layers get a chain of waypoints, one per layer crossed, so they run
 * between nodes, not through them.</li>
 * <li>Order within a layer: barycenter sweeps, keeping the order with the fewest crossings.</li>
 * <li>Vertical places: each node is pulled toward the mean height of its neighbours, layers kept in
 * order and without overlap (isotonic regression), alternating left-to-right and right-to-left.</li>
 * </ol>
 * Very large graphs skip steps 3 and 4 and are simply stacked; when long edges would need more
 * than {@value #MAX_WAYPOINTS} waypoints in all, they are drawn direct.
 */
public final class Layout {
    public static final double H_GAP = 64;
    public static final double V_GAP = 16;
    public static final double MARGIN = 16;
    private static final double WAYPOINT_H = 8;
    private static final double WAYPOINT_GAP = 8;
    private static final int BIG = 2500;
    private static final long MAX_WAYPOINTS = 4000;

    /** Where one node goes: its top-left corner and size. */
    public static final class Box {
        public final int id;
        public final int layer;
        public final double x;
        public final double y;
        public final double w;
        public final double h;

        Box(int id, int layer, double x, double y, double w, double h) {
            this.id = id;
            this.layer = layer;
            this.x = x;
            this.y = y;
            this.w = w;
            this.h = h;
        }

        /** Whether this box and {@code o} share any area. */
        public boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    private final Box[] boxes;
    private final double[][][] routes;
    private final int layers;
    private final double width;
    private final double height;

    private Layout(Box[] boxes, double[][][] routes, int layers, double width, double height) {
        this.boxes = boxes;
        this.routes = routes;
        this.layers = layers;
        this.width = width;
        this.height = height;
    }

    /**
     * Lays out nodes 0..n-1 where {@code inputs[i]} are the nodes node i reads.
     *
     * @param floating leaves that sit just before their first consumer instead of in layer 0 (may be null)
     * @param widths each node's width
     * @param height every node's height
     * @throws IllegalArgumentException if the graph has a cycle
     */
    public static Layout of(int[][] inputs, boolean[] floating, double[] widths, double height) {
        int n = inputs.length;
        int[] realLayer = Layering.layers(inputs, floating);
        long waypoints = 0;
        for (int v = 0; v < n; v++) {
            for (int u : inputs[v]) {
                waypoints += Math.max(0, realLayer[v] - realLayer[u] - 1);
            }
        }
        boolean route = waypoints <= MAX_WAYPOINTS;
        // The virtual graph: real nodes 0..n-1, then one waypoint per layer crossed by a long edge.
        List<Integer> layerOf = new ArrayList<>();
        List<int[]> vin = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            layerOf.add(realLayer[i]);
            vin.add(null);
        }
        int[][][] chains = new int[n][][];
        for (int v = 0; v < n; v++) {
            int[] ins = new int[inputs[v].length];
            chains[v] = new int[ins.length][];
            for (int k = 0; k < ins.length; k++) {
                int u = inputs[v][k];
                int span = realLayer[v] - realLayer[u];
                int[] chain = new int[route ? Math.max(0, span - 1) : 0];
                int prev = u;
                for (int s = 0; s < chain.length; s++) {
                    int d = layerOf.size();
                    layerOf.add(realLayer[u] + s + 1);
                    vin.add(new int[] {prev});
                    chain[s] = d;
                    prev = d;
                }
                chains[v][k] = chain;
                ins[k] = prev;
            }
            vin.set(v, ins);
        }
        int vn = layerOf.size();
        int count = 0;
        for (int l : realLayer) {
            count = Math.max(count, l + 1);
        }
        int[][] cols = new int[count][];
        int[] fill = new int[count];
        for (int i = 0; i < vn; i++) {
            fill[layerOf.get(i)]++;
        }
        for (int l = 0; l < count; l++) {
            cols[l] = new int[fill[l]];
            fill[l] = 0;
        }
        for (int i = 0; i < vn; i++) {
            int l = layerOf.get(i);
            cols[l][fill[l]++] = i;
        }
        int[][] vinArr = vin.toArray(new int[0][]);
        int[][] vout = Ordering.consumers(vinArr);
        double[] h = new double[vn];
        for (int i = 0; i < vn; i++) {
            h[i] = i < n ? height : WAYPOINT_H;
        }
        double[] center;
        if (vn <= BIG) {
            Ordering.minimizeCrossings(cols, vinArr, vout);
            center = Placement.place(cols, vinArr, vout, h, n, V_GAP, WAYPOINT_GAP);
        } else {
            center = Placement.stack(cols, h, n, V_GAP, WAYPOINT_GAP);
        }
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < vn; i++) {
            top = Math.min(top, center[i] - h[i] / 2);
            bottom = Math.max(bottom, center[i] + h[i] / 2);
        }
        double shift = vn == 0 ? 0 : MARGIN - top;
        double[] colX = new double[count];
        double[] colW = new double[count];
        double x = MARGIN;
        for (int l = 0; l < count; l++) {
            for (int id : cols[l]) {
                if (id < n) {
                    colW[l] = Math.max(colW[l], widths[id]);
                }
            }
            colX[l] = x;
            x += colW[l] + H_GAP;
        }
        Box[] boxes = new Box[n];
        for (int i = 0; i < n; i++) {
            int l = realLayer[i];
            boxes[i] = new Box(i, l, colX[l] + (colW[l] - widths[i]) / 2, center[i] + shift - height / 2, widths[i],
                    height);
        }
        double[][][] routes = new double[n][][];
        for (int v = 0; v < n; v++) {
            routes[v] = new double[chains[v].length][];
            for (int k = 0; k < chains[v].length; k++) {
                int[] chain = chains[v][k];
                double[] pts = new double[chain.length * 4];
                for (int s = 0; s < chain.length; s++) {
                    int d = chain[s];
                    int l = layerOf.get(d);
                    double y = center[d] + shift;
                    pts[4 * s] = colX[l];
                    pts[4 * s + 1] = y;
                    pts[4 * s + 2] = colX[l] + colW[l];
                    pts[4 * s + 3] = y;
                }
                routes[v][k] = pts;
            }
        }
        double w = n == 0 ? 2 * MARGIN : x - H_GAP + MARGIN;
        double ht = vn == 0 ? 2 * MARGIN : bottom - top + 2 * MARGIN;
        return new Layout(boxes, routes, count, w, ht);
    }

    public Box box(int id) {
        return boxes[id];
    }

    public int size() {
        return boxes.length;
    }

    public int layer(int id) {
        return boxes[id].layer;
    }

    public int layers() {
        return layers;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /**
     * The waypoints of the edge into node {@code id} from its input number {@code k}: x, y pairs
     * (empty when the edge joins adjacent layers). The edge runs from the input's right side through
     * them to this node's left side.
     */
    public double[] route(int id, int k) {
        return routes[id][k].clone();
    }

    /** Layer assignment. */
    static final class Layering {
        private Layering() {
        }

        static int[] layers(int[][] inputs, boolean[] floating) {
            int n = inputs.length;
            int[] layer = new int[n];
            int[] state = new int[n];
            int[] stack = new int[n + 1];
            int[] next = new int[n];
            for (int i = 0; i < n; i++) {
                depth(i, inputs, layer, state, stack, next);
            }
            if (floating != null) {
                int[] first = new int[n];
                Arrays.fill(first, Integer.MAX_VALUE);
                for (int j = 0; j < n; j++) {
                    for (int in : inputs[j]) {
                        first[in] = Math.min(first[in], layer[j]);
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (floating[i] && inputs[i].length == 0 && first[i] != Integer.MAX_VALUE) {
                        layer[i] = first[i] - 1;
                    }
                }
            }
            return layer;
        }

        /** Longest path from a leaf, computed iteratively (graphs may be deep). */
        private static void depth(int root, int[][] inputs, int[] layer, int[] state, int[] stack, int[] next) {
            if (state[root] == 2) {
                return;
            }
            int sp = 0;
            stack[sp++] = root;
            state[root] = 1;
            while (sp > 0) {
                int v = stack[sp - 1];
                if (next[v] < inputs[v].length) {
                    int u = inputs[v][next[v]++];
                    if (state[u] == 1) {
                        throw new IllegalArgumentException("the graph has a cycle through node " + u);
                    }
                    if (state[u] == 0) {
                        state[u] = 1;
                        stack[sp++] = u;
                    }
                } else {
                    int d = 0;
                    for (int u : inputs[v]) {
                        d = Math.max(d, layer[u] + 1);
                    }
                    layer[v] = d;
                    state[v] = 2;
                    sp--;
                }
            }
        }
    }
}
