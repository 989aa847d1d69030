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
    }

    public final String name;
    public final String formula;
    public final String shape;
    public final List<Matrix> matrices;
    public final double lo;
    public final double hi;
    /** Whether some entry is −∞ (a masked score). */
    public final boolean masked;

    public StageView(String name, String formula, String shape, List<Matrix> matrices) {
        this.name = name;
        this.formula = formula;
        this.shape = shape;
        this.matrices = Collections.unmodifiableList(new ArrayList<>(matrices));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean anyMasked = false;
        for (Matrix m : matrices) {
            for (double v : m.values) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                } else if (v == Double.NEGATIVE_INFINITY) {
                    anyMasked = true;
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        } else if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        this.lo = min;
        this.hi = max;
        this.masked = anyMasked;
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
