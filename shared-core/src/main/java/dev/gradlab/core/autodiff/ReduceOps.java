package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Kernels;
import dev.gradlab.core.tensor.Reductions;
import dev.gradlab.core.tensor.Reductions.Kind;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

/**
 * Reductions (sum, mean, max, min; over everything or along an axis, with keepdims), the softmax
 * pair and the 2-norm. An axis of {@code null} means every element. FLOPs follow the course's
 * convention: a sum of n numbers is n additions, a mean n + 1 operations, a comparison 1.
 * max and min split the gradient evenly between tied maxima.
 */
public final class ReduceOps {
    private ReduceOps() {
    }

    static void init() {
        // registration happens in the static field initialisers below
    }

    private static Tensor flatIfAll(Tensor a, Integer axis) {
        return axis == null ? a.reshape(a.size()) : a;
    }

    private static int ax(Integer axis) {
        return axis == null ? 0 : axis;
    }

    /** The gradient of a reduced tensor broadcast back over the reduced axis. */
    private static Tensor expand(Tensor g, Tensor in, Integer axis) {
        if (axis == null) {
            return Kernels.broadcastTo(g.reshape(), in.shape());
        }
        int a = Reductions.axis(axis, in.rank());
        return Kernels.broadcastTo(g.reshape(Reductions.reducedShape(in.shape(), a, true)), in.shape());
    }

    private static Tensor reduce(Tensor a, Integer axis, boolean keepdims, Kind kind) {
        Tensor r = Reductions.reduce(flatIfAll(a, axis), ax(axis), keepdims && axis != null, kind);
        return axis == null && keepdims ? r.reshape(ones(a.rank())) : r;
    }

    private static int[] ones(int rank) {
        int[] s = new int[rank];
        java.util.Arrays.fill(s, 1);
        return s;
    }

    private static String where(Integer axis) {
        return axis == null ? "" : " along axis " + axis;
    }

    /** Sum of all elements ({@code axis == null}) or along an axis. */
    public static Op sum(Integer axis, boolean keepdims) {
        return new Op("sum", "∂sum(a)/∂aᵢ = 1" + where(axis),
                in -> reduce(in[0], axis, keepdims, Kind.SUM),
                (in, out, g, need) -> new Tensor[] {expand(g, in[0], axis)},
                (in, out, t) -> t[0] == null ? Tensor.zeros(out.shape()) : reduce(t[0], axis, keepdims, Kind.SUM),
                (in, out, need) -> Shape.size(in[0]),
                (in, out, need) -> 0);
    }

    /** Mean of all elements or along an axis. */
    public static Op mean(Integer axis, boolean keepdims) {
        return new Op("mean", "∂mean(a)/∂aᵢ = 1/n" + where(axis),
                in -> scale(reduce(in[0], axis, keepdims, Kind.SUM), 1.0 / count(in[0], axis)),
                (in, out, g, need) -> new Tensor[] {expand(scale(g, 1.0 / count(in[0], axis)), in[0], axis)},
                (in, out, t) -> t[0] == null ? Tensor.zeros(out.shape())
                        : scale(reduce(t[0], axis, keepdims, Kind.SUM), 1.0 / count(in[0], axis)),
                (in, out, need) -> Shape.size(in[0]) + Shape.size(out),
                (in, out, need) -> Shape.size(out));
    }

    /** Max ({@code max == true}) or min of all elements or along an axis. */
    public static Op extreme(boolean max, Integer axis, boolean keepdims) {
        Kind kind = max ? Kind.MAX : Kind.MIN;
        String name = max ? "max" : "min";
        return new Op(name, "∂" + name + "(a)/∂aᵢ = 1 where aᵢ is the " + name + where(axis)
                + ", else 0 (split evenly between ties)",
                in -> reduce(in[0], axis, keepdims, kind),
                (in, out, g, need) -> new Tensor[] {
                    Kernels.zip(indicator(in[0], axis, kind), expand(g, in[0], axis), (p, q) -> p * q)},
                (in, out, t) -> t[0] == null ? Tensor.zeros(out.shape()) : reduce(
                        Kernels.zip(indicator(in[0], axis, kind), t[0], (p, q) -> p * q), axis, keepdims, Kind.SUM),
                (in, out, need) -> Shape.size(in[0]),
                (in, out, need) -> Shape.size(in[0]));
    }

