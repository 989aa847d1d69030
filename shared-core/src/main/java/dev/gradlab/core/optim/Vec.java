package dev.gradlab.core.optim;

import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;

/** Checks and small helpers shared by the optimizers. Never modifies its arguments. */
final class Vec {
    private Vec() {
    }

    /** @throws ShapeException naming both shapes unless {@code t} has the shape of {@code params} */
    static void requireSameShape(Tensor params, Tensor t, String what) {
        if (!Shape.same(params.shape(), t.shape())) {
            throw new ShapeException(what + " has shape " + Shape.str(t.shape()) + " but the parameters have shape "
                    + Shape.str(params.shape()));
        }
    }

    /** @throws IllegalArgumentException unless lo ≤ v < hi (or ≤ hi when {@code hiInclusive}) */
    static double requireIn(String name, double v, double lo, double hi, boolean hiInclusive) {
        boolean ok = v >= lo && (hiInclusive ? v <= hi : v < hi);
        if (!ok || Double.isNaN(v)) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + (hiInclusive ? "]" : ")")
                    + " but is " + v);
        }
        return v;
    }

    /** @throws IllegalArgumentException unless v is finite and ≥ 0 */
    static double requireNonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number ≥ 0 but is " + v);
        }
        return v;
    }

    /** A tensor of {@code like}'s shape holding {@code data} (copied). */
    static Tensor like(Tensor like, double[] data) {
        return Tensor.of(like.shape(), data);
    }

    /** new − old, elementwise. */
    static Tensor diff(Tensor newer, Tensor older) {
        double[] a = newer.toArray();
        double[] b = older.toArray();
        for (int i = 0; i < a.length; i++) {
            a[i] -= b[i];
        }
        return like(newer, a);
    }
}
