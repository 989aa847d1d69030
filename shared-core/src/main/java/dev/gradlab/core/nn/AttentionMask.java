package dev.gradlab.core.nn;

import dev.gradlab.core.tensor.Tensor;

/**
 * Which keys each query may attend to: an (queries × keys) table of booleans, the same for every
 * head and every leading batch axis (it broadcasts). Immutable; {@link #and} combines masks.
 *
 * <p>Attention turns a mask into an additive bias (see {@link #bias()}): 0 where attending is
 * allowed and −∞ where it is not, so softmax gives exact zeros there (e^−∞ = 0) and the gradient
 * through a masked score is exactly 0. A query row with no allowed key at all would make softmax
 * 0/0 = NaN; for such rows the bias is 0 and the weights are multiplied by {@link #rowKeep()} = 0
 * afterwards, so the row's output is 0 and no NaN reaches values or gradients.
 */
public final class AttentionMask {
    private final int queries;
    private final int keys;
    private final boolean[] allowed;

    private AttentionMask(int queries, int keys, boolean[] allowed) {
        if (queries < 0 || keys < 0) {
            throw new IllegalArgumentException("a mask needs non-negative sizes, got " + queries + "×" + keys);
        }
        this.queries = queries;
        this.keys = keys;
        this.allowed = allowed;
    }

    /** Every query may see every key. */
    public static AttentionMask none(int queries, int keys) {
        boolean[] a = new boolean[queries * keys];
        java.util.Arrays.fill(a, true);
        return new AttentionMask(queries, keys, a);
    }

    /** Causal (autoregressive) self-attention on n positions: query i sees keys j ≤ i. */
    public static AttentionMask causal(int n) {
        boolean[] a = new boolean[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i * n + j] = true;
            }
        }
        return new AttentionMask(n, n, a);
    }

    /**
     * Key padding: every one of {@code queries} queries sees exactly the keys with
     * {@code keyValid[j] == true}; the others are padding. Not modified.
     */
    public static AttentionMask padding(int queries, boolean[] keyValid) {
        int nk = keyValid.length;
        boolean[] a = new boolean[queries * nk];
        for (int i = 0; i < queries; i++) {
            System.arraycopy(keyValid, 0, a, i * nk, nk);
        }
        return new AttentionMask(queries, nk, a);
    }

    /** Key padding where the first {@code length} of {@code keys} keys are real and the rest padding. */
    public static AttentionMask keyLength(int queries, int keys, int length) {
        boolean[] valid = new boolean[keys];
        for (int j = 0; j < Math.min(length, keys); j++) {
            valid[j] = true;
        }
        return padding(queries, valid);
    }

    /** Local (sliding-window) self-attention on n positions: query i sees keys with |i − j| ≤ radius. */
    public static AttentionMask window(int n, int radius) {
        if (radius < 0) {
            throw new IllegalArgumentException("a window radius must be ≥ 0, got " + radius);
        }
        boolean[] a = new boolean[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - radius); j <= Math.min(n - 1, i + radius); j++) {
                a[i * n + j] = true;
            }
        }
        return new AttentionMask(n, n, a);
    }

    /** A mask from rows of booleans ({@code allowed[i][j]}: may query i see key j). Not modified. */
    public static AttentionMask of(boolean[][] allowed) {
        int nq = allowed.length;
        int nk = nq == 0 ? 0 : allowed[0].length;
        boolean[] a = new boolean[nq * nk];
        for (int i = 0; i < nq; i++) {
            if (allowed[i].length != nk) {
                throw new IllegalArgumentException("mask row " + i + " has " + allowed[i].length
                        + " entries, row 0 has " + nk);
            }
            System.arraycopy(allowed[i], 0, a, i * nk, nk);
        }
        return new AttentionMask(nq, nk, a);
    }

    /** Allowed where both masks allow. */
    public AttentionMask and(AttentionMask other) {
        if (other.queries != queries || other.keys != keys) {
            throw new IllegalArgumentException("cannot combine a " + queries + "×" + keys + " mask with a "
                    + other.queries + "×" + other.keys + " mask");
        }
        boolean[] a = new boolean[allowed.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = allowed[i] && other.allowed[i];
        }
        return new AttentionMask(queries, keys, a);
    }

    public int queries() {
        return queries;
    }

    public int keys() {
        return keys;
    }

    /** May query i attend to key j? */
    public boolean allowed(int i, int j) {
        return allowed[i * keys + j];
    }

    /** Whether query i may attend to at least one key. */
    public boolean rowHasKey(int i) {
        for (int j = 0; j < keys; j++) {
            if (allowed[i * keys + j]) {
                return true;
            }
        }
        return false;
    }

    /** Whether some query may attend to no key at all (its output will be 0). */
    public boolean hasEmptyRow() {
        for (int i = 0; i < queries; i++) {
            if (!rowHasKey(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every entry is allowed (the mask changes nothing). */
    public boolean allowsAll() {
        for (boolean b : allowed) {
            if (!b) {
                return false;
            }
        }
        return true;
    }

    /** How many (query, key) pairs are allowed: the scores that matter. */
    public int allowedCount() {
        int c = 0;
        for (boolean b : allowed) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /**
     * The additive bias M (queries × keys): 0 where allowed, −∞ where masked; in a row with no
     * allowed key every entry is 0 (that row is zeroed by {@link #rowKeep()} instead).
     */
    public Tensor bias() {
        double[] b = new double[allowed.length];
        for (int i = 0; i < queries; i++) {
            boolean any = rowHasKey(i);
            for (int j = 0; j < keys; j++) {
                b[i * keys + j] = any && !allowed[i * keys + j] ? Double.NEGATIVE_INFINITY : 0.0;
            }
        }
        return Tensor.of(new int[] {queries, keys}, b);
    }

    /** A (queries × 1) column: 1 for a query with at least one allowed key, 0 for an empty row. */
    public Tensor rowKeep() {
        double[] r = new double[queries];
        for (int i = 0; i < queries; i++) {
            r[i] = rowHasKey(i) ? 1.0 : 0.0;
        }
        return Tensor.of(new int[] {queries, 1}, r);
    }

    /** The mask as 1 (allowed) and 0 (masked), queries × keys. */
    public Tensor keep() {
        double[] k = new double[allowed.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = allowed[i] ? 1.0 : 0.0;
        }
        return Tensor.of(new int[] {queries, keys}, k);
    }

    /** Rows of 1 and · (masked), one line per query, for messages and tests. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < queries; i++) {
            for (int j = 0; j < keys; j++) {
                sb.append(allowed[i * keys + j] ? '1' : '·');
            }
            sb.append(i + 1 < queries ? "\n" : "");
        }
        return sb.toString();
    }
}
