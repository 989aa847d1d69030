package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Index;
import dev.gradlab.core.tensor.Layout;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

/**
 * Ops that move elements without arithmetic: reshape, transposes, indexing, concat and stack.
 * They cost no FLOPs; their VJP and JVP are the same movement (or its adjoint) applied to the
 * gradient or tangent.
 */
public final class ShapeOps {
    private ShapeOps() {
    }

    static void init() {
        // registration happens in the static field initialisers below
    }

    private static long zero(int[][] in, int[] out, boolean[] need) {
        return 0;
    }

    private static Tensor zerosIfNull(Tensor t, int[] shape) {
        return t == null ? Tensor.zeros(shape) : t;
    }

    /** numpy's {@code .T}: all axes reversed. */
    public static final Op TRANSPOSE = Ops.register(new Op("transpose", "∂(Aᵀ): the gradient is transposed back, Gᵀ",
            in -> Layout.transpose(in[0]),
            (in, out, g, need) -> new Tensor[] {Layout.transpose(g)},
            (in, out, t) -> Layout.transpose(zerosIfNull(t[0], in[0].shape())),
            ShapeOps::zero, ShapeOps::zero));

    /** Swaps the last two axes: the transpose of every matrix in a batch. */
    public static final Op SWAP_LAST = Ops.register(new Op("mT", "∂(swap last two axes): swap them back",
            in -> Layout.swapLast(in[0]),
            (in, out, g, need) -> new Tensor[] {Layout.swapLast(g)},
            (in, out, t) -> Layout.swapLast(zerosIfNull(t[0], in[0].shape())),
            ShapeOps::zero, ShapeOps::zero));

    /** Reshapes to {@code shape}; the gradient is reshaped back. */
    public static Op reshape(int[] shape) {
        int[] target = shape.clone();
        return new Op("reshape", "∂reshape: the gradient is reshaped back to " + Shape.str(target),
                in -> in[0].reshape(target),
                (in, out, g, need) -> new Tensor[] {g.reshape(in[0].shape())},
                (in, out, t) -> zerosIfNull(t[0], in[0].shape()).reshape(target),
                ShapeOps::zero, ShapeOps::zero);
    }

    /** Permutes axes as numpy's {@code transpose(a, axes)}. */
    public static Op permute(int[] perm) {
        int[] p = perm.clone();
        int[] inv = Layout.inverse(p);
        return new Op("permute", "∂permute: the gradient is permuted back",
                in -> Layout.permute(in[0], p),
                (in, out, g, need) -> new Tensor[] {Layout.permute(g, inv)},
                (in, out, t) -> Layout.permute(zerosIfNull(t[0], in[0].shape()), p),
                ShapeOps::zero, ShapeOps::zero);
    }

    /** {@code a[index]} for a basic index of whole numbers and slices. */
    public static Op getitem(Index index) {
        return new Op("index", "∂a" + index + ": the gradient goes back to the selected entries, zeros elsewhere",
                in -> index.get(in[0]),
                (in, out, g, need) -> new Tensor[] {index.scatter(g, in[0].shape())},
                (in, out, t) -> index.get(zerosIfNull(t[0], in[0].shape())),
                ShapeOps::zero, ShapeOps::zero);
    }

    /**
     * {@code a} with the entries selected by {@code index} replaced by {@code v} (broadcast to the
     * selection): the value of {@code a} after {@code a[index] = v}.
     */
    public static Op setitem(Index index) {
        return new Op("setitem", "∂(a[i] = v): a gets the gradient outside the selection, v the (summed) gradient inside it",
                in -> index.put(in[0], in[1]),
                (in, out, g, need) -> new Tensor[] {
                    need[0] ? index.put(g, Tensor.scalar(0)) : null,
                    need[1] ? dev.gradlab.core.tensor.Kernels.sumToShape(index.get(g), in[1].shape()) : null},
                (in, out, t) -> index.put(zerosIfNull(t[0], in[0].shape()), zerosIfNull(t[1], in[1].shape())),
                ShapeOps::zero, ShapeOps::zero);
    }

    /** Concatenation of all inputs along {@code axis}. */
    public static Op concat(int axis) {
        return new Op("concat", "∂concat: each input gets its own stretch of the gradient",
                in -> Layout.concat(in, axis),
                (in, out, g, need) -> split(in, g, axis, need),
                (in, out, t) -> {
                    Tensor[] parts = new Tensor[in.length];
                    for (int i = 0; i < in.length; i++) {
                        parts[i] = zerosIfNull(t[i], in[i].shape());
                    }
                    return Layout.concat(parts, axis);
                },
                ShapeOps::zero, ShapeOps::zero);
    }

    /** Stacking of all inputs along a new {@code axis}. */
    public static Op stack(int axis) {
        return new Op("stack", "∂stack(a₀, a₁, …)/∂aᵢ: slice i of the gradient",
                in -> Layout.stack(in, axis),
                (in, out, g, need) -> {
                    int ax = axis < 0 ? axis + out.rank() : axis;
                    Tensor[] parts = new Tensor[in.length];
                    for (int i = 0; i < in.length; i++) {
                        parts[i] = need[i] ? Layout.narrow(g, ax, i, 1).reshape(in[i].shape()) : null;
                    }
                    return parts;
                },
                (in, out, t) -> {
                    Tensor[] parts = new Tensor[in.length];
                    for (int i = 0; i < in.length; i++) {
                        parts[i] = zerosIfNull(t[i], in[i].shape());
                    }
                    return Layout.stack(parts, axis);
                },
                ShapeOps::zero, ShapeOps::zero);
    }

    /** Stacking along a new leading axis, as a list literal {@code [a, b]} does. */
    public static final Op STACK = Ops.register(stack(0));

    private static Tensor[] split(Tensor[] in, Tensor g, int axis, boolean[] need) {
        int ax = axis < 0 ? axis + g.rank() : axis;
        Tensor[] parts = new Tensor[in.length];
        int from = 0;
        for (int i = 0; i < in.length; i++) {
            int n = in[i].dim(ax);
            parts[i] = need[i] ? Layout.narrow(g, ax, from, n) : null;
            from += n;
        }
        return parts;
    }
}