    private static Tensor indicator(Tensor a, Integer axis, Kind kind) {
        Tensor flat = flatIfAll(a, axis);
        Tensor r = Reductions.reduce(flat, ax(axis), true, kind);
        return Reductions.argIndicator(flat, r, ax(axis)).reshape(a.shape());
    }

    private static int count(Tensor a, Integer axis) {
        return axis == null ? a.size() : a.dim(Reductions.axis(axis, a.rank()));
    }

    private static Tensor scale(Tensor a, double s) {
        return Kernels.map(a, x -> x * s);
    }

    private static Tensor sumKeep(Tensor a, int axis) {
        return Reductions.reduce(a, axis, true, Kind.SUM);
    }

    /** Softmax along {@code axis} (stable). */
    public static Op softmax(int axis) {
        return new Op("softmax", "∂softmax: g ↦ y ⊙ (g − Σ g⊙y) along axis " + axis,
                in -> Reductions.softmax(in[0], axis),
                (in, out, g, need) -> new Tensor[] {Kernels.zip(out, Kernels.zip(g,
                        sumKeep(Kernels.zip(g, out, (p, q) -> p * q), axis), (p, q) -> p - q), (p, q) -> p * q)},
                (in, out, t) -> t[0] == null ? Tensor.zeros(out.shape()) : Kernels.zip(out, Kernels.zip(t[0],
                        sumKeep(Kernels.zip(t[0], out, (p, q) -> p * q), axis), (p, q) -> p - q), (p, q) -> p * q),
                (in, out, need) -> 5L * Shape.size(in[0]),
                (in, out, need) -> 4L * Shape.size(in[0]));
    }

    /** log(softmax) along {@code axis} (stable). */
    public static Op logSoftmax(int axis) {
        return new Op("log_softmax", "∂log_softmax: g ↦ g − softmax(a)·Σ g along axis " + axis,
                in -> Reductions.logSoftmax(in[0], axis),
                (in, out, g, need) -> new Tensor[] {Kernels.zip(g, Kernels.zip(Kernels.map(out, Math::exp),
                        sumKeep(g, axis), (p, q) -> p * q), (p, q) -> p - q)},
                (in, out, t) -> t[0] == null ? Tensor.zeros(out.shape()) : Kernels.zip(t[0],
                        sumKeep(Kernels.zip(Kernels.map(out, Math::exp), t[0], (p, q) -> p * q), axis), (p, q) -> p - q),
                (in, out, need) -> 5L * Shape.size(in[0]) + slices(in[0], axis),
                (in, out, need) -> 4L * Shape.size(in[0]));
    }

    /** How many slices along {@code axis} a tensor of {@code shape} has: one log per slice. */
    private static long slices(int[] shape, int axis) {
        int n = shape[Reductions.axis(axis, shape.length)];
        return n == 0 ? 0 : Shape.size(shape) / n;
    }

    /** The 2-norm of all elements: a vector's Euclidean norm, a matrix's Frobenius norm. */
    public static final Op NORM = Ops.register(new Op("norm", "∂‖a‖/∂a = a/‖a‖ (0 at a = 0)",
            in -> Tensor.scalar(Math.sqrt(Kernels.sum(Kernels.map(in[0], x -> x * x)).item())),
            (in, out, g, need) -> {
                double n = out.item();
                double s = n == 0 ? 0 : g.item() / n;
                return new Tensor[] {Kernels.map(in[0], x -> x * s)};
            },
            (in, out, t) -> {
                double n = out.item();
                if (t[0] == null || n == 0) {
                    return Tensor.scalar(0);
                }
                return Tensor.scalar(Kernels.sum(Kernels.zip(in[0], t[0], (p, q) -> p * q)).item() / n);
            },
            (in, out, need) -> 2L * Shape.size(in[0]) + 1,
            (in, out, need) -> 2L * Shape.size(in[0])));

    public static final Op SUM = Ops.register(sum(null, false));
    public static final Op MEAN = Ops.register(mean(null, false));
    public static final Op MAX = Ops.register(extreme(true, null, false));
    public static final Op MIN = Ops.register(extreme(false, null, false));
    public static final Op SOFTMAX = Ops.register(softmax(-1));
    public static final Op LOG_SOFTMAX = Ops.register(logSoftmax(-1));
}
