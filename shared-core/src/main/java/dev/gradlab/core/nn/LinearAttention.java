package dev.gradlab.core.nn;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;

/**
 * Kernelized attention (seed 004, 3.3–3.4): the similarity exp(q_iᵀk_j) of softmax attention is
 * replaced by φ(q_i)ᵀφ(k_j) for a feature map φ: ℝ^d → ℝ₊^m, so
 * <pre>
 *   out_i = φ(q_i)ᵀ (Σ_j φ(k_j) v_jᵀ) / φ(q_i)ᵀ (Σ_j φ(k_j))
 * </pre>
 * and by associativity the n×n matrix is never formed: time O(n·m·d_v) plus the cost of φ,
 * space O(n·m + m·d_v). {@link #quadratic} computes the same thing the O(n²) way, D⁻¹AV with
 * A = φ(Q)φ(K)ᵀ, for comparison. Inputs (…, n, d) as in {@link Attention}; none is modified.
 */
public final class LinearAttention {
    private LinearAttention() {
    }

    /**
     * Linear attention in O(n). Stages: "φ(Q)" (n, m), "φ(K)" (n, m), "φ(K)ᵀV" (m, d_v),
     * "φ(K)ᵀ1" (1, m), "numerator" (n, d_v), "denominator" (n, 1), "output".
     * Forward FLOPs beyond φ: 4nm·d_v + 3nm + n·d_v.
     */
    public static AttentionResult linear(Node q, Node k, Node v, FeatureMap phi) {
        Attention.checkQkv(q, k, v);
        AttentionResult.Builder b = new AttentionResult.Builder();
        linearStages(b, q, k, v, phi);
        return b.build();
    }

    private static void linearStages(AttentionResult.Builder b, Node q, Node k, Node v, FeatureMap phi) {
        Node fq = b.add("φ(Q)", "φ = " + phi.name() + ", row by row", phi.apply(q));
        Node fk = b.add("φ(K)", "φ = " + phi.name() + ", row by row", phi.apply(k));
        Node kv = b.add("φ(K)ᵀV", "S = Σ_j φ(k_j) v_jᵀ  (m × d_v)", F.matmul(F.mT(fk), v));
        Node z = b.add("φ(K)ᵀ1", "z = Σ_j φ(k_j)  (1 × m)", F.sum(fk, -2, true));
        Node num = b.add("numerator", "φ(Q) S", F.matmul(fq, kv));
        Node den = b.add("denominator", "φ(Q) zᵀ  (one number per query)", F.matmul(fq, F.mT(z)));
        b.add("output", "out_i = φ(q_i)ᵀS / φ(q_i)ᵀz", F.div(num, den));
    }

    /**
     * The same attention computed quadratically, D⁻¹AV. Stages: "φ(Q)", "φ(K)",
     * "A = φ(Q)φ(K)ᵀ" (n × n), "row sums" (n, 1), "D⁻¹A" (the weights), "×V".
     */
    public static AttentionResult quadratic(Node q, Node k, Node v, FeatureMap phi) {
        Attention.checkQkv(q, k, v);
        AttentionResult.Builder b = new AttentionResult.Builder();
        Node fq = b.add("φ(Q)", "φ = " + phi.name() + ", row by row", phi.apply(q));
        Node fk = b.add("φ(K)", "φ = " + phi.name() + ", row by row", phi.apply(k));
        normalisedStages(b, fq, fk, v, null);
        return b.build();
    }

    /**
     * The quadratic stages after φ: "A = φ(Q)φ(K)ᵀ", "masked" (only with a mask: A ⊙ M), "row
     * sums", "D⁻¹A" (the weights), "×V".
     */
    private static void normalisedStages(AttentionResult.Builder b, Node fq, Node fk, Node v, AttentionMask mask) {
        Node a = b.add("A = φ(Q)φ(K)ᵀ", "a_ij = φ(q_i)ᵀφ(k_j)  (n × n)", F.matmul(fq, F.mT(fk)));
        if (mask != null) {
            a = b.add("masked", "A ⊙ M: 0 where query i may not see key j (the O(n) form sums only j it may see)",
                    F.mul(a, F.constant(mask.keep())));
        }
        Node d = b.add("row sums", "D = diag(A1), kept as a column", F.sum(a, -1, true));
        Node w = b.weights("D⁻¹A", "row i of A divided by its sum", F.div(a, d));
        b.add("×V", "D⁻¹AV", F.matmul(w, v));
    }

