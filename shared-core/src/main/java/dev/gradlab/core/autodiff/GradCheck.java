package dev.gradlab.core.autodiff;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;

import java.util.function.Function;

/**
 * Checks reverse-mode gradients and forward-mode tangents against central finite differences along
 * a random direction,
 * with a random weighting of the outputs — so every entry of every Jacobian takes part, not only
 * the column sums that {@code sum().backward()} would test.
 */
public final class GradCheck {
    private GradCheck() {
    }

    /** What one check measured. */
    public static final class Result {
        /** The directional derivative from backprop: Σᵢ ⟨∂(w·f)/∂xᵢ, uᵢ⟩. */
        public final double analytic;
        /** The same by forward mode: ⟨w, J·u⟩. */
        public final double forward;
        /** The same by central differences. */
        public final double numeric;

        Result(double analytic, double forward, double numeric) {
            this.analytic = analytic;
            this.forward = forward;
            this.numeric = numeric;
        }

        /** Reverse mode against finite differences: |analytic − numeric| / max(1, |analytic|, |numeric|). */
        public double error() {
            return relative(analytic, numeric);
        }

        /** Forward mode against finite differences, measured as {@link #error()}. */
        public double forwardError() {
            return relative(forward, numeric);
        }

        private static double relative(double a, double b) {
            return Math.abs(a - b) / Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
        }
    }

    /**
     * Compares backprop with finite differences for {@code f} at {@code point}.
     *
     * @param f     builds the output node from one input node per tensor of {@code point}
     * @param point where to differentiate; not modified
     * @param rng   source of the direction and the output weighting
     */
    public static Result check(Function<Node[], Node> f, Tensor[] point, SplitMix64 rng) {
        Node[] ins = new Node[point.length];
        for (int i = 0; i < point.length; i++) {
            ins[i] = Node.input("x" + i, point[i]);
        }
        Node out = f.apply(ins);
        Tensor w = randomLike(out.value(), rng);
        Backprop.backward(out, w);
        Tensor[] dir = new Tensor[point.length];
        double analytic = 0;
        for (int i = 0; i < point.length; i++) {
            dir[i] = randomLike(point[i], rng);
            Tensor g = ins[i].grad();
            for (int k = 0; k < g.size(); k++) {
                analytic += g.get(k) * dir[i].get(k);
            }
        }
        java.util.Map<Node, Tensor> seeds = new java.util.IdentityHashMap<>();
        for (int i = 0; i < point.length; i++) {
            seeds.put(ins[i], dir[i]);
        }
        Tensor jv = Jvp.of(out, seeds);
        double forward = 0;
        for (int k = 0; k < jv.size(); k++) {
            forward += jv.get(k) * w.get(k);
        }
        double h = 1e-6;
        double plus = weighted(f, shifted(point, dir, h), w);
        double minus = weighted(f, shifted(point, dir, -h), w);
        return new Result(analytic, forward, (plus - minus) / (2 * h));
    }

    private static Tensor randomLike(Tensor t, SplitMix64 rng) {
        double[] d = new double[t.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.uniform(-1, 1);
        }
        return Tensor.of(t.shape(), d);
    }

    private static Tensor[] shifted(Tensor[] point, Tensor[] dir, double h) {
        Tensor[] out = new Tensor[point.length];
        for (int i = 0; i < point.length; i++) {
            double[] d = point[i].toArray();
            for (int k = 0; k < d.length; k++) {
                d[k] += h * dir[i].get(k);
            }
            out[i] = Tensor.of(point[i].shape(), d);
        }
        return out;
    }

    private static double weighted(Function<Node[], Node> f, Tensor[] at, Tensor w) {
        Node[] ins = new Node[at.length];
        for (int i = 0; i < at.length; i++) {
            ins[i] = Node.constant(at[i]);
        }
        Tensor out = f.apply(ins).value();
        double s = 0;
        for (int k = 0; k < out.size(); k++) {
            s += out.get(k) * w.get(k);
        }
        return s;
    }
}
