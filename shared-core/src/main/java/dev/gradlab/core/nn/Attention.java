package dev.gradlab.core.nn;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.tensor.Index;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;

/**
 * Single-head attention built from differentiable {@link F} ops, each returning its stages for a
 * stepper. Q is (…, n, d), K is (…, n_k, d), V is (…, n_k, d_v); leading axes (heads, batch)
 * broadcast as in matmul, a mask is (n × n_k) and broadcasts over them. Inputs are never modified.
 *
 * <h2>FLOPs of scaled dot-product attention (course convention, see {@code FlopCount})</h2>
 * For Q, K, V all n×d and no mask, forward:
 * <pre>
 *   QKᵀ      2n²d   (an (n,d)×(d,n) matmul)
 *   scaled    n²    (one division per score)
 *   softmax  5n²    (the table's convention)
 *   ×V       2n²d
 *   total    4n²d + 6n²      (+ n² for the mask addition when a mask is given)
 * </pre>
 * Backward, with gradients wanted for Q, K and V: 8n²d + 5n² (each matmul 2·2n²d, the scale n²,
 * softmax 4n², the mask addition 0).
 */
public final class Attention {
    private Attention() {
    }

    /** softmax(QKᵀ/√d)V with no mask. */
    public static AttentionResult scaledDotProduct(Node q, Node k, Node v) {
        return scaledDotProduct(q, k, v, null);
    }

    /**
     * softmax(QKᵀ/√d + M)V. Stages: "QKᵀ", "scaled", "masked" (only with a mask), "softmax",
     * "empty rows zeroed" (only if some query may see no key: its output row is 0), "×V".
     *
     * @param mask which keys each query may see, or null for all
     */
    public static AttentionResult scaledDotProduct(Node q, Node k, Node v, AttentionMask mask) {
        checkQkv(q, k, v);
        AttentionResult.Builder b = new AttentionResult.Builder();
        softmaxAttention(b, q, k, v, mask);
        return b.build();
    }

    /** Causal self-attention: position i attends to positions j ≤ i. */
    public static AttentionResult causal(Node q, Node k, Node v) {
        return scaledDotProduct(q, k, v, AttentionMask.causal(q.shape()[q.shape().length - 2]));
    }

    /** The softmax-attention stages, appended to {@code b}; returns the "×V" node. */
    static Node softmaxAttention(AttentionResult.Builder b, Node q, Node k, Node v, AttentionMask mask) {
        int[] sq = q.shape();
        int d = sq[sq.length - 1];
        if (mask != null && (mask.queries() != sq[sq.length - 2] || mask.keys() != k.shape()[k.shape().length - 2])) {
            throw new ShapeException("a " + mask.queries() + "×" + mask.keys() + " mask does not fit "
                    + sq[sq.length - 2] + " queries and " + k.shape()[k.shape().length - 2] + " keys");
        }
        Node s = b.add("QKᵀ", "S = QKᵀ", F.matmul(q, F.mT(k)));
        Node logits = b.add("scaled", "S/√d  (d = " + d + ")", F.div(s, F.scalar(Math.sqrt(d))));
        if (mask != null) {
            logits = b.add("masked", "S/√d + M  (M = 0 where allowed, −∞ where masked)",
                    F.add(logits, F.constant(mask.bias())));
        }
        Node p = F.softmax(logits, -1);
        if (mask != null && mask.hasEmptyRow()) {
            b.add("softmax", "P = softmax_row(S/√d + M)", p);
            p = b.weights("empty rows zeroed", "P ⊙ r  (r = 0 for a query that may see no key)",
                    F.mul(p, F.constant(mask.rowKeep())));
        } else {
            b.weights("softmax", mask == null ? "P = softmax_row(S/√d)" : "P = softmax_row(S/√d + M)", p);
        }
        return b.add("×V", "PV", F.matmul(p, v));
    }

