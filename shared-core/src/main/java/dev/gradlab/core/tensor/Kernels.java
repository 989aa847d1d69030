package dev.gradlab.core.tensor;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The numeric kernels behind the ops. Every method returns a new tensor and leaves its
 * arguments unchanged.
 */
public final class Kernels {
    private Kernels() {
    }

    /** Applies {@code f} element by element. */
    public static Tensor map(Tensor a, DoubleUnaryOperator f) {
        double[] x = a.raw();
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = f.applyAsDouble(x[i]);
        }
        return Tensor.wrap(a.shape(), out);
    }

    /**
     * Applies {@code f} to pairs of elements under numpy broadcasting.
     *
     * @throws ShapeException naming both shapes when they do not broadcast
     */
    public static Tensor zip(Tensor a, Tensor b, DoubleBinaryOperator f) {
        int[] sa = a.shape();
        int[] sb = b.shape();
        double[] x = a.raw();
        double[] y = b.raw();
        if (Shape.same(sa, sb)) {
            double[] out = new double[x.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = f.applyAsDouble(x[i], y[i]);
            }
            return Tensor.wrap(sa, out);
        }
        int[] so = Shape.broadcast(sa, sb);
        int[] ia = broadcastIndex(sa, so);
        int[] ib = broadcastIndex(sb, so);
        double[] out = new double[ia.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(x[ia[i]], y[ib[i]]);
        }
        return Tensor.wrap(so, out);
    }

    /**
     * For each flat position of {@code target}, the flat position in a tensor of shape
     * {@code source} that broadcasting reads from.
     */
    static int[] broadcastIndex(int[] source, int[] target) {
        int n = Shape.size(target);
        int[] idx = new int[n];
        int rank = target.length;
        int offset = rank - source.length;
        int[] srcStrides = Shape.strides(source);
        int[] step = new int[rank];
        for (int i = 0; i < rank; i++) {
            step[i] = i < offset || source[i - offset] == 1 ? 0 : srcStrides[i - offset];
        }
        int[] counter = new int[rank];
        int pos = 0;
        for (int k = 0; k < n; k++) {
            idx[k] = pos;
            for (int ax = rank - 1; ax >= 0; ax--) {
                counter[ax]++;
                pos += step[ax];
                if (counter[ax] < target[ax]) {
                    break;
                }
                pos -= step[ax] * counter[ax];
                counter[ax] = 0;
            }
        }
        return idx;
    }

    /**
     * Sums a gradient of a broadcast result back to the shape of the operand that was broadcast:
     * the adjoint of broadcasting {@code shape} up to {@code g.shape()}.
     */
    public static Tensor sumToShape(Tensor g, int[] shape) {
        int[] sg = g.shape();
        if (Shape.same(sg, shape)) {
            return g;
        }
        int[] idx = broadcastIndex(shape, sg);
        double[] out = new double[Shape.size(shape)];
        double[] x = g.raw();
        for (int i = 0; i < idx.length; i++) {
            out[idx[i]] += x[i];
        }
        return Tensor.wrap(shape.clone(), out);
    }

    /** Broadcasts {@code a} up to {@code shape} (copying values). */
    public static Tensor broadcastTo(Tensor a, int[] shape) {
        int[] target = Shape.broadcast(a.shape(), shape);
        if (!Shape.same(target, shape)) {
            throw new ShapeException("cannot broadcast " + Shape.str(a.shape()) + " to " + Shape.str(shape));
        }
        int[] idx = broadcastIndex(a.shape(), shape);
        double[] out = new double[idx.length];
        double[] x = a.raw();
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]];
        }
        return Tensor.wrap(shape.clone(), out);
    }

    /** Sum of all elements, as a scalar. */
    public static Tensor sum(Tensor a) {
        double s = 0;
        for (double v : a.raw()) {
            s += v;
        }
        return Tensor.scalar(s);
    }

    /** Reverses the axes: the matrix transpose for rank 2, the identity for rank 0 and 1. */
    public static Tensor transpose(Tensor a) {
        int[] s = a.shape();
        int rank = s.length;
        if (rank < 2) {
            return a;
        }
        int[] so = new int[rank];
        for (int i = 0; i < rank; i++) {
            so[i] = s[rank - 1 - i];
        }
        int[] inStrides = Shape.strides(s);
        double[] x = a.raw();
        double[] out = new double[x.length];
        int[] counter = new int[rank];
        for (int k = 0; k < out.length; k++) {
            int src = 0;
            for (int ax = 0; ax < rank; ax++) {
                src += counter[ax] * inStrides[rank - 1 - ax];
            }
            out[k] = x[src];
            for (int ax = rank - 1; ax >= 0; ax--) {
                if (++counter[ax] < so[ax]) {
                    break;
                }
                counter[ax] = 0;
            }
        }
        return Tensor.wrap(so, out);
    }

    /**
     * Matrix product with numpy's rules for 1-D and 2-D operands: a 1-D left operand is a row,
     * a 1-D right operand a column, and the added axis is removed from the result.
     *
     * @throws ShapeException naming both shapes when the inner sizes differ or a rank is not 1 or 2
     */
    public static Tensor matmul(Tensor a, Tensor b) {
        int[] sa = a.shape();
        int[] sb = b.shape();
        if (sa.length == 0 || sb.length == 0 || sa.length > 2 || sb.length > 2) {
            throw new ShapeException("@ needs 1-D or 2-D operands, got " + Shape.str(sa) + " and " + Shape.str(sb)
                    + (sa.length == 0 || sb.length == 0 ? " (use * to multiply by a scalar)" : ""));
        }
        int m = sa.length == 1 ? 1 : sa[0];
        int k = sa[sa.length - 1];
        int k2 = sb.length == 1 ? sb[0] : sb[0];
        int n = sb.length == 1 ? 1 : sb[1];
        if (k != k2) {
            throw new ShapeException("shapes " + Shape.str(sa) + " and " + Shape.str(sb)
                    + " cannot be matrix-multiplied: inner sizes " + k + " and " + k2 + " differ");
        }
        double[] x = a.raw();
        double[] y = b.raw();
        double[] out = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double xv = x[i * k + p];
                if (xv == 0) {
                    continue;
                }
                int row = p * n;
                int o = i * n;
                for (int j = 0; j < n; j++) {
                    out[o + j] += xv * y[row + j];
                }
            }
        }
        int[] so;
        if (sa.length == 1 && sb.length == 1) {
            so = new int[0];
        } else if (sa.length == 1) {
            so = new int[] {n};
        } else if (sb.length == 1) {
            so = new int[] {m};
        } else {
            so = new int[] {m, n};
        }
        return Tensor.wrap(so, out);
    }

    /** Stacks equally shaped tensors along a new leading axis. */
    public static Tensor stack(Tensor[] parts) {
        if (parts.length == 0) {
            return Tensor.wrap(new int[] {0}, new double[0]);
        }
        int[] s = parts[0].shape();
        for (Tensor p : parts) {
            if (!Shape.same(p.shape(), s)) {
                throw new ShapeException("cannot stack shapes " + Shape.str(s) + " and " + Shape.str(p.shape()));
            }
        }
        int each = Shape.size(s);
        double[] out = new double[each * parts.length];
        for (int i = 0; i < parts.length; i++) {
            System.arraycopy(parts[i].raw(), 0, out, i * each, each);
        }
        int[] so = new int[s.length + 1];
        so[0] = parts.length;
        System.arraycopy(s, 0, so, 1, s.length);
        return Tensor.wrap(so, out);
    }

    /** The sub-tensor {@code a[i]} along the leading axis; a negative i counts from the end. */
    public static Tensor index(Tensor a, int i) {
        int[] s = a.shape();
        if (s.length == 0) {
            throw new ShapeException("cannot index a scalar");
        }
        int j = i < 0 ? s[0] + i : i;
        if (j < 0 || j >= s[0]) {
            throw new ShapeException("index " + i + " is out of range for axis 0 of size " + s[0]);
        }
        int[] so = new int[s.length - 1];
        System.arraycopy(s, 1, so, 0, so.length);
        int each = Shape.size(so);
        double[] out = new double[each];
        System.arraycopy(a.raw(), j * each, out, 0, each);
        return Tensor.wrap(so, out);
    }

    /** The adjoint of {@link #index}: zeros of {@code shape} with {@code g} placed at row i. */
    public static Tensor unindex(Tensor g, int[] shape, int i) {
        int j = i < 0 ? shape[0] + i : i;
        int each = g.size();
        double[] out = new double[Shape.size(shape)];
        System.arraycopy(g.raw(), 0, out, j * each, each);
        return Tensor.wrap(shape.clone(), out);
    }

    /** Slice {@code i} of a stack along the leading axis (the adjoint of {@link #stack}). */
    public static Tensor unstack(Tensor a, int i) {
        return index(a, i);
    }
}
