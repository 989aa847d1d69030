package dev.gradlab.web.view;

import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One stage of the attention stepper as the page draws it: a name, the formula it evaluates, the
 * tensor's shape, and its values as one or more matrices (a (h, n, n) tensor is h matrices, one per
 * head), with one colour scale lo..hi over the finite values of all of them. Immutable.
 */
public final class StageView {
    /** One matrix of a stage, row-major. */
    public static final class Matrix {
        public final String label;
        public final int rows;
        public final int cols;
        private final double[] values;
        /** This matrix's colour scale (the stage's when the stage has one scale). */
        private double lo;
        private double hi;

        public Matrix(String label, int rows, int cols, double[] values) {
            if (values.length != rows * cols) {
                throw new IllegalArgumentException(label + ": " + values.length + " values for " + rows + " × " + cols);
            }
            this.label = label;
            this.rows = rows;
            this.cols = cols;
            this.values = values;
        }

        public double get(int i, int j) {
            return values[i * cols + j];
        }

        /** A copy of the values, row-major. */
        public double[] values() {
            return values.clone();
        }

        /** The value drawn darkest (lower values are clamped to it). */
        public double lo() {
            return lo;
        }

        /** The value drawn brightest (higher values are clamped to it). */
        public double hi() {
            return hi;
        }
    }

    /** The share of finite values left out at each end of a colour scale (so one outlier does not wash it out). */
    public static final double CLIP = 0.01;

    public final String name;
    public final String formula;
    public final String shape;
    public final List<Matrix> matrices;
    /** Whether all matrices share one colour scale (heads of one stage: comparable colours). */
    public final boolean shared;
    /** The shared scale (of all matrices together, also when not {@link #shared}). */
    public final double lo;
    public final double hi;
    /** Whether some entry is −∞ (a masked score). */
    public final boolean masked;

    /** A stage whose matrices share one colour scale. */
    public StageView(String name, String formula, String shape, List<Matrix> matrices) {
        this(name, formula, shape, matrices, true);
    }

    /**
     * @param shared one colour scale for all matrices, or one per matrix (the inputs Q, K, V, W_O are
     *        different quantities)
     */
    public StageView(String name, String formula, String shape, List<Matrix> matrices, boolean shared) {
        this.name = name;
        this.formula = formula;
        this.shape = shape;
        this.matrices = Collections.unmodifiableList(new ArrayList<>(matrices));
        this.shared = shared;
        double[] range = range(matrices);
        this.lo = range[0];
        this.hi = range[1];
        this.masked = range[2] > 0;
        for (Matrix m : matrices) {
            double[] own = shared ? range : range(Collections.singletonList(m));
            m.lo = own[0];
            m.hi = own[1];
        }
    }

    /**
     * {lo, hi, masked?}: the {@link #CLIP} and 1 − CLIP quantiles of the finite values (found with a
     * 1024-bin histogram: linear time, no sort), widened to a unit range when they coincide.
     */
    static double[] range(List<Matrix> matrices) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int count = 0;
        boolean anyMasked = false;
        for (Matrix m : matrices) {
            for (double v : m.values) {
                if (v >= min && v <= max) {
                    count++;
                } else if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    count++;
                } else if (v == Double.NEGATIVE_INFINITY) {
                    anyMasked = true;
                }
            }
        }
        double lo = min;
        double hi = max;
        int cut = (int) Math.floor(CLIP * count);
        if (cut > 0 && max > min) {
            int bins = 1024;
            int[] hist = new int[bins];
            double scale = bins / (max - min);
            for (Matrix m : matrices) {
                for (double v : m.values) {
                    if (Double.isFinite(v)) {
                        hist[Math.min(bins - 1, (int) ((v - min) * scale))]++;
                    }
                }
            }
            int below = 0;
            int b = 0;
            while (below + hist[b] <= cut) {
                below += hist[b++];
            }
            lo = min + b / scale;
            int above = 0;
            int t = bins - 1;
            while (above + hist[t] <= cut) {
                above += hist[t--];
            }
            hi = min + (t + 1) / scale;
            lo = Math.max(min, lo);
            hi = Math.min(max, hi);
        }
        if (count == 0) {
            lo = 0;
            hi = 1;
        } else if (!(hi > lo)) {
            lo -= 0.5;
            hi += 0.5;
        }
        return new double[] {lo, hi, anyMasked ? 1 : 0};
    }

    /**
     * A stage of {@code t}: a matrix is one matrix, a vector one row, a tensor of higher rank one
     * matrix per entry of the leading axes, labelled by {@code unit} ("head", "group") and number
     * when there are several.
     */
    public static StageView of(String name, String formula, Tensor t, String unit) {
        int[] s = t.shape();
        List<Matrix> ms = new ArrayList<>();
        double[] all = t.toArray();
        if (s.length <= 2) {
            int rows = s.length == 2 ? s[0] : 1;
            int cols = s.length == 0 ? 1 : s[s.length - 1];
            ms.add(new Matrix(name, rows, cols, all));
        } else {
            int rows = s[s.length - 2];
            int cols = s[s.length - 1];
            int count = all.length / (rows * cols);
            for (int k = 0; k < count; k++) {
                double[] part = new double[rows * cols];
                System.arraycopy(all, k * rows * cols, part, 0, part.length);
                ms.add(new Matrix(unit + " " + (k + 1), rows, cols, part));
            }
        }
        return new StageView(name, formula, Shape.str(s), ms);
    }
}
