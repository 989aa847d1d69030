package dev.gradlab.core.tensor;

/**
 * Reductions and normalisations along one axis. A tensor is seen as (outer, n, inner) around the
 * axis. Every method returns a new tensor and leaves its argument unchanged.
 */
public final class Reductions {
    /** The reductions {@link #reduce} knows. */
    public enum Kind { SUM, MAX, MIN }

    private Reductions() {
    }

    /** Turns a possibly negative axis into 0..rank-1, or throws naming the shape. */
    public static int axis(int axis, int rank) {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new ShapeException("axis " + axis + " is out of range for a tensor of rank " + rank);
        }
        return a;
    }

    /** Shape after reducing {@code axis}: removed, or kept with size 1. */
    public static int[] reducedShape(int[] shape, int axis, boolean keepdims) {
        if (keepdims) {
            int[] s = shape.clone();
            s[axis] = 1;
            return s;
        }
        int[] s = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != axis) {
                s[j++] = shape[i];
            }
        }
        return s;
    }

    /** Sum, max or min along {@code axis} (negative counts from the end). */
    public static Tensor reduce(Tensor a, int axis, boolean keepdims, Kind kind) {
        int[] s = a.shape();
        int ax = axis(axis, s.length);
        int n = s[ax];
        if (n == 0 && kind != Kind.SUM) {
            throw new ShapeException(kind.name().toLowerCase() + " of an empty axis");
        }
        int inner = Shape.size(s, ax + 1, s.length);
        int outer = Shape.size(s, 0, ax);
        double[] x = a.raw();
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                double acc = kind == Kind.SUM ? 0 : x[o * n * inner + i];
                for (int k = 0; k < n; k++) {
                    double v = x[(o * n + k) * inner + i];
                    acc = kind == Kind.SUM ? acc + v : kind == Kind.MAX ? Math.max(acc, v) : Math.min(acc, v);
                }
                out[o * inner + i] = acc;
            }
        }
        return Tensor.wrap(reducedShape(s, ax, keepdims), out);
    }

    /** Max or min of all elements, as a scalar. */
    public static Tensor reduceAll(Tensor a, Kind kind) {
        return reduce(a.reshape(a.size()), 0, false, kind);
    }

    /**
     * Where each element equals the max (or min) of its slice along {@code axis}, 1/(number of ties),
     * else 0: the subgradient of max/min that splits evenly between tied maxima.
     */
    public static Tensor argIndicator(Tensor a, Tensor reducedKeepdims, int axis) {
        int[] s = a.shape();
        int ax = axis(axis, s.length);
        Tensor eq = Kernels.zip(a, reducedKeepdims, (x, m) -> x == m ? 1.0 : 0.0);
        Tensor counts = reduce(eq, ax, true, Kind.SUM);
        return Kernels.zip(eq, counts, (e, c) -> e / c);
    }

    /** Softmax along {@code axis}, computed stably by subtracting each slice's max. */
    public static Tensor softmax(Tensor a, int axis) {
        int ax = axis(axis, a.rank());
        Tensor m = reduce(a, ax, true, Kind.MAX);
        Tensor e = Kernels.zip(a, m, (x, mx) -> Math.exp(x - mx));
        Tensor z = reduce(e, ax, true, Kind.SUM);
        return Kernels.zip(e, z, (p, q) -> p / q);
    }

    /** log(softmax(a)) along {@code axis}, as a − max − log Σ exp(a − max). */
    public static Tensor logSoftmax(Tensor a, int axis) {
        int ax = axis(axis, a.rank());
        Tensor m = reduce(a, ax, true, Kind.MAX);
        Tensor shifted = Kernels.zip(a, m, (x, mx) -> x - mx);
        Tensor lse = Kernels.map(reduce(Kernels.map(shifted, Math::exp), ax, true, Kind.SUM), Math::log);
        return Kernels.zip(shifted, lse, (x, l) -> x - l);
    }
}
