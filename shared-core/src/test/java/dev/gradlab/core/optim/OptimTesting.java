package dev.gradlab.core.optim;

import dev.gradlab.core.tensor.Tensor;

import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Helpers for the optimizer tests. */
final class OptimTesting {
    private OptimTesting() {
    }

    static Tensor vec(double... v) {
        return Tensor.vector(v);
    }

    static void assertTensor(double[] expected, Tensor actual, double tol, String what) {
        assertArrayEquals(new int[] {expected.length}, actual.shape(), what + ": shape");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual.get(i), tol, what + "[" + i + "]");
        }
    }

    static void assertSame(Tensor expected, Tensor actual, double tol, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), tol, what + "[" + i + "]");
        }
    }

    /** Runs {@code steps} steps of {@code opt} from {@code start} on a fixed gradient sequence. */
    static OptimizerState runOn(Optimizer opt, Tensor start, Tensor[] grads, int steps) {
        OptimizerState s = opt.init(start);
        for (int k = 0; k < steps; k++) {
            s = opt.step(s, grads[k]).state();
        }
        return s;
    }

    /** A root of f by the secant method from x0, x1, to |f| ≤ 1e-15. */
    static double secant(DoubleUnaryOperator f, double x0, double x1) {
        double f0 = f.applyAsDouble(x0);
        double f1 = f.applyAsDouble(x1);
        for (int i = 0; i < 100 && Math.abs(f1) > 1e-15; i++) {
            double x2 = x1 - f1 * (x1 - x0) / (f1 - f0);
            x0 = x1;
            f0 = f1;
            x1 = x2;
            f1 = f.applyAsDouble(x1);
        }
        return x1;
    }
}
