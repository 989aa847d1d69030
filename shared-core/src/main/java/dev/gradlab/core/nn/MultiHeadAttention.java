package dev.gradlab.core.nn;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.ShapeException;

/**
 * Multi-head and grouped-query attention over one sequence, built from {@link F} ops with every
 * stage recorded. Inputs are 2-D: X (n × d_model); Wq (d_model × h·d_k), Wk, Wv, Wo
 * (h·d_v × d_out). Heads are consecutive column blocks: head j uses columns j·d_k … (j+1)·d_k − 1
 * of Q. Inputs are never modified.
 *
 * <h2>FLOPs (course convention)</h2>
 * With d = d_model, Wq, Wk, Wv, Wo all d×d and h heads of d/h, no mask:
 * <pre>
 *   Q, K, V projections   3 · 2nd²
 *   per head: QKᵀ 2n²(d/h), scale n², softmax 5n², ×V 2n²(d/h)   → all heads 4n²d + 6hn²
 *   output projection     2nd²
 *   total                 8nd² + 4n²d + 6hn²      (+ hn² with a mask)
 * </pre>
 * Backward, with gradients wanted for X and all four weights: 16nd² + 8n²d + 5hn² (every matmul
 * costs twice its forward, the scale hn², softmax 4hn², the mask addition 0).
 * Grouped-query attention with g key/value groups projects K and V to g·d/h columns only:
 * 4nd² + 4nd²·g/h + 4n²d + 6hn² forward (backward 8nd² + 8nd²·g/h + 8n²d + 5hn²). The n² part
 * is the same as in multi-head attention (every query head still scores every key); GQA saves
 * projection FLOPs and, above all, K/V memory (g/h of it).
 */
public final class MultiHeadAttention {
    private MultiHeadAttention() {
    }

    /** Multi-head self-attention: queries, keys and values are all projected from X. */
    public static AttentionResult selfAttention(Node x, Node wq, Node wk, Node wv, Node wo, int heads,
            AttentionMask mask) {
        return multiHead(x, x, x, wq, wk, wv, wo, heads, mask);
    }

    /**
     * Concat(head_1, …, head_h) Wo with head_j = softmax((X_q Wq)_j (X_k Wk)_jᵀ/√d_k + M)(X_v Wv)_j.
     * X_q is n × d_model, X_k and X_v are n_k × d_model. Stages: "Q = XW_Q", "K = XW_K",
     * "V = XW_V", "Q split into heads" (h, n, d_k), "K split into heads", "V split into heads",
     * then the scaled dot-product stages batched over heads ("QKᵀ" (h, n, n_k), "scaled",
     * "masked", "softmax", "×V"), "heads concatenated" (n, h·d_v), "output projection".
     *
     * @param mask (n × n_k), shared by all heads, or null
     */
    public static AttentionResult multiHead(Node xq, Node xk, Node xv, Node wq, Node wk, Node wv, Node wo,
            int heads, AttentionMask mask) {
        int dk = headSize(wq, heads, "Wq");
        if (!Shape.same(wk.shape(), wq.shape())) {
            throw new ShapeException("Wk " + Shape.str(wk.shape()) + " must have the shape of Wq "
                    + Shape.str(wq.shape()) + " in multi-head attention (use groupedQuery for fewer K/V heads)");
        }
        int dv = headSize(wv, heads, "Wv");
        checkProjections(xq, xk, xv, wq, wk, wv, wo, heads * dv);
        int n = xq.shape()[0];
        int nk = xk.shape()[0];
        AttentionResult.Builder b = new AttentionResult.Builder();
        Node q = b.add("Q = XW_Q", "Q = X_q W_Q", F.matmul(xq, wq));
        Node k = b.add("K = XW_K", "K = X_k W_K", F.matmul(xk, wk));
        Node v = b.add("V = XW_V", "V = X_v W_V", F.matmul(xv, wv));
        String split = " split into heads";
        Node qh = b.add("Q" + split, "(n, h·d_k) → (h, n, d_k), h = " + heads, splitHeads(q, n, heads, dk));
        Node kh = b.add("K" + split, "(n_k, h·d_k) → (h, n_k, d_k)", splitHeads(k, nk, heads, dk));
        Node vh = b.add("V" + split, "(n_k, h·d_v) → (h, n_k, d_v)", splitHeads(v, nk, heads, dv));
        Node o = Attention.softmaxAttention(b, qh, kh, vh, mask);
        Node cat = b.add("heads concatenated", "Concat(head_1, …, head_h): (h, n, d_v) → (n, h·d_v)",
                F.reshape(F.permute(o, 1, 0, 2), n, heads * dv));
        b.add("output projection", "Concat(heads) W_O", F.matmul(cat, wo));
        return b.build();
    }