    /**
     * Ω (d × m) with independent N(0, 1) entries from {@link SplitMix64} seeded with {@code seed}
     * (row-major order): the same seed gives the same Ω on every runtime.
     */
    public static Tensor randomProjection(int d, int m, long seed) {
        if (d <= 0 || m <= 0) {
            throw new IllegalArgumentException("random features need d > 0 and m > 0, got d = " + d + ", m = " + m);
        }
        SplitMix64 rng = new SplitMix64(seed);
        double[] w = new double[d * m];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian();
        }
        return Tensor.of(new int[] {d, m}, w);
    }

    /** {@link #performer(Node, Node, Node, Tensor)} with Ω = {@link #randomProjection}(d, m, seed). */
    public static AttentionResult performer(Node q, Node k, Node v, int m, long seed) {
        return performer(q, k, v, randomProjection(q.shape()[q.shape().length - 1], m, seed));
    }

    /**
     * Random-feature approximation of softmax(QKᵀ/√d)V: Q and K are scaled by d^(−1/4) (so
     * q'ᵀk' = qᵀk/√d), then linear attention with positive random features
     * φ(x) = exp(Ωᵀx − ‖x‖²/2)/√m, whose products φ(q')ᵀφ(k') are unbiased estimates of
     * exp(qᵀk/√d). The ratio (the output) is a consistent, slightly biased estimate whose error
     * shrinks like 1/√m. Time O(n·m·d), space O(n·m + m·d). Stages: "Q/d^¼", "K/d^¼", then those
     * of {@link #linear}.
     *
     * @param omega d × m, columns drawn from N(0, I); not modified
     */
    public static AttentionResult performer(Node q, Node k, Node v, Tensor omega) {
        Attention.checkQkv(q, k, v);
        int d = q.shape()[q.shape().length - 1];
        checkOmega(omega, d);
        AttentionResult.Builder b = new AttentionResult.Builder();
        Node c = F.scalar(Math.pow(d, -0.25));
        Node qs = b.add("Q/d^¼", "Q · d^(−1/4)  (d = " + d + ")", F.mul(q, c));
        Node ks = b.add("K/d^¼", "K · d^(−1/4)", F.mul(k, c));
        linearStages(b, qs, ks, v, FeatureMap.positiveRandom(omega));
        return b.build();
    }

    /**
     * The random-feature approximation of masked softmax attention (causal, local window, padding):
     * the estimated scores φ(q'_i)ᵀφ(k'_j) are kept where {@code mask} allows and zeroed
     * elsewhere, then each row is normalised: out = D⁻¹(A ⊙ M)V. For a causal mask this is the
     * O(n) prefix-sum form out_i = φ(q'_i)ᵀS_i / φ(q'_i)ᵀz_i with S_i = Σ_{j≤i} φ(k'_j)v_jᵀ and
     * z_i = Σ_{j≤i} φ(k'_j); it is computed here the O(n²) way, so that every stage can be shown.
     * Stages: "Q/d^¼", "K/d^¼", "φ(Q)", "φ(K)", "A = φ(Q)φ(K)ᵀ", "masked", "row sums", "D⁻¹A"
     * (the weights), "×V". A null mask is no mask.
     *
     * @param omega d × m, columns drawn from N(0, I); not modified
     * @throws IllegalArgumentException if a query may attend to no key (its row would be 0/0)
     */
    public static AttentionResult performer(Node q, Node k, Node v, Tensor omega, AttentionMask mask) {
        Attention.checkQkv(q, k, v);
        int d = q.shape()[q.shape().length - 1];
        checkOmega(omega, d);
        if (mask != null && mask.hasEmptyRow()) {
            throw new IllegalArgumentException("every query needs at least one key it may attend to:\n" + mask);
        }
        AttentionResult.Builder b = new AttentionResult.Builder();
        Node c = F.scalar(Math.pow(d, -0.25));
        FeatureMap phi = FeatureMap.positiveRandom(omega);
        Node fq = b.add("φ(Q)", "φ = " + phi.name() + " of Q · d^(−1/4), row by row", phi.apply(F.mul(q, c)));
        Node fk = b.add("φ(K)", "φ = " + phi.name() + " of K · d^(−1/4), row by row", phi.apply(F.mul(k, c)));
        normalisedStages(b, fq, fk, v, mask);
        return b.build();
    }

    private static void checkOmega(Tensor omega, int d) {
        if (omega.rank() != 2 || omega.dim(0) != d) {
            throw new ShapeException("Ω needs " + d + " rows (one per feature of q), got shape "
                    + dev.gradlab.core.tensor.Shape.str(omega.shape()));
        }
    }

    /**
     * The random-feature estimate of the unnormalised score matrix exp(QKᵀ/√d): φ(Q')φ(K')ᵀ with
     * Q' = Q·d^(−1/4), K' = K·d^(−1/4). Each entry is an unbiased estimate. For checks; O(n²m).
     */
    public static Tensor estimatedScores(Tensor q, Tensor k, Tensor omega) {
        int d = q.dim(-1);
        Node c = F.scalar(Math.pow(d, -0.25));
        FeatureMap phi = FeatureMap.positiveRandom(omega);
        Node fq = phi.apply(F.mul(F.constant(q), c));
        Node fk = phi.apply(F.mul(F.constant(k), c));
        return F.matmul(fq, F.mT(fk)).value();
    }

    /**
     * ‖approx − exact‖_F / ‖exact‖_F.
     *
     * @throws ShapeException if the shapes differ
     */
    public static double relativeError(Tensor approx, Tensor exact) {
        if (!dev.gradlab.core.tensor.Shape.same(approx.shape(), exact.shape())) {
            throw new ShapeException("cannot compare shapes " + dev.gradlab.core.tensor.Shape.str(approx.shape())
                    + " and " + dev.gradlab.core.tensor.Shape.str(exact.shape()));
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < exact.size(); i++) {
            double e = approx.get(i) - exact.get(i);
            num += e * e;
            den += exact.get(i) * exact.get(i);
        }
        return Math.sqrt(num) / Math.sqrt(den);
    }

    /**
     * The relative Frobenius error of the random-feature output with m features (Ω from
     * {@code seed}) against exact softmax(QKᵀ/√d)V.
     */
    public static double performerError(Tensor q, Tensor k, Tensor v, int m, long seed) {
        return performerError(q, k, v, m, seed, null);
    }

    /**
     * The relative Frobenius error of the masked random-feature output ({@link #performer(Node,
     * Node, Node, Tensor, AttentionMask)}) against exact masked softmax attention; null is no mask.
     */
    public static double performerError(Tensor q, Tensor k, Tensor v, int m, long seed, AttentionMask mask) {
        Node qn = F.constant(q);
        Node kn = F.constant(k);
        Node vn = F.constant(v);
        if (mask == null) {
            Tensor exact = Attention.scaledDotProduct(qn, kn, vn).output().value();
            return relativeError(performer(qn, kn, vn, m, seed).output().value(), exact);
        }
        Tensor exact = Attention.scaledDotProduct(qn, kn, vn, mask).output().value();
        Tensor omega = randomProjection(q.dim(-1), m, seed);
        return relativeError(performer(qn, kn, vn, omega, mask).output().value(), exact);
    }

    /**
     * The mean of {@link #performerError} over {@code draws} independent Ω, seeded
     * {@code firstSeed}, {@code firstSeed + 1}, …: the error curve as a function of m.
     */
    public static double meanPerformerError(Tensor q, Tensor k, Tensor v, int m, long firstSeed, int draws) {
        return meanPerformerError(q, k, v, m, firstSeed, draws, null);
    }

    /** {@link #meanPerformerError} of the masked approximation; null is no mask. */
    public static double meanPerformerError(Tensor q, Tensor k, Tensor v, int m, long firstSeed, int draws,
            AttentionMask mask) {
        if (draws <= 0) {
            throw new IllegalArgumentException("need at least one draw, got " + draws);
        }
        double s = 0;
        for (int i = 0; i < draws; i++) {
            s += performerError(q, k, v, m, firstSeed + i, mask);
        }
        return s / draws;
    }
}
