package dev.gradlab.core.jobs;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Linalg;
import dev.gradlab.core.tensor.MatMul;
import dev.gradlab.core.tensor.Tensor;

import java.util.Arrays;
import java.util.List;

/**
 * {@code rnn-gradnorm}: how ‖∂h_T/∂h_0‖₂ (the largest singular value of the Jacobian) grows or
 * vanishes with T in the RNN h_t = φ(W h_{t−1} + u_t), for recurrent matrices W of several
 * spectral norms ρ. The Jacobian is the product ∂h_T/∂h_0 = Π_t diag(φ′(a_t))·W, accumulated
 * step by step; since |tanh′| ≤ 1 its norm is at most ρ^T (the series {@code bound_…}).
 * W = ρ·Q with Q orthogonal (every singular value ρ, so the linear RNN attains ρ^T exactly) or
 * ρ·G/‖G‖₂ with G Gaussian (only the largest singular value is ρ).
 */
final class RnnGradNorm implements JobKind {
    @Override
    public String name() {
        return "rnn-gradnorm";
    }

    @Override
    public String title() {
        return "Vanishing and exploding gradients in an RNN";
    }

    @Override
    public String description() {
        return "Computes ‖∂h_T/∂h_0‖ for T = 1 … steps in a linear or tanh RNN whose recurrent matrix has each of "
                + "the given spectral norms, next to the bound ρ^T.";
    }

    @Override
    public List<ParamSpec> params() {
        return Arrays.asList(
                ParamSpec.choice("activation", "φ: tanh or the identity", "tanh", "linear"),
                ParamSpec.choice("matrix", "W = ρ·(orthogonal) or ρ·(Gaussian / its spectral norm)", "orthogonal",
                        "gaussian"),
                ParamSpec.numbers("norms", new double[] {0.5, 0.9, 1.0, 1.1, 1.5}, 0.01, 3, 8,
                        "spectral norms ρ = ‖W‖₂ to compare"),
                ParamSpec.integer("hidden", 32, 2, 128, "the size of h"),
                ParamSpec.integer("steps", 60, 1, 300, "the longest T"),
                ParamSpec.number("inputScale", 0.1, 0, 10, "standard deviation of the inputs u_t and of h_0"),
                ParamSpec.integer("seed", 1, 0, 1L << 53, "seeds W, the inputs and h_0"));
    }

    /** A d×d matrix with orthonormal columns (Gram–Schmidt on a Gaussian matrix, twice for accuracy). */
    static double[] orthogonal(SplitMix64 rng, int d) {
        double[] q = gaussian(rng, d);
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < d; c++) {
                for (int prev = 0; prev < c; prev++) {
                    double dot = 0;
                    for (int r = 0; r < d; r++) {
                        dot += q[r * d + c] * q[r * d + prev];
                    }
                    for (int r = 0; r < d; r++) {
                        q[r * d + c] -= dot * q[r * d + prev];
                    }
                }
                double norm = 0;
                for (int r = 0; r < d; r++) {
                    norm += q[r * d + c] * q[r * d + c];
                }
                norm = Math.sqrt(norm);
                for (int r = 0; r < d; r++) {
                    q[r * d + c] /= norm;
                }
            }
        }
        return q;
    }

    private static double[] gaussian(SplitMix64 rng, int d) {
        double[] g = new double[d * d];
        for (int i = 0; i < g.length; i++) {
            g[i] = rng.nextGaussian();
        }
        return g;
    }

    /** W with ‖W‖₂ = ρ. */
    static Tensor recurrent(SplitMix64 rng, int d, double rho, boolean orthogonal) {
        double[] m = orthogonal ? orthogonal(rng, d) : gaussian(rng, d);
        Tensor t = Tensor.of(new int[] {d, d}, m);
        double scale = rho / (orthogonal ? 1 : Linalg.svd(t).s.get(0));
        for (int i = 0; i < m.length; i++) {
            m[i] *= scale;
        }
        return Tensor.of(new int[] {d, d}, m);
    }

    /**
     * Runs the RNN from {@code h0} with inputs {@code u[t]} and returns ∂h_T/∂h_0 for T = 1 … u.length
     * (element T−1), each d×d.
     */
    static Tensor[] jacobians(Tensor w, double[] h0, double[][] u, boolean tanh) {
        int d = h0.length;
        Tensor h = Tensor.vector(h0);
        double[] eye = new double[d * d];
        for (int i = 0; i < d; i++) {
            eye[i * d + i] = 1;
        }
        Tensor j = Tensor.of(new int[] {d, d}, eye);
        Tensor[] out = new Tensor[u.length];
        for (int t = 0; t < u.length; t++) {
            Tensor a = MatMul.matmul(w, h);
            double[] next = new double[d];
            double[] wj = MatMul.matmul(w, j).toArray();
            for (int i = 0; i < d; i++) {
                double ai = a.get(i) + u[t][i];
                next[i] = tanh ? Math.tanh(ai) : ai;
                double slope = tanh ? 1 - next[i] * next[i] : 1;
                for (int c = 0; c < d; c++) {
                    wj[i * d + c] *= slope;
                }
            }
            h = Tensor.vector(next);
            j = Tensor.of(new int[] {d, d}, wj);
            out[t] = j;
        }
        return out;
    }

    @Override
    public JobResult run(JobParams p, Progress progress) {
        double[] norms = p.numbers("norms");
        int d = p.integer("hidden");
        int steps = p.integer("steps");
        boolean tanh = p.string("activation").equals("tanh");
        boolean orthogonal = p.string("matrix").equals("orthogonal");
        double scale = p.number("inputScale");
        SplitMix64 rng = new SplitMix64(p.longValue("seed"));
        double[] h0 = new double[d];
        double[][] u = new double[steps][d];
        for (int i = 0; i < d; i++) {
            h0[i] = scale * rng.nextGaussian();
        }
        for (double[] row : u) {
            for (int i = 0; i < d; i++) {
                row[i] = scale * rng.nextGaussian();
            }
        }
        double[] ts = new double[steps];
        for (int t = 0; t < steps; t++) {
            ts[t] = t + 1;
        }
        Metrics m = Metrics.empty().put("T", ts);
        JobResult r = JobResult.create();
        String[] ys = new String[2 * norms.length];
        for (int k = 0; k < norms.length; k++) {
            progress.checkCancelled();
            String label = "rho=" + ParamSpec.fmt(norms[k]);
            Tensor w = recurrent(rng, d, norms[k], orthogonal);
            Tensor[] jac = jacobians(w, h0, u, tanh);
            double[] norm = new double[steps];
            double[] bound = new double[steps];
            for (int t = 0; t < steps; t++) {
                if ((t & 15) == 0) {
                    progress.checkCancelled();
                }
                norm[t] = Linalg.svd(jac[t]).s.get(0);
                bound[t] = Math.pow(norms[k], t + 1);
            }
            m.put("norm_" + label, norm).put("bound_" + label, bound);
            ys[2 * k] = "norm_" + label;
            ys[2 * k + 1] = "bound_" + label;
            r.summary("norm_at_T_" + label, norm[steps - 1]);
            progress.report((k + 1.0) / norms.length, m.copy());
        }
        return r.series(m)
                .plot("‖∂h_T/∂h_0‖₂ (" + p.string("activation") + ", " + p.string("matrix") + " W)", "T", "T",
                        "spectral norm of the Jacobian", false, true, ys)
                .note("Below ρ = 1 the gradient from step T back to step 0 vanishes geometrically; above 1 the linear "
                        + "RNN's explodes like ρ^T, while tanh saturates and its slopes below 1 pull the norm under the bound.");
    }
}
