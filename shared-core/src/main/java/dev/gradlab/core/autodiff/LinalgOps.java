package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Kernels;
import dev.gradlab.core.tensor.Layout;
import dev.gradlab.core.tensor.Linalg;
import dev.gradlab.core.tensor.MatMul;
import dev.gradlab.core.tensor.Tensor;

/**
 * Linear algebra through EJML, differentiable: inv, solve, det, pinv, the eigenvalues and
 * eigenvectors of a symmetric matrix, and singular values. FLOPs are the usual dense estimates
 * for n×n inputs: LU 2n³/3 (det), inverse 2n³, solve 2n³/3 + 2n²k, symmetric eigen 9n³, SVD of m×n
 * 4mn² + 8n³ (m ≥ n), pseudo-inverse an SVD plus 2mn·min(m,n).
 *
 * <p>eigh works on the symmetric part (A + Aᵀ)/2, so its gradient is symmetric. The eigenvector
 * gradient needs distinct eigenvalues. The singular vectors are not differentiable here; the
 * singular values are.
 */
public final class LinalgOps {
    private LinalgOps() {
    }

    static void init() {
        // registration happens in the static field initialisers below
    }

    private static Tensor mm(Tensor a, Tensor b) {
        return MatMul.matmul(a, b);
    }

    private static Tensor t(Tensor a) {
        return Layout.transpose(a);
    }

    private static Tensor plus(Tensor a, Tensor b) {
        return Kernels.zip(a, b, Double::sum);
    }

    private static Tensor minus(Tensor a, Tensor b) {
        return Kernels.zip(a, b, (p, q) -> p - q);
    }

    private static Tensor scale(Tensor a, double s) {
        return Kernels.map(a, x -> x * s);
    }

    private static Tensor eye(int n) {
        return LinearOps.diag(Tensor.full(new int[] {n}, 1));
    }

    private static Tensor sym(Tensor a) {
        return scale(plus(a, t(a)), 0.5);
    }

    private static Tensor col(Tensor v) {
        return v.rank() == 1 ? v.reshape(v.dim(0), 1) : v;
    }

    private static long cube(int[] s) {
        return (long) s[0] * s[0] * s[0];
    }

    public static final Op INV = Ops.register(new Op("inv", "∂A⁻¹: G ↦ −A⁻ᵀ G A⁻ᵀ",
            in -> Linalg.inv(in[0]),
            (in, out, g, need) -> new Tensor[] {scale(mm(mm(t(out), g), t(out)), -1)},
            (in, out, tg) -> tg[0] == null ? Tensor.zeros(out.shape()) : scale(mm(mm(out, tg[0]), out), -1),
            (in, out, need) -> 2 * cube(in[0]), (in, out, need) -> 4 * cube(in[0])));

    /** x = solve(A, b): gb = A⁻ᵀ g, gA = −gb xᵀ. */
    public static final Op SOLVE = Ops.register(new Op("solve", "x = A⁻¹b: ∂b ← A⁻ᵀ g, ∂A ← −(A⁻ᵀ g) xᵀ",
            in -> Linalg.solve(in[0], in[1]),
            (in, out, g, need) -> {
                Tensor gb = Linalg.solve(t(in[0]), g);
                Tensor[] res = new Tensor[2];
                res[0] = need[0] ? scale(mm(col(gb), t(col(out))), -1) : null;
                res[1] = need[1] ? gb : null;
                return res;
            },
            (in, out, tg) -> {
                Tensor rhs = tg[1] == null ? Tensor.zeros(out.shape()) : tg[1];
                if (tg[0] != null) {
                    Tensor ax = mm(tg[0], col(out));
                    rhs = minus(rhs, out.rank() == 1 ? ax.reshape(out.dim(0)) : ax);
                }
                return Linalg.solve(in[0], rhs);
            },
            (in, out, need) -> 2 * cube(in[0]) / 3 + 2L * in[0][0] * in[0][0] * (in[1].length == 1 ? 1 : in[1][1]),
            (in, out, need) -> 2 * cube(in[0]) / 3 + 4L * in[0][0] * in[0][0]));

    public static final Op DET = Ops.register(new Op("det", "∂det(A)/∂A = det(A)·A⁻ᵀ",
            in -> Tensor.scalar(Linalg.det(in[0])),
            (in, out, g, need) -> new Tensor[] {scale(Linalg.adjugateTranspose(in[0]), g.item())},
            (in, out, tg) -> tg[0] == null ? Tensor.scalar(0)
                    : Tensor.scalar(Kernels.sum(Kernels.zip(Linalg.adjugateTranspose(in[0]), tg[0], (p, q) -> p * q)).item()),
            (in, out, need) -> 2 * cube(in[0]) / 3, (in, out, need) -> 2 * cube(in[0])));

