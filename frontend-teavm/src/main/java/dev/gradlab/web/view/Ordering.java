package dev.gradlab.web.view;

import java.util.Arrays;

/**
 * The order of nodes within layers: barycenter sweeps over a layered graph whose edges all join
 * adjacent layers, keeping the order with the fewest edge crossings.
 */
final class Ordering {
    private static final int SWEEPS = 8;
    private static final long MAX_PAIRS = 4_000_000L;

    private Ordering() {
    }

    /** The consumers of each node of a graph given by its inputs. */
    static int[][] consumers(int[][] inputs) {
        int n = inputs.length;
        int[] count = new int[n];
        for (int[] ins : inputs) {
            for (int u : ins) {
                count[u]++;
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int v = 0; v < n; v++) {
            for (int u : inputs[v]) {
                out[u][count[u]++] = v;
            }
        }
        return out;
    }

    /** Reorders each layer of {@code cols} in place. */
    static void minimizeCrossings(int[][] cols, int[][] inputs, int[][] consumers) {
        int n = inputs.length;
        int[] pos = new int[n];
        index(cols, pos);
        int[][] best = copy(cols);
        long bestCrossings = crossings(cols, inputs, pos);
        for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
            for (int l = 1; l < cols.length; l++) {
                sort(cols[l], inputs, pos);
                index(cols, pos);
            }
            for (int l = cols.length - 2; l >= 0; l--) {
                sort(cols[l], consumers, pos);
                index(cols, pos);
            }
            long c = crossings(cols, inputs, pos);
            if (c < bestCrossings) {
                bestCrossings = c;
                best = copy(cols);
            }
        }
        for (int l = 0; l < cols.length; l++) {
            cols[l] = best[l];
        }
    }

    private static void index(int[][] cols, int[] pos) {
        for (int[] col : cols) {
            for (int k = 0; k < col.length; k++) {
                pos[col[k]] = k;
            }
        }
    }

    private static int[][] copy(int[][] cols) {
        int[][] c = new int[cols.length][];
        for (int l = 0; l < cols.length; l++) {
            c[l] = cols[l].clone();
        }
        return c;
    }

    /** Sorts one layer by the mean position of each node's neighbours; ties keep their order. */
    private static void sort(int[] col, int[][] neighbours, int[] pos) {
        int m = col.length;
        double[] key = new double[m];
        for (int k = 0; k < m; k++) {
            int[] nb = neighbours[col[k]];
            if (nb.length == 0) {
                key[k] = k;
            } else {
                double sum = 0;
                for (int u : nb) {
                    sum += pos[u];
                }
                key[k] = sum / nb.length;
            }
        }
        Integer[] idx = new Integer[m];
        for (int k = 0; k < m; k++) {
            idx[k] = k;
        }
        Arrays.sort(idx, (a, b) -> key[a] != key[b] ? Double.compare(key[a], key[b]) : Integer.compare(a, b));
        int[] old = col.clone();
        for (int k = 0; k < m; k++) {
            col[k] = old[idx[k]];
        }
    }

    /** The number of pairs of edges that cross between adjacent layers (capped work on huge graphs). */
    static long crossings(int[][] cols, int[][] inputs, int[] pos) {
        long total = 0;
        for (int l = 1; l < cols.length; l++) {
            int edges = 0;
            for (int v : cols[l]) {
                edges += inputs[v].length;
            }
            if ((long) edges * edges > MAX_PAIRS) {
                continue;
            }
            int[] a = new int[edges];
            int[] b = new int[edges];
            int e = 0;
            for (int v : cols[l]) {
                for (int u : inputs[v]) {
                    a[e] = pos[u];
                    b[e] = pos[v];
                    e++;
                }
            }
            for (int i = 0; i < edges; i++) {
                for (int j = i + 1; j < edges; j++) {
                    if ((long) (a[i] - a[j]) * (b[i] - b[j]) < 0) {
                        total++;
                    }
                }
            }
        }
        return total;
    }
}
