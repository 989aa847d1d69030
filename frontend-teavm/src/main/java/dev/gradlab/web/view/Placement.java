package dev.gradlab.web.view;

/**
 * Vertical places of ordered layers: each node is pulled toward the mean centre of its neighbours
 * in the previous (then the next) layer while its layer keeps its order and spacing. Each layer's
 * positions solve a least-squares fit under the ordering constraints (pool adjacent violators).
 */
final class Placement {
    private static final int ROUNDS = 12;

    private Placement() {
    }

    /** Centres of nodes stacked in order, each layer centred on 0. */
    static double[] stack(int[][] cols, double[] h, int realCount, double gap, double smallGap) {
        double[] c = new double[h.length];
        for (int[] col : cols) {
            double y = 0;
            for (int k = 0; k < col.length; k++) {
                if (k > 0) {
                    y += sep(col[k - 1], col[k], h, realCount, gap, smallGap);
                }
                c[col[k]] = y;
            }
            for (int id : col) {
                c[id] -= y / 2;
            }
        }
        return c;
    }

    /** Centres after {@link #ROUNDS} alternating passes of pulling toward the neighbours. */
    static double[] place(int[][] cols, int[][] inputs, int[][] consumers, double[] h, int realCount, double gap,
            double smallGap) {
        double[] c = stack(cols, h, realCount, gap, smallGap);
        for (int round = 0; round < ROUNDS; round++) {
            boolean down = round % 2 == 0;
            if (down) {
                for (int l = 1; l < cols.length; l++) {
                    fit(cols[l], inputs, c, h, realCount, gap, smallGap);
                }
            } else {
                for (int l = cols.length - 2; l >= 0; l--) {
                    fit(cols[l], consumers, c, h, realCount, gap, smallGap);
                }
            }
        }
        return c;
    }

    private static double sep(int a, int b, double[] h, int realCount, double gap, double smallGap) {
        boolean bothReal = a < realCount && b < realCount;
        return (h[a] + h[b]) / 2 + (bothReal ? gap : smallGap);
    }

    /** Moves one layer as near as its order and spacing allow to its nodes' neighbour means. */
    private static void fit(int[] col, int[][] neighbours, double[] c, double[] h, int realCount, double gap,
            double smallGap) {
        int m = col.length;
        if (m == 0) {
            return;
        }
        double[] offset = new double[m];
        double[] z = new double[m];
        for (int k = 0; k < m; k++) {
            if (k > 0) {
                offset[k] = offset[k - 1] + sep(col[k - 1], col[k], h, realCount, gap, smallGap);
            }
            int[] nb = neighbours[col[k]];
            double want = c[col[k]];
            if (nb.length > 0) {
                double sum = 0;
                for (int u : nb) {
                    sum += c[u];
                }
                want = sum / nb.length;
            }
            z[k] = want - offset[k];
        }
        // Pool adjacent violators: the non-decreasing w closest to z in least squares.
        double[] blockSum = new double[m];
        int[] blockLen = new int[m];
        int blocks = 0;
        for (int k = 0; k < m; k++) {
            blockSum[blocks] = z[k];
            blockLen[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockSum[blocks - 2] / blockLen[blocks - 2] > blockSum[blocks - 1] / blockLen[blocks - 1]) {
                blockSum[blocks - 2] += blockSum[blocks - 1];
                blockLen[blocks - 2] += blockLen[blocks - 1];
                blocks--;
            }
        }
        int k = 0;
        for (int b = 0; b < blocks; b++) {
            double w = blockSum[b] / blockLen[b];
            for (int j = 0; j < blockLen[b]; j++, k++) {
                c[col[k]] = w + offset[k];
            }
        }
    }
}
