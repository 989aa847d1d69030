package dev.gradlab.core.nn;

import dev.gradlab.core.autodiff.GradCheck;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared helpers of the nn tests: random tensors, gradient checks, tensor comparisons. */
final class NnTesting {
    private NnTesting() {
    }

    static Tensor uniform(SplitMix64 rng, double lo, double hi, int... shape) {
        double[] d = new double[Shape.size(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.uniform(lo, hi);
        }
        return Tensor.of(shape, d);
    }

    static Tensor random(SplitMix64 rng, int... shape) {
        return uniform(rng, -1, 1, shape);
    }

    static Node in(String label, Tensor t) {
        return Node.input(label, t);
    }

    /** Reverse and forward mode against finite differences, three random directions. */
    static void assertGradients(String what, Function<Node[], Node> f, Tensor... point) {
        SplitMix64 rng = new SplitMix64(what.hashCode());
        for (int trial = 0; trial < 3; trial++) {
            GradCheck.Result r = GradCheck.check(f, point, rng);
            assertTrue(Double.isFinite(r.analytic) && Double.isFinite(r.forward) && Double.isFinite(r.numeric),
                    what + ": non-finite derivative " + r.analytic + " / " + r.forward + " / " + r.numeric);
            assertTrue(r.error() < 1e-6, what + ": backprop " + r.analytic + " vs finite differences " + r.numeric);
            assertTrue(r.forwardError() < 1e-6, what + ": forward mode " + r.forward + " vs finite differences "
                    + r.numeric);
        }
    }

    static void assertClose(Tensor expected, Tensor actual, double tol, String what) {
        assertTrue(Shape.same(expected.shape(), actual.shape()), what + ": shape " + Shape.str(actual.shape())
                + " instead of " + Shape.str(expected.shape()));
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), tol, what + " at flat index " + i);
        }
    }

    static void assertFinite(Tensor t, String what) {
        for (int i = 0; i < t.size(); i++) {
            assertTrue(Double.isFinite(t.get(i)), what + " has " + t.get(i) + " at flat index " + i);
        }
    }

    static Tensor matrix(double[]... rows) {
        return Tensor.matrix(rows);
    }

    /** Entry (i, j) of a 2-D tensor. */
    static double at(Tensor t, int i, int j) {
        return t.get(i * t.dim(1) + j);
    }
}
