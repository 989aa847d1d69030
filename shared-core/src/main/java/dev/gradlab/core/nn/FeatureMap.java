package dev.gradlab.core.nn;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;

import java.util.function.Function;

/**
 * A feature map φ for kernelized (linear) attention, applied row by row: it maps (…, n, d) to
 * (…, n, m) with non-negative entries, so that φ(q)ᵀφ(k) can stand in for the similarity
 * exp(qᵀk/√d). Built from {@link F} ops, hence differentiable. Immutable.
 */
public final class FeatureMap {
    private final String name;
    private final Function<Node, Node> f;

    private FeatureMap(String name, Function<Node, Node> f) {
        this.name = name;
        this.f = f;
    }

    /** A feature map from any function of nodes; {@code name} is how stages show it. */
    public static FeatureMap of(String name, Function<Node, Node> f) {
        return new FeatureMap(name, f);
    }

    /**
     * elu(x) + 1 (Katharopoulos et al. 2020): x + 1 for x > 0, eˣ for x ≤ 0, always positive.
     * There is no elu primitive, so it is relu(x) + exp(−relu(−x)), which equals it everywhere
     * (its derivative is 1 for x > 0 and eˣ for x < 0; at exactly 0 the relu'(0) = 0 convention
     * gives 0 instead of 1).
     */
    public static FeatureMap eluPlusOne() {
        return new FeatureMap("elu+1",
                x -> F.add(F.call("relu", x), F.call("exp", F.neg(F.call("relu", F.neg(x))))));
    }

    /**
     * relu(x): non-negative but possibly all zero, in which case a query meets no key and linear
     * attention divides 0 by 0 (NaN) — use elu+1 or random features when that can happen.
     */
    public static FeatureMap relu() {
        return new FeatureMap("relu", x -> F.call("relu", x));
    }

    /**
     * Positive random features (Performer, Choromanski et al. 2021; seed 004, 3.4) for a fixed
     * d × m matrix Ω whose columns ω_l are draws of N(0, I): φ(x)_l = exp(ω_lᵀx − ‖x‖²/2)/√m.
     * Since E[exp(ωᵀ(q + k))] = exp(‖q + k‖²/2), E[φ(q)ᵀφ(k)] = exp(qᵀk) exactly (unbiased).
     * Feed it q and k already scaled by d^(−1/4) to estimate exp(qᵀk/√d).
     */
    public static FeatureMap positiveRandom(Tensor omega) {
        if (omega.rank() != 2) {
            throw new ShapeException("Ω must be a d×m matrix, got shape " + Shape.str(omega.shape()));
        }
        int m = omega.dim(1);
        Node w = F.constant(omega);
        return new FeatureMap("positive random features (m = " + m + ")", x -> {
            Node proj = F.matmul(x, w);
            Node halfSq = F.div(F.sum(F.mul(x, x), -1, true), F.scalar(2));
            return F.div(F.call("exp", F.sub(proj, halfSq)), F.scalar(Math.sqrt(m)));
        });
    }

    /** φ applied to every row of {@code x}. */
    public Node apply(Node x) {
        return f.apply(x);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "φ = " + name;
    }
}
