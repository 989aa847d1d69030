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
        return Tensor.wrap(a.shapeRef(), out);
    }

    /**
     * Applies {@code f} to pairs of elements under numpy broadcasting.
     *
     * @throws ShapeException naming both shapes when they do not broadcast
     */
    public static Tensor zip(Tensor a, Tensor b, DoubleBinaryOperator f) {
        int[] sa = a.shapeRef();
        int[] sb = b.shapeRef();
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
        int[] sg = g.shapeRef();
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
        if (Shape.same(a.shapeRef(), shape)) {
            return a;
        }
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
}