    /**
     * Grouped-query self-attention: h query heads share g key/value heads (h divisible by g);
     * query head j uses key/value group j / (h/g). Wq is d_model × h·d_k, Wk is d_model × g·d_k,
     * Wv is d_model × g·d_v, Wo is h·d_v × d_out. g = h is multi-head attention, g = 1 multi-query
     * attention. K and V are never copied per head: Q is viewed as (g, h/g, n, d_k) and K, V as
     * (g, 1, n, d) so matmul broadcasts each group over its query heads.
     *
     * <p>Stages: "Q = XW_Q", "K = XW_K", "V = XW_V", "Q split into groups" (g, h/g, n, d_k),
     * "K split into groups" (g, 1, n, d_k), "V split into groups", "QKᵀ" (g, h/g, n, n), "scaled",
     * "masked", "softmax", "×V", "heads concatenated", "output projection".
     */
    public static AttentionResult groupedQuery(Node x, Node wq, Node wk, Node wv, Node wo, int heads, int groups,
            AttentionMask mask) {
        if (groups <= 0 || heads <= 0 || heads % groups != 0) {
            throw new IllegalArgumentException("grouped-query attention needs heads divisible by groups, got "
                    + heads + " heads and " + groups + " groups");
        }
        int dk = headSize(wq, heads, "Wq");
        int dkGroup = headSize(wk, groups, "Wk");
        if (dkGroup != dk) {
            throw new ShapeException("Wk " + Shape.str(wk.shape()) + " must have " + groups + "·" + dk
                    + " columns: one key head of size " + dk + " per group");
        }
        int dv = headSize(wv, groups, "Wv");
        checkProjections(x, x, x, wq, wk, wv, wo, heads * dv);
        int n = x.shape()[0];
        int per = heads / groups;
        AttentionResult.Builder b = new AttentionResult.Builder();
        Node q = b.add("Q = XW_Q", "Q = X W_Q  (h·d_k columns)", F.matmul(x, wq));
        Node k = b.add("K = XW_K", "K = X W_K  (g·d_k columns)", F.matmul(x, wk));
        Node v = b.add("V = XW_V", "V = X W_V  (g·d_v columns)", F.matmul(x, wv));
        Node qg = b.add("Q split into groups", "(n, h·d_k) → (g, h/g, n, d_k), g = " + groups + ", h = " + heads,
                F.permute(F.reshape(q, n, groups, per, dk), 1, 2, 0, 3));
        Node kg = b.add("K split into groups", "(n, g·d_k) → (g, 1, n, d_k): one key head per group",
                F.reshape(splitHeads(k, n, groups, dk), groups, 1, n, dk));
        Node vg = b.add("V split into groups", "(n, g·d_v) → (g, 1, n, d_v)",
                F.reshape(splitHeads(v, n, groups, dv), groups, 1, n, dv));
        Node o = Attention.softmaxAttention(b, qg, kg, vg, mask);
        Node cat = b.add("heads concatenated", "(g, h/g, n, d_v) → (n, h·d_v)",
                F.reshape(F.permute(o, 2, 0, 1, 3), n, heads * dv));
        b.add("output projection", "Concat(heads) W_O", F.matmul(cat, wo));
        return b.build();
    }

    /** (rows, h·d) → (h, rows, d). */
    private static Node splitHeads(Node x, int rows, int heads, int d) {
        return F.permute(F.reshape(x, rows, heads, d), 1, 0, 2);
    }

    private static int headSize(Node w, int heads, String name) {
        int[] s = w.shape();
        if (heads <= 0) {
            throw new IllegalArgumentException("the number of heads must be positive, got " + heads);
        }
        if (s.length != 2 || s[1] % heads != 0) {
            throw new ShapeException(name + " " + Shape.str(s) + " must be a matrix whose column count is divisible by "
                    + heads);
        }
        return s[1] / heads;
    }

    private static void checkProjections(Node xq, Node xk, Node xv, Node wq, Node wk, Node wv, Node wo, int catCols) {
        Node[] xs = {xq, xk, xv};
        Node[] ws = {wq, wk, wv};
        String[] names = {"Q", "K", "V"};
        for (int i = 0; i < 3; i++) {
            int[] sx = xs[i].shape();
            if (sx.length != 2 || sx[1] != ws[i].shape()[0]) {
                throw new ShapeException("the " + names[i] + " input " + Shape.str(sx) + " must be a matrix with "
                        + ws[i].shape()[0] + " columns to meet W" + names[i].toLowerCase() + " "
                        + Shape.str(ws[i].shape()));
            }
        }
        if (xk.shape()[0] != xv.shape()[0]) {
            throw new ShapeException("keys " + Shape.str(xk.shape()) + " and values " + Shape.str(xv.shape())
                    + " need the same number of positions");
        }
        if (wo.shape().length != 2 || wo.shape()[0] != catCols) {
            throw new ShapeException("Wo " + Shape.str(wo.shape()) + " must have " + catCols
                    + " rows (heads × value size)");
        }
    }
}