    private static Tensor pinvVjp(Tensor a, Tensor p, Tensor g) {
        int m = a.dim(0);
        int n = a.dim(1);
        Tensor term1 = scale(mm(mm(t(p), g), t(p)), -1);
        Tensor term2 = mm(mm(minus(eye(m), mm(a, p)), t(g)), mm(p, t(p)));
        Tensor term3 = mm(mm(mm(t(p), p), t(g)), minus(eye(n), mm(p, a)));
        return plus(plus(term1, term2), term3);
    }

    private static Tensor pinvJvp(Tensor a, Tensor p, Tensor da) {
        int m = a.dim(0);
        int n = a.dim(1);
        Tensor term1 = scale(mm(mm(p, da), p), -1);
        Tensor term2 = mm(mm(mm(p, t(p)), t(da)), minus(eye(m), mm(a, p)));
        Tensor term3 = mm(mm(minus(eye(n), mm(p, a)), t(da)), mm(t(p), p));
        return plus(plus(term1, term2), term3);
    }

    public static final Op PINV = Ops.register(new Op("pinv", "∂A⁺ for full-rank A: −A⁺ dA A⁺ plus the two range-projection terms",
            in -> Linalg.pinv(in[0]),
            (in, out, g, need) -> new Tensor[] {pinvVjp(in[0], out, g)},
            (in, out, tg) -> tg[0] == null ? Tensor.zeros(out.shape()) : pinvJvp(in[0], out, tg[0]),
            (in, out, need) -> svdFlops(in[0]) + 2L * in[0][0] * in[0][1] * Math.min(in[0][0], in[0][1]),
            (in, out, need) -> 12L * in[0][0] * in[0][1] * Math.max(in[0][0], in[0][1])));

    public static final Op EIGVALSH = Ops.register(new Op("eigvalsh", "∂λᵢ/∂A = vᵢvᵢᵀ",
            in -> Linalg.eigh(in[0]).values,
            (in, out, g, need) -> {
                Tensor v = Linalg.eigh(in[0]).vectors;
                return new Tensor[] {sym(mm(mm(v, LinearOps.diag(g)), t(v)))};
            },
            (in, out, tg) -> {
                if (tg[0] == null) {
                    return Tensor.zeros(out.shape());
                }
                Tensor v = Linalg.eigh(in[0]).vectors;
                return LinearOps.diag(mm(mm(t(v), sym(tg[0])), v));
            },
            (in, out, need) -> 9 * cube(in[0]), (in, out, need) -> 4 * cube(in[0])));

    /** F with Fᵢⱼ = 1/(λⱼ − λᵢ) off the diagonal, 0 on it. */
    private static Tensor gapInverse(Tensor lambda) {
        int n = lambda.size();
        double[] f = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f[i * n + j] = i == j ? 0 : 1 / (lambda.get(j) - lambda.get(i));
            }
        }
        return Tensor.of(new int[] {n, n}, f);
    }

    private static Tensor times(Tensor a, Tensor b) {
        return Kernels.zip(a, b, (p, q) -> p * q);
    }

    public static final Op EIGVECSH = Ops.register(new Op("eigvecsh",
            "∂V: G ↦ V (F ∘ VᵀG) Vᵀ with Fᵢⱼ = 1/(λⱼ − λᵢ), symmetrised",
            in -> Linalg.eigh(in[0]).vectors,
            (in, out, g, need) -> {
                Linalg.Eigh e = Linalg.eigh(in[0]);
                return new Tensor[] {sym(mm(mm(e.vectors, times(gapInverse(e.values), mm(t(e.vectors), g))), t(e.vectors)))};
            },
            (in, out, tg) -> {
                if (tg[0] == null) {
                    return Tensor.zeros(out.shape());
                }
                Linalg.Eigh e = Linalg.eigh(in[0]);
                return mm(e.vectors, times(gapInverse(e.values), mm(mm(t(e.vectors), sym(tg[0])), e.vectors)));
            },
            (in, out, need) -> 9 * cube(in[0]), (in, out, need) -> 6 * cube(in[0])));

    private static long svdFlops(int[] s) {
        long m = Math.max(s[0], s[1]);
        long n = Math.min(s[0], s[1]);
        return 4 * m * n * n + 8 * n * n * n;
    }

    public static final Op SVDVALS = Ops.register(new Op("svdvals", "∂σᵢ/∂A = uᵢvᵢᵀ",
            in -> Linalg.svd(in[0]).s,
            (in, out, g, need) -> {
                Linalg.Svd s = Linalg.svd(in[0]);
                return new Tensor[] {mm(mm(s.u, LinearOps.diag(g)), t(s.v))};
            },
            (in, out, tg) -> {
                if (tg[0] == null) {
                    return Tensor.zeros(out.shape());
                }
                Linalg.Svd s = Linalg.svd(in[0]);
                return LinearOps.diag(mm(mm(t(s.u), tg[0]), s.v));
            },
            (in, out, need) -> svdFlops(in[0]), (in, out, need) -> 2L * in[0][0] * in[0][1] * Math.min(in[0][0], in[0][1])));
}
