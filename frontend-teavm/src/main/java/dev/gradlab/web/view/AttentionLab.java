package dev.gradlab.web.view;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.nn.Attention;
import dev.gradlab.core.nn.AttentionMask;
import dev.gradlab.core.nn.AttentionResult;
import dev.gradlab.core.nn.LinearAttention;
import dev.gradlab.core.nn.MultiHeadAttention;
import dev.gradlab.core.nn.Stage;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The attention stepper's state: the configuration, the inputs Q, K, V (and W_O with several
 * heads), every stage of shared-core's attention computation as a {@link StageView}, and the
 * current stage (→ and ← step through them). Inputs are random from the seed (SplitMix64) or
 * typed; a typed matrix stays until the shapes change. Plain Java, no DOM.
 */
public final class AttentionLab {
    /** The input matrices, in display order. */
    public static final String[] INPUTS = {"Q", "K", "V", "W_O"};
    /** The m of the error curve in performer mode. */
    public static final int[] CURVE_FEATURES = {4, 16, 64, 256};
    /** Draws averaged per point of the error curve. */
    public static final int CURVE_DRAWS = 4;

    private AttentionConfig config;
    private final double[][][] inputs = new double[4][][];
    private final boolean[] typed = new boolean[4];
    private List<StageView> stages = Collections.emptyList();
    private int current;
    private String error;
    private double performerError = Double.NaN;
    private double[] curve;
    private int inputsVersion;

    public AttentionLab(AttentionConfig config) {
        this.config = config;
        randomize();
        compute();
    }

    public AttentionConfig config() {
        return config;
    }

    /**
     * Switches to {@code next}. Typed inputs are kept while their shapes stay; otherwise (or when
     * the seed changes) every input is drawn again from the seed. The current stage stays on the
     * stage of the same name if there is one.
     */
    public void configure(AttentionConfig next) {
        boolean reseed = next.seed != config.seed || !next.sameInputShapes(config);
        config = next;
        if (reseed) {
            randomize();
        }
        compute();
    }

