package dev.gradlab.core.tensor;

/**
 * Kernels that move elements without arithmetic: axis permutations, concatenation, stacking.
 * Every method returns a new tensor and leaves its arguments unchanged.
 */
public final class Layout {
    private Layout() {
    }

    /** numpy's transpose with axes: output axis i is input axis {@code perm[i]}. */
    public static Tensor permute(Tensor a, int[] perm) {
        int[] s = a.shape();
        int rank = s.length;
        if (perm.length != rank) {
            throw new ShapeException("permutation of " + perm.length + " axes for a tensor of rank " + rank);
        }
        int[] so = new int[rank];
        int[] inStrides = Shape.strides(s);
        int[] step = new int[rank];
        boolean[] used = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            int p = Reductions.axis(perm[i], rank);
            if (used[p]) {
                throw new ShapeException("axis " + p + " appears twice in the permutation");
            }
            used[p] = true;
            so[i] = s[p];
            step[i] = inStrides[p];
        }
        double[] x = a.raw();
        double[] out = new double[x.length];
        int[] counter = new int[rank];
        int src = 0;
        for (int k = 0; k < out.length; k++) {
            out[k] = x[src];
            for (int ax = rank - 1; ax >= 0; ax--) {
                src += step[ax];
                if (++counter[ax] < so[ax]) {
                    break;
                }
                src -= step[ax] * counter[ax];
                counter[ax] = 0;
            }
        }
        return Tensor.wrap(so, out);
    }

    /** The inverse of a permutation. */
    public static int[] inverse(int[] perm) {
        int[] inv = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            inv[Reductions.axis(perm[i], perm.length)] = i;
        }
        return inv;
    }

    /** Reverses all axes: numpy's {@code .T}; the identity for rank 0 and 1. */
    public static Tensor transpose(Tensor a) {
        int rank = a.rank();
        if (rank < 2) {
            return a;
        }
        int[] perm = new int[rank];
        for (int i = 0; i < rank; i++) {
            perm[i] = rank - 1 - i;
        }
        return permute(a, perm);
    }

    /** Swaps the last two axes (the matrix transpose of each matrix in a batch). */
    public static Tensor swapLast(Tensor a) {
        int rank = a.rank();
        if (rank < 2) {
            return a;
        }
        int[] perm = new int[rank];
        for (int i = 0; i < rank; i++) {
            perm[i] = i;
        }
        perm[rank - 2] = rank - 1;
        perm[rank - 1] = rank - 2;
        return permute(a, perm);
    }

    /**
     * Joins tensors along an existing {@code axis}; all other sizes must agree.
     *
     * @throws ShapeException naming the first shape that does not fit
     */
    public static Tensor concat(Tensor[] parts, int axis) {
        if (parts.length == 0) {
            throw new ShapeException("concatenate needs at least one tensor");
        }
        int[] s0 = parts[0].shape();
        if (s0.length == 0) {
            throw new ShapeException("cannot concatenate scalars; use stack");
        }
        int ax = Reductions.axis(axis, s0.length);
        int total = 0;
        for (Tensor p : parts) {
            int[] s = p.shape();
            boolean ok = s.length == s0.length;
            for (int i = 0; ok && i < s.length; i++) {
                ok = i == ax || s[i] == s0[i];
            }
            if (!ok) {
                throw new ShapeException("cannot concatenate shapes " + Shape.str(s0) + " and " + Shape.str(s)
                        + " along axis " + axis);
            }
            total += s[ax];
        }
        int outer = Shape.size(s0, 0, ax);
        int inner = Shape.size(s0, ax + 1, s0.length);
        int[] so = s0.clone();
        so[ax] = total;
        double[] out = new double[Shape.size(so)];
        int offset = 0;
        for (Tensor p : parts) {
            int n = p.dim(ax);
            double[] x = p.raw();
            for (int o = 0; o < outer; o++) {
                System.arraycopy(x, o * n * inner, out, (o * total + offset) * inner, n * inner);
            }
            offset += n;
        }
        return Tensor.wrap(so, out);
    }

    /** Rows {@code [from, from + n)} of {@code a} along {@code axis}: the adjoint piece of concat. */
    public static Tensor narrow(Tensor a, int axis, int from, int n) {
        int[] s = a.shape();
        int ax = Reductions.axis(axis, s.length);
        int outer = Shape.size(s, 0, ax);
        int inner = Shape.size(s, ax + 1, s.length);
        int[] so = s.clone();
        so[ax] = n;
        double[] x = a.raw();
        double[] out = new double[Shape.size(so)];
        for (int o = 0; o < outer; o++) {
            System.arraycopy(x, (o * s[ax] + from) * inner, out, o * n * inner, n * inner);
        }
        return Tensor.wrap(so, out);
    }

    /** Stacks equally shaped tensors along a new {@code axis}. */
    public static Tensor stack(Tensor[] parts, int axis) {
        if (parts.length == 0) {
            throw new ShapeException("stack needs at least one tensor");
        }
        int[] s = parts[0].shape();
        int ax = Reductions.axis(axis, s.length + 1);
        Tensor[] expanded = new Tensor[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!Shape.same(parts[i].shape(), s)) {
                throw new ShapeException("cannot stack shapes " + Shape.str(s) + " and " + Shape.str(parts[i].shape()));
            }
            expanded[i] = parts[i].reshape(insertAxis(s, ax));
        }
        return concat(expanded, ax);
    }

    /** {@code shape} with a new axis of size 1 at {@code axis}. */
    public static int[] insertAxis(int[] shape, int axis) {
        int[] so = new int[shape.length + 1];
        for (int i = 0, j = 0; i < so.length; i++) {
            so[i] = i == axis ? 1 : shape[j++];
        }
        return so;
    }
}