    /**
     * Local (sliding-window) self-attention of radius r, computed on the band only: query i sees
     * keys j with |i − j| ≤ r (and j ≤ i when {@code causal}), i.e. w = 2r + 1 (causal: r + 1)
     * window slots. Equal to {@code scaledDotProduct(q, k, v, AttentionMask.window(n, r))} (and
     * causal) but costs O(n·w·d) time and O(n·w) score space instead of O(n²d) and O(n²). Q, K, V
     * are n×d, n×d, n×d_v; r larger than n − 1 is treated as n − 1.
     *
     * <p>Stages: "K windows" (n, w, d) where slot t holds k_{i+t−r} (zero outside the sequence),
     * "QKᵀ (band)" (n, w), "scaled", "masked" (slots outside the sequence or in the future),
     * "softmax" (n, w: row i is the distribution over its window), "V windows", "×V".
     * Forward FLOPs: 4nwd + 7nw (4nwd + 6nw when no slot is masked, e.g. r = 0).
     */
    public static AttentionResult local(Node q, Node k, Node v, int radius, boolean causal) {
        checkQkv(q, k, v);
        if (q.shape().length != 2 || k.shape()[0] != q.shape()[0]) {
            throw new ShapeException("local attention needs n×d self-attention inputs, got Q "
                    + Shape.str(q.shape()) + " and K " + Shape.str(k.shape()));
        }
        if (radius < 0) {
            throw new IllegalArgumentException("a window radius must be ≥ 0, got " + radius);
        }
        int n = q.shape()[0];
        int d = q.shape()[1];
        int dv = v.shape()[1];
        int r = Math.min(radius, Math.max(0, n - 1));
        int left = r;
        int right = causal ? 0 : r;
        int w = left + right + 1;
        AttentionResult.Builder b = new AttentionResult.Builder();
        String slot = "slot t holds position i + t − " + left + " (0 outside the sequence)";
        Node kw = b.add("K windows", "K_win[i, t] = k_{i+t−" + left + "};  " + slot, window(k, left, right, n));
        Node s = b.add("QKᵀ (band)", "S[i, t] = q_i · K_win[i, t]",
                F.reshape(F.matmul(F.reshape(q, n, 1, d), F.mT(kw)), n, w));
        Node logits = b.add("scaled", "S/√d  (d = " + d + ")", F.div(s, F.scalar(Math.sqrt(d))));
        double[] bias = new double[n * w];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < w; t++) {
                int j = i + t - left;
                if (j < 0 || j >= n) {
                    bias[i * w + t] = Double.NEGATIVE_INFINITY;
                    any = true;
                }
            }
        }
        if (any) {
            logits = b.add("masked", "S/√d + M  (M = −∞ for slots outside the sequence)",
                    F.add(logits, F.constant(Tensor.of(new int[] {n, w}, bias))));
        }
        Node p = b.add("softmax", "P = softmax_row(·): row i over the window of i", F.softmax(logits, -1));
        Node vw = b.add("V windows", "V_win[i, t] = v_{i+t−" + left + "}", window(v, left, right, n));
        b.add("×V", "out_i = Σ_t P[i, t] V_win[i, t]", F.reshape(F.matmul(F.reshape(p, n, 1, w), vw), n, dv));
        return b.build();
    }

    /** (n, w, cols): slot t of row i is row i + t − left of x, zero-padded outside 0..n−1. */
    private static Node window(Node x, int left, int right, int n) {
        int cols = x.shape()[1];
        Node padded = x;
        if (left > 0 || right > 0) {
            Node[] parts = left > 0 && right > 0 ? new Node[] {F.zeros(left, cols), x, F.zeros(right, cols)}
                    : left > 0 ? new Node[] {F.zeros(left, cols), x} : new Node[] {x, F.zeros(right, cols)};
            padded = F.concat(0, parts);
        }
        Node[] shifts = new Node[left + right + 1];
        for (int t = 0; t < shifts.length; t++) {
            shifts[t] = F.index(padded, Index.of(Index.Item.slice(t, t + n, 1)));
        }
        return F.stack(1, shifts);
    }

    /**
     * Separable attention (seed 004, 3.2): softmax_row(Q)·(softmax_col(K)ᵀ V), with no √d scale.
     * softmax_row normalises each row of Q (over the d features), softmax_col each column of K
     * (over the n positions), so every row of softmax_row(Q)softmax_col(K)ᵀ is a distribution over
     * keys (see {@link #separableWeights}). Computed right to left: O(n·d·d_v) time and
     * O(nd + d·d_v) space, no n×n matrix. Stages: "softmax_row(Q)", "softmax_col(K)",
     * "softmax_col(K)ᵀV" (d × d_v), "output".
     */
    public static AttentionResult separable(Node q, Node k, Node v) {
        checkQkv(q, k, v);
        AttentionResult.Builder b = new AttentionResult.Builder();
        Node qr = b.add("softmax_row(Q)", "each row of Q through softmax (over features)", F.softmax(q, -1));
        Node kc = b.add("softmax_col(K)", "each column of K through softmax (over positions)", F.softmax(k, -2));
        Node kv = b.add("softmax_col(K)ᵀV", "C = softmax_col(K)ᵀ V  (d × d_v)", F.matmul(F.mT(kc), v));
        b.add("output", "softmax_row(Q) C", F.matmul(qr, kv));
        return b.build();
    }

    /**
     * The n×n matrix separable attention implicitly applies to V: softmax_row(Q)softmax_col(K)ᵀ.
     * Each row is non-negative and sums to 1. For display and checks only (it costs O(n²d)).
     */
    public static Node separableWeights(Node q, Node k) {
        return F.matmul(F.softmax(q, -1), F.mT(F.softmax(k, -2)));
    }

    /** Checks Q (…, n, d), K (…, n_k, d), V (…, n_k, d_v), naming the shapes when they do not fit. */
    static void checkQkv(Node q, Node k, Node v) {
        int[] sq = q.shape();
        int[] sk = k.shape();
        int[] sv = v.shape();
        if (sq.length < 2 || sk.length < 2 || sv.length < 2) {
            throw new ShapeException("attention needs Q, K, V of rank ≥ 2, got " + Shape.str(sq) + ", "
                    + Shape.str(sk) + ", " + Shape.str(sv));
        }
        if (sq[sq.length - 1] != sk[sk.length - 1]) {
            throw new ShapeException("Q " + Shape.str(sq) + " and K " + Shape.str(sk)
                    + " need the same feature size (last axis)");
        }
        if (sk[sk.length - 2] != sv[sv.length - 2]) {
            throw new ShapeException("K " + Shape.str(sk) + " and V " + Shape.str(sv)
                    + " need the same number of positions (second-last axis)");
        }
    }
}