    /** Draws Q, K, V and W_O from the seed (rounded to 2 decimals; W_O scaled by 1/√d). */
    private void randomize() {
        SplitMix64 rng = new SplitMix64(config.seed);
        inputs[0] = MatrixText.random(rng, config.n, config.d);
        inputs[1] = MatrixText.random(rng, config.n, config.kvCols());
        inputs[2] = MatrixText.random(rng, config.n, config.kvCols());
        double[][] wo = MatrixText.random(rng, config.d, config.d);
        double scale = 1 / Math.sqrt(config.d);
        for (double[] row : wo) {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.round(row[j] * scale * 100) / 100.0;
            }
        }
        inputs[3] = wo;
        java.util.Arrays.fill(typed, false);
        inputsVersion++;
    }

    /** Changes whenever an input matrix changes (drawn again or typed), so editors refill only then. */
    public int inputsVersion() {
        return inputsVersion;
    }

    /** The shape input {@code which} (0 = Q … 3 = W_O) must have: {rows, cols}. */
    public int[] inputShape(int which) {
        switch (which) {
            case 0:
                return new int[] {config.n, config.d};
            case 1:
            case 2:
                return new int[] {config.n, config.kvCols()};
            default:
                return new int[] {config.d, config.d};
        }
    }

    /** Whether input {@code which} is shown (W_O only with several heads). */
    public boolean inputUsed(int which) {
        return which < 3 || config.hasProjection();
    }

    /** The text of input {@code which} as the editor shows it. */
    public String inputText(int which) {
        return MatrixText.format(inputs[which], 4);
    }

    /** Whether input {@code which} was typed rather than drawn from the seed. */
    public boolean inputTyped(int which) {
        return typed[which];
    }

    /**
     * Replaces input {@code which} by the typed {@code text} and recomputes.
     *
     * @throws MatrixText.MatrixError (nothing changes) if the text is not a matrix of the right shape
     */
    public void setInput(int which, String text) {
        int[] s = inputShape(which);
        inputs[which] = MatrixText.parse(text, s[0], s[1], INPUTS[which]);
        typed[which] = true;
        inputsVersion++;
        compute();
    }

    private void compute() {
        String before = stages.isEmpty() ? null : stages.get(current).name;
        List<StageView> out = new ArrayList<>();
        performerError = Double.NaN;
        curve = null;
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            error = String.join(" ", problems);
            stages = Collections.emptyList();
            current = 0;
            return;
        }
        error = null;
        Tensor q = Tensor.matrix(inputs[0]);
        Tensor k = Tensor.matrix(inputs[1]);
        Tensor v = Tensor.matrix(inputs[2]);
        List<StageView.Matrix> in = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            if (inputUsed(i)) {
                Tensor t = Tensor.matrix(inputs[i]);
                in.add(new StageView.Matrix(INPUTS[i], t.dim(0), t.dim(1), t.toArray()));
            }
        }
        out.add(new StageView("inputs", inputsFormula(), "", in, false));
        switch (config.mode) {
            case SEPARABLE:
                separable(out, q, k, v);
                break;
            case PERFORMER:
                performer(out, q, k, v);
                break;
            default:
                softmax(out, q, k, v);
        }
        stages = Collections.unmodifiableList(out);
        current = 0;
        for (int i = 0; before != null && i < stages.size(); i++) {
            if (stages.get(i).name.equals(before)) {
                current = i;
            }
        }
    }

    private String inputsFormula() {
        String s = "Q: n × d = " + config.n + " × " + config.d + ";  K, V: n × " + config.kvCols();
        if (config.mode == AttentionConfig.Mode.SOFTMAX && config.groups < config.heads) {
            s += " (g·d/h: one key/value head of " + config.headSize() + " per group)";
        }
        if (config.hasProjection()) {
            s += ";  W_O: " + config.d + " × " + config.d;
        }
        return s + (typed[0] || typed[1] || typed[2] || typed[3] ? ";  typed" : ";  random, seed " + config.seed);
    }

    /** The mask the configuration asks for, or null. */
    public AttentionMask mask() {
        AttentionMask m = null;
        if (config.causal) {
            m = AttentionMask.causal(config.n);
        }
        if (config.window >= 0) {
            AttentionMask w = AttentionMask.window(config.n, config.window);
            m = m == null ? w : m.and(w);
        }
        return m;
    }

    private void softmax(List<StageView> out, Tensor q, Tensor k, Tensor v) {
        AttentionMask mask = mask();
        if (config.heads == 1) {
            add(out, Attention.scaledDotProduct(F.constant(q), F.constant(k), F.constant(v), mask), "head");
            return;
        }
        int d = config.d;
        int kv = config.kvCols();
        int width = d + 2 * kv;
        Node x = F.constant(Tensor.matrix(concat(inputs[0], inputs[1], inputs[2])));
        AttentionResult r = MultiHeadAttention.groupedQuery(x, F.constant(select(width, 0, d)),
                F.constant(select(width, d, kv)), F.constant(select(width, d + kv, kv)),
                F.constant(Tensor.matrix(inputs[3])), config.heads, config.groups, mask);
        boolean mha = config.groups == config.heads;
        for (Stage s : r.stages()) {
            String name = s.name();
            if (name.endsWith("= XW_Q") || name.endsWith("= XW_K") || name.endsWith("= XW_V")) {
                continue; // X = [Q | K | V] and the W's select its blocks: these stages repeat the inputs
            }
            String unit = name.startsWith("K ") || name.startsWith("V ") ? "group" : "head";
            if (mha) {
                name = name.replace("split into groups", "split into heads");
                unit = "head";
            }
            out.add(StageView.of(name, s.formula(), s.node().value(), unit));
        }
    }

    private void separable(List<StageView> out, Tensor q, Tensor k, Tensor v) {
        add(out, Attention.separable(F.constant(q), F.constant(k), F.constant(v)), "head");
        out.add(StageView.of("implied weights", "softmax_row(Q) softmax_col(K)ᵀ: every row is a distribution over keys",
                Attention.separableWeights(F.constant(q), F.constant(k)).value(), "head"));
    }

    /**
     * Random features: without a mask the O(n) form; with one (causal, window) the estimated
     * scores masked and normalised, D⁻¹(A ⊙ M)V, which for a causal mask equals the prefix-sum form.
     */
    private void performer(List<StageView> out, Tensor q, Tensor k, Tensor v) {
        Node qn = F.constant(q);
        Node kn = F.constant(k);
        Node vn = F.constant(v);
        AttentionMask mask = mask();
        Tensor approx = add(out, mask == null ? LinearAttention.performer(qn, kn, vn, config.features, omegaSeed())
                : LinearAttention.performer(qn, kn, vn, LinearAttention.randomProjection(config.d, config.features,
                        omegaSeed()), mask), "head");
        Tensor exact = (mask == null ? Attention.scaledDotProduct(qn, kn, vn)
                : Attention.scaledDotProduct(qn, kn, vn, mask)).output().value();
        out.add(StageView.of("exact softmax attention", mask == null ? "softmax(QKᵀ/√d)V, for comparison"
                : "softmax(QKᵀ/√d + M)V with the same mask, for comparison", exact, "head"));
        double[] diff = approx.toArray();
        for (int i = 0; i < diff.length; i++) {
            diff[i] -= exact.get(i);
        }
        out.add(StageView.of("approx − exact", "random-feature output minus the exact output",
                Tensor.of(exact.shape(), diff), "head"));
        performerError = LinearAttention.relativeError(approx, exact);
        curve = new double[CURVE_FEATURES.length];
        for (int i = 0; i < curve.length; i++) {
            curve[i] = LinearAttention.meanPerformerError(q, k, v, CURVE_FEATURES[i], omegaSeed(), CURVE_DRAWS, mask);
        }
    }

    /** The seed of the random projection Ω (derived from the input seed, a different stream). */
    public long omegaSeed() {
        return config.seed * 31 + 17;
    }

    private static Tensor add(List<StageView> out, AttentionResult r, String unit) {
        for (Stage s : r.stages()) {
            out.add(StageView.of(s.name(), s.formula(), s.node().value(), unit));
        }
        return r.output().value();
    }

    private static double[][] concat(double[][] a, double[][] b, double[][] c) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = new double[a[i].length + b[i].length + c[i].length];
            System.arraycopy(a[i], 0, out[i], 0, a[i].length);
            System.arraycopy(b[i], 0, out[i], a[i].length, b[i].length);
            System.arraycopy(c[i], 0, out[i], a[i].length + b[i].length, c[i].length);
        }
        return out;
    }

    /** width × cols with a 1 at (from + j, j): X·W picks columns from … from + cols − 1 of X. */
    private static Tensor select(int width, int from, int cols) {
        double[] w = new double[width * cols];
        for (int j = 0; j < cols; j++) {
            w[(from + j) * cols + j] = 1;
        }
        return Tensor.of(new int[] {width, cols}, w);
    }

    /** Why nothing could be computed, or null. */
    public String error() {
        return error;
    }

    public List<StageView> stages() {
        return stages;
    }

    /** The index of the current stage. */
    public int current() {
        return current;
    }

    public StageView stage(int i) {
        return stages.get(i);
    }

    /** The stage called {@code name}, or null. */
    public StageView stage(String name) {
        for (StageView s : stages) {
            if (s.name.equals(name)) {
                return s;
            }
        }
        return null;
    }

    public boolean forward() {
        return jump(current + 1);
    }

    public boolean back() {
        return jump(current - 1);
    }

    /** Makes stage {@code i} current; false (nothing changes) when out of range or already there. */
    public boolean jump(int i) {
        if (i < 0 || i >= stages.size() || i == current) {
            return false;
        }
        current = i;
        return true;
    }

    /** "stage 3 of 8: scaled — S/√d  (d = 4)". */
    public String status() {
        if (error != null) {
            return error;
        }
        StageView s = stages.get(current);
        return "stage " + (current + 1) + " of " + stages.size() + ": " + s.name + " \u2014 " + s.formula;
    }

    /** The relative error ‖approx − exact‖/‖exact‖ in performer mode, else NaN. */
    public double performerError() {
        return performerError;
    }

    /** The mean error at {@link #CURVE_FEATURES} in performer mode, else null. */
    public double[] errorCurve() {
        return curve == null ? null : curve.clone();
    }
}
