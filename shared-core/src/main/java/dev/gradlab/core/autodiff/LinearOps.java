package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Kernels;
import dev.gradlab.core.tensor.Layout;
import dev.gradlab.core.tensor.MatMul;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;

/**
 * Matrix product (numpy {@code matmul}, batched) and {@code diag}. An (m,k)×(k,n) product costs
 * 2mkn FLOPs, forward and per input of the backward pass.
 */
public final class LinearOps {
    private LinearOps() {
    }

    static void init() {
        // registration happens in the static field initialisers below
    }

    /** Promotes a 1-D operand as matmul does: a row on the left, a column on the right. */
    private static Tensor promote(Tensor t, boolean left) {
        if (t.rank() != 1) {
            return t;
        }
        return left ? t.reshape(1, t.dim(0)) : t.reshape(t.dim(0), 1);
    }

    private static Tensor[] matmulVjp(Tensor[] in, Tensor out, Tensor g, boolean[] need) {
        Tensor a = promote(in[0], true);
        Tensor b = promote(in[1], false);
        int[] so = MatMul.matmul(a, b).shape();
        Tensor g2 = g.reshape(so);
        Tensor[] res = new Tensor[2];
        if (need[0]) {
            Tensor ga = MatMul.matmul(g2, Layout.swapLast(b));
            res[0] = Kernels.sumToShape(ga, a.shape()).reshape(in[0].shape());
        }
        if (need[1]) {
            Tensor gb = MatMul.matmul(Layout.swapLast(a), g2);
            res[1] = Kernels.sumToShape(gb, b.shape()).reshape(in[1].shape());
        }
        return res;
    }

    private static long matmulFlops(int[][] in, int[] out) {
        int[] a = in[0];
        int k = a[a.length - 1];
        return 2L * k * Shape.size(out);
    }

    public static final Op MATMUL = Ops.register(new Op("matmul", "∂(A@B)/∂A: G@Bᵀ, ∂(A@B)/∂B: Aᵀ@G",
            in -> MatMul.matmul(in[0], in[1]),
            LinearOps::matmulVjp,
            (in, out, t) -> {
                Tensor r = Tensor.zeros(out.shape());
                if (t[0] != null) {
                    r = Kernels.zip(r, MatMul.matmul(t[0], in[1]), Double::sum);
                }
                if (t[1] != null) {
                    r = Kernels.zip(r, MatMul.matmul(in[0], t[1]), Double::sum);
                }
                return r;
            },
            (in, out, need) -> matmulFlops(in, out),
            (in, out, need) -> (need[0] ? matmulFlops(in, out) : 0) + (need[1] ? matmulFlops(in, out) : 0)));

    /** A vector to the diagonal matrix it defines, or a square matrix to its diagonal. */
    public static final Op DIAG = Ops.register(new Op("diag", "∂diag: the gradient's diagonal goes back",
            in -> diag(in[0]),
            (in, out, g, need) -> new Tensor[] {in[0].rank() == 2 ? diagInto(g, in[0].shape()) : diag(g)},
            (in, out, t) -> t[0] == null ? Tensor.zeros(out.shape()) : diag(t[0]),
            (in, out, need) -> 0, (in, out, need) -> 0));

    /** A zero matrix of {@code shape} with {@code v} on its main diagonal. */
    private static Tensor diagInto(Tensor v, int[] shape) {
        double[] d = new double[shape[0] * shape[1]];
        for (int i = 0; i < v.size(); i++) {
            d[i * shape[1] + i] = v.get(i);
        }
        return Tensor.of(shape, d);
    }

    /**
     * numpy's {@code diag}: a vector of length n becomes an n×n matrix, a matrix gives its main
     * diagonal.
     */
    public static Tensor diag(Tensor a) {
        if (a.rank() == 1) {
            int n = a.dim(0);
            double[] d = new double[n * n];
            for (int i = 0; i < n; i++) {
                d[i * n + i] = a.get(i);
            }
            return Tensor.of(new int[] {n, n}, d);
        }
        if (a.rank() == 2) {
            int n = Math.min(a.dim(0), a.dim(1));
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = a.get(i * a.dim(1) + i);
            }
            return Tensor.vector(d);
        }
        throw new ShapeException("diag needs a vector or a matrix, got shape " + Shape.str(a.shape()));
    }
}
