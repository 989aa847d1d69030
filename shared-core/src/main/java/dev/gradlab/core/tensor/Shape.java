package dev.gradlab.core.tensor;

import java.util.Arrays;

/**
 * Static helpers over shapes ({@code int[]}, outermost axis first). A rank-0 shape {@code []}
 * is a scalar. Shapes passed in are never modified.
 */
public final class Shape {
    private Shape() {
    }

    /** Number of elements of a tensor of this shape (1 for a scalar). */
    public static int size(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** Product of {@code shape[from..to)}. */
    public static int size(int[] shape, int from, int to) {
        int n = 1;
        for (int i = from; i < to; i++) {
            n *= shape[i];
        }
        return n;
    }

    /** Row-major strides: {@code strides[i]} is how far one step along axis i moves in the data. */
    public static int[] strides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    /**
     * The numpy broadcast of two shapes: aligned from the right, each pair of sizes must be equal
     * or one of them 1.
     *
     * @throws ShapeException naming both shapes when they cannot be broadcast
     */
    public static int[] broadcast(int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            int db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new ShapeException("shapes " + str(a) + " and " + str(b) + " cannot be broadcast together"
                        + " (axis " + (i - rank) + ": " + da + " vs " + db + ")");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** Shape in numpy's notation: {@code ()}, {@code (3,)}, {@code (2,3)}. */
    public static String str(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(shape[i]);
        }
        return sb.append(')').toString();
    }

    public static boolean same(int[] a, int[] b) {
        return Arrays.equals(a, b);
    }
}
