package dev.gradlab.web.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the attention stepper computes: the shapes (n positions, d features, h heads, g key/value
 * groups), the mask (causal, local window of radius k), the variant (softmax, separable, random
 * features with m features) and the seed of the random inputs. Read from and written to the
 * route's query, {@code #/attention?n=4&d=8&heads=2&causal=1}. Out-of-range numbers are clamped
 * when read; {@link #problems()} names combinations that cannot be computed. Immutable.
 */
public final class AttentionConfig {
    /** The attention variant. */
    public enum Mode {
        SOFTMAX("softmax"), SEPARABLE("separable"), PERFORMER("performer");

        public final String key;

        Mode(String key) {
            this.key = key;
        }

        static Mode of(String key, Mode fallback) {
            for (Mode m : values()) {
                if (m.key.equals(key)) {
                    return m;
                }
            }
            return fallback;
        }
    }

    public static final int MAX_N = 128;
    public static final int MAX_D = 64;
    public static final int MAX_HEADS = 8;
    public static final int MAX_FEATURES = 1024;

    public final int n;
    public final int d;
    public final int heads;
    public final int groups;
    public final boolean causal;
    /** Local window radius k (query i sees keys with |i − j| ≤ k), or −1 for no window. */
    public final int window;
    public final Mode mode;
    /** Random features m (performer mode). */
    public final int features;
    public final long seed;

    public AttentionConfig(int n, int d, int heads, int groups, boolean causal, int window, Mode mode, int features,
            long seed) {
        this.n = clamp(n, 1, MAX_N);
        this.d = clamp(d, 1, MAX_D);
        this.heads = clamp(heads, 1, MAX_HEADS);
        this.groups = clamp(groups, 1, this.heads);
        this.causal = causal;
        this.window = window < 0 ? -1 : Math.min(window, MAX_N);
        this.mode = mode == null ? Mode.SOFTMAX : mode;
        this.features = clamp(features, 1, MAX_FEATURES);
        this.seed = seed;
    }

    /** n = 4, d = 8, one head, no mask, softmax, m = 16, seed 1. */
    public static AttentionConfig defaults() {
        return new AttentionConfig(4, 8, 1, 1, false, -1, Mode.SOFTMAX, 16, 1);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /**
     * The configuration of a route query; absent keys take the defaults, {@code groups} defaults
     * to {@code heads} (multi-head attention).
     */
    public static AttentionConfig fromQuery(Query q) {
        AttentionConfig def = defaults();
        int heads = q.integer("heads", def.heads);
        long seed = def.seed;
        String s = q.get("seed");
        if (s != null) {
            try {
                seed = Long.parseLong(s.trim());
            } catch (NumberFormatException ignored) {
                // keep the default
            }
        }
        return new AttentionConfig(q.integer("n", def.n), q.integer("d", def.d), heads, q.integer("groups", heads),
                q.flag("causal", false), q.integer("window", -1), Mode.of(q.get("mode"), def.mode),
                q.integer("m", def.features), seed);
    }

    /** The query that reproduces this configuration (defaults for the variant's unused keys left out). */
    public String toQuery() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("n", Integer.toString(n));
        m.put("d", Integer.toString(d));
        if (mode != Mode.SOFTMAX) {
            m.put("mode", mode.key);
        }
        if (mode == Mode.SOFTMAX) {
            m.put("heads", Integer.toString(heads));
            if (groups != heads) {
                m.put("groups", Integer.toString(groups));
            }
            m.put("causal", causal ? "1" : "0");
            if (window >= 0) {
                m.put("window", Integer.toString(window));
            }
        }
        if (mode == Mode.PERFORMER) {
            m.put("m", Integer.toString(features));
        }
        m.put("seed", Long.toString(seed));
        return Query.format(m);
    }

    /** Why this configuration cannot be computed (empty when it can). */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (mode == Mode.SOFTMAX) {
            if (d % heads != 0) {
                p.add("d = " + d + " is not divisible by the number of heads h = " + heads
                        + ": each head gets d/h features.");
            }
            if (heads % groups != 0) {
                p.add("h = " + heads + " heads cannot be shared equally by g = " + groups
                        + " key/value groups: g must divide h.");
            }
        }
        return p;
    }

    /** Per-head feature size d_k = d/h (d for the single-head variants). */
    public int headSize() {
        return mode == Mode.SOFTMAX ? d / heads : d;
    }

    /** Columns of K and V: g·d/h for grouped-query attention, d otherwise. */
    public int kvCols() {
        return mode == Mode.SOFTMAX ? groups * headSize() : d;
    }

    /** Whether the output projection W_O is used (several heads). */
    public boolean hasProjection() {
        return mode == Mode.SOFTMAX && heads > 1;
    }

    /** Whether Q, K, V (and W_O) have the same shapes under {@code other}, so typed inputs can stay. */
    public boolean sameInputShapes(AttentionConfig other) {
        return other.n == n && other.d == d && other.kvCols() == kvCols() && other.hasProjection() == hasProjection();
    }

    public AttentionConfig withN(int v) {
        return new AttentionConfig(v, d, heads, groups, causal, window, mode, features, seed);
    }

    public AttentionConfig withD(int v) {
        return new AttentionConfig(n, v, heads, groups, causal, window, mode, features, seed);
    }

    /** h heads; the groups follow (g = h) when they were equal to the heads or no longer divide them. */
    public AttentionConfig withHeads(int v) {
        int g = groups == heads || v % groups != 0 ? v : groups;
        return new AttentionConfig(n, d, v, g, causal, window, mode, features, seed);
    }

    public AttentionConfig withGroups(int v) {
        return new AttentionConfig(n, d, heads, v, causal, window, mode, features, seed);
    }

    public AttentionConfig withCausal(boolean v) {
        return new AttentionConfig(n, d, heads, groups, v, window, mode, features, seed);
    }

    public AttentionConfig withWindow(int v) {
        return new AttentionConfig(n, d, heads, groups, causal, v, mode, features, seed);
    }

    public AttentionConfig withMode(Mode v) {
        return new AttentionConfig(n, d, heads, groups, causal, window, v, features, seed);
    }

    public AttentionConfig withFeatures(int v) {
        return new AttentionConfig(n, d, heads, groups, causal, window, mode, v, seed);
    }

    public AttentionConfig withSeed(long v) {
        return new AttentionConfig(n, d, heads, groups, causal, window, mode, features, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttentionConfig && ((AttentionConfig) o).toQuery().equals(toQuery());
    }

    @Override
    public int hashCode() {
        return toQuery().hashCode();
    }

    @Override
    public String toString() {
        return toQuery();
    }
}
