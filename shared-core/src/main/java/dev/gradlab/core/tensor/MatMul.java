package dev.gradlab.core.tensor;

/**
 * numpy's {@code matmul}: 1-D operands are promoted (a row on the left, a column on the right)
 * and the added axis removed; operands of rank 3 and more are stacks of matrices whose batch
 * axes broadcast.
 */
public final class MatMul {
    /**
     * A kernel for large products: {@code c[co..]} (m×n, all zero on entry) receives
     * {@code a[ao..]} (m×k) times {@code b[bo..]} (k×n), all row-major. Must not modify a or b.
     */
    public interface Kernel {
        void multiply(double[] a, int ao, double[] b, int bo, double[] c, int co, int m, int k, int n);
    }

    private static volatile Kernel largeKernel;
    private static volatile long largeFrom = Long.MAX_VALUE;

    private MatMul() {
    }

    /**
     * Routes every product of at least {@code minMultiplyAdds} (m·k·n) multiply-adds to
     * {@code kernel} — the server installs an optimized BLAS this way; the browser never does.
     * Modifies a process-wide setting; {@code kernel} null restores the built-in loop everywhere.
     * Products below the threshold (everything an exercise or a stepper computes) keep the built-in
     * loop, so their results stay bit-identical on every runtime.
     */
    public static void useKernel(Kernel kernel, long minMultiplyAdds) {
        largeKernel = kernel;
        largeFrom = kernel == null ? Long.MAX_VALUE : Math.max(1, minMultiplyAdds);
    }

    /**
     * {@code a @ b}. Returns a new tensor.
     *
     * @throws ShapeException naming both shapes when the inner sizes differ or an operand is a scalar
     */
    public static Tensor matmul(Tensor a, Tensor b) {
        int[] sa = a.shape();
        int[] sb = b.shape();
        if (sa.length == 0 || sb.length == 0) {
            throw new ShapeException("@ needs operands of rank 1 or more, got " + Shape.str(sa) + " and "
                    + Shape.str(sb) + " (use * to multiply by a scalar)");
        }
        int[] pa = sa.length == 1 ? new int[] {1, sa[0]} : sa;
        int[] pb = sb.length == 1 ? new int[] {sb[0], 1} : sb;
        int m = pa[pa.length - 2];
        int k = pa[pa.length - 1];
        int k2 = pb[pb.length - 2];
        int n = pb[pb.length - 1];
        if (k != k2) {
            throw new ShapeException("shapes " + Shape.str(sa) + " and " + Shape.str(sb)
                    + " cannot be matrix-multiplied: inner sizes " + k + " and " + k2 + " differ");
        }
        int[] batchA = java.util.Arrays.copyOf(pa, pa.length - 2);
        int[] batchB = java.util.Arrays.copyOf(pb, pb.length - 2);
        int[] batch;
        try {
            batch = Shape.broadcast(batchA, batchB);
        } catch (ShapeException e) {
            throw new ShapeException("shapes " + Shape.str(sa) + " and " + Shape.str(sb)
                    + " cannot be matrix-multiplied: batch axes " + Shape.str(batchA) + " and "
                    + Shape.str(batchB) + " do not broadcast");
        }
        int[] ia = Kernels.broadcastIndex(batchA, batch);
        int[] ib = Kernels.broadcastIndex(batchB, batch);
        double[] x = a.raw();
        double[] y = b.raw();
        double[] out = new double[ia.length * m * n];
        Kernel kernel = largeKernel;
        boolean large = kernel != null && (long) m * k * n >= largeFrom;
        for (int t = 0; t < ia.length; t++) {
            if (large) {
                kernel.multiply(x, ia[t] * m * k, y, ib[t] * k * n, out, t * m * n, m, k, n);
            } else {
                multiply(x, ia[t] * m * k, y, ib[t] * k * n, out, t * m * n, m, k, n);
            }
        }
        int[] so = new int[batch.length + 2];
        System.arraycopy(batch, 0, so, 0, batch.length);
        so[batch.length] = m;
        so[batch.length + 1] = n;
        if (sa.length == 1 || sb.length == 1) {
            so = dropPromoted(so, sa.length == 1, sb.length == 1);
        }
        return Tensor.wrap(so, out);
    }

    private static int[] dropPromoted(int[] so, boolean dropRow, boolean dropCol) {
        int r = so.length;
        int[] out = new int[r - (dropRow ? 1 : 0) - (dropCol ? 1 : 0)];
        int j = 0;
        for (int i = 0; i < r; i++) {
            if ((i == r - 2 && dropRow) || (i == r - 1 && dropCol)) {
                continue;
            }
            out[j++] = so[i];
        }
        return out;
    }

    /**
     * out[oo..] += x[xo..] (m×k) times y[yo..] (k×n), row-major, i-p-j loop order with four rows of
     * y per pass (a quarter of the loads and stores of out; the same order of operations on every
     * runtime, so results stay bit-identical between the JVM and the browser builds).
     */
    static void multiply(double[] x, int xo, double[] y, int yo, double[] out, int oo, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int orow = oo + i * n;
            int xrow = xo + i * k;
            int p = 0;
            for (; p + 3 < k; p += 4) {
                double x0 = x[xrow + p];
                double x1 = x[xrow + p + 1];
                double x2 = x[xrow + p + 2];
                double x3 = x[xrow + p + 3];
                int y0 = yo + p * n;
                int y1 = y0 + n;
                int y2 = y1 + n;
                int y3 = y2 + n;
                for (int j = 0; j < n; j++) {
                    out[orow + j] += x0 * y[y0 + j] + x1 * y[y1 + j] + x2 * y[y2 + j] + x3 * y[y3 + j];
                }
            }
            for (; p < k; p++) {
                double xv = x[xrow + p];
                int yrow = yo + p * n;
                for (int j = 0; j < n; j++) {
                    out[orow + j] += xv * y[yrow + j];
                }
            }
        }
    }
}
