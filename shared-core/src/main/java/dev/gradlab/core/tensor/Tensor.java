package dev.gradlab.core.tensor;

import java.util.List;

/**
 * An immutable dense tensor of doubles of any rank, stored row-major. Rank 0 is a scalar.
 * Construction copies nothing when told so by the package-private {@link #wrap}; public factories
 * copy their input, so a Tensor can never be changed after it is made.
 */
public final class Tensor {
    private final int[] shape;
    private final double[] data;

    private Tensor(int[] shape, double[] data) {
        this.shape = shape;
        this.data = data;
    }

    /** Wraps arrays the caller hands over and will not touch again. */
    static Tensor wrap(int[] shape, double[] data) {
        return new Tensor(shape, data);
    }

    public static Tensor scalar(double v) {
        return new Tensor(new int[0], new double[] {v});
    }

    /** A tensor of the given shape with a copy of {@code data} (row-major). */
    public static Tensor of(int[] shape, double[] data) {
        for (int d : shape) {
            if (d < 0) {
                throw new ShapeException("negative dimension in shape " + Shape.str(shape));
            }
        }
        if (Shape.size(shape) != data.length) {
            throw new ShapeException("shape " + Shape.str(shape) + " needs " + Shape.size(shape)
                    + " values but " + data.length + " were given");
        }
        return new Tensor(shape.clone(), data.clone());
    }

    public static Tensor vector(double... values) {
        return of(new int[] {values.length}, values);
    }

    public static Tensor matrix(double[][] rows) {
        int m = rows.length;
        int n = m == 0 ? 0 : rows[0].length;
        double[] d = new double[m * n];
        for (int i = 0; i < m; i++) {
            if (rows[i].length != n) {
                throw new ShapeException("row " + i + " has " + rows[i].length + " entries, row 0 has " + n);
            }
            System.arraycopy(rows[i], 0, d, i * n, n);
        }
        return new Tensor(new int[] {m, n}, d);
    }

    public static Tensor full(int[] shape, double v) {
        double[] d = new double[Shape.size(shape)];
        java.util.Arrays.fill(d, v);
        return new Tensor(shape.clone(), d);
    }

    public static Tensor zeros(int[] shape) {
        return full(shape, 0.0);
    }

    /**
     * A tensor from nested lists of numbers as a JSON reader produces them: a {@link Number} is a
     * scalar, a {@link List} of equally shaped elements adds an axis.
     *
     * @throws ShapeException for ragged lists, naming the offending path such as {@code [1]}
     * @throws IllegalArgumentException for anything that is not a number or a list
     */
    public static Tensor fromNested(Object nested) {
        java.util.ArrayList<Integer> dims = new java.util.ArrayList<>();
        Object cur = nested;
        while (cur instanceof List) {
            List<?> l = (List<?>) cur;
            dims.add(l.size());
            if (l.isEmpty()) {
                break;
            }
            cur = l.get(0);
        }
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i);
        }
        double[] data = new double[Shape.size(shape)];
        fill(nested, shape, 0, data, new int[] {0}, "");
        return new Tensor(shape, data);
    }

    private static void fill(Object o, int[] shape, int axis, double[] out, int[] pos, String path) {
        if (axis == shape.length) {
            if (o instanceof Number) {
                out[pos[0]++] = ((Number) o).doubleValue();
                return;
            }
            if (o instanceof List) {
                throw new ShapeException("ragged nested list: " + (path.isEmpty() ? "value" : "element " + path)
                        + " is a list where a number was expected");
            }
            throw new IllegalArgumentException((path.isEmpty() ? "value" : "element " + path)
                    + " is not a number: " + o);
        }
        if (!(o instanceof List) || ((List<?>) o).size() != shape[axis]) {
            throw new ShapeException("ragged nested list: element " + (path.isEmpty() ? "" : path)
                    + " should be a list of " + shape[axis] + " entries");
        }
        List<?> l = (List<?>) o;
        for (int i = 0; i < l.size(); i++) {
            fill(l.get(i), shape, axis + 1, out, pos, path + "[" + i + "]");
        }
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** The shape array itself, for kernels in this package that promise not to modify it. */
    int[] shapeRef() {
        return shape;
    }

    /** Size of axis {@code i}; negative i counts from the end. */
    public int dim(int i) {
        return shape[i < 0 ? shape.length + i : i];
    }

    public int rank() {
        return shape.length;
    }

    public int size() {
        return data.length;
    }

    public boolean isScalar() {
        return shape.length == 0;
    }

    /** The element at a row-major flat index. */
    public double get(int flatIndex) {
        return data[flatIndex];
    }

    /** The single value of a tensor with one element (a scalar, or shape (1,), (1,1), ...). */
    public double item() {
        if (data.length != 1) {
            throw new ShapeException("item() needs a single value but shape is " + Shape.str(shape));
        }
        return data[0];
    }

    /** A copy of the row-major data. */
    public double[] toArray() {
        return data.clone();
    }

    /** The underlying array, for kernels in this package only. */
    double[] raw() {
        return data;
    }

    /** The same data under another shape with the same number of elements. */
    public Tensor reshape(int... newShape) {
        if (Shape.size(newShape) != data.length) {
            throw new ShapeException("cannot reshape " + Shape.str(shape) + " into " + Shape.str(newShape));
        }
        return new Tensor(newShape.clone(), data);
    }

    @Override
    public String toString() {
        return dev.gradlab.core.text.Num.format(this, 6);
    }
}
