package dev.gradlab.core.autodiff;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Linalg;
import dev.gradlab.core.tensor.MathException;
import dev.gradlab.core.tensor.MatMul;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinalgOpsTest {
    private final SplitMix64 rng = new SplitMix64(99);

    private Tensor random(int... shape) {
        double[] d = new double[Shape.size(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.uniform(-1, 1);
        }
        return Tensor.of(shape, d);
    }

    /** A well-conditioned square matrix: random plus 3·I. */
    private Tensor wellConditioned(int n) {
        double[] d = random(n, n).toArray();
        for (int i = 0; i < n; i++) {
            d[i * n + i] += 3;
        }
        return Tensor.of(new int[] {n, n}, d);
    }

    private void check(String what, Function<Node[], Node> f, Tensor... point) {
        for (int trial = 0; trial < 3; trial++) {
            GradCheck.Result r = GradCheck.check(f, point, rng);
            assertTrue(r.error() < 1e-5, what + ": backprop " + r.analytic + " vs " + r.numeric);
            assertTrue(r.forwardError() < 1e-5, what + ": forward mode " + r.forward + " vs " + r.numeric);
        }
    }

    @Test
    void inverseDeterminantAndSolveOfASmallMatrix() {
        Tensor a = Tensor.matrix(new double[][] {{4, 7}, {2, 6}});
        assertArrayEquals(new double[] {0.6, -0.7, -0.2, 0.4}, Linalg.inv(a).toArray(), 1e-12);
        assertEquals(10, Linalg.det(a), 1e-12);
        assertArrayEquals(new double[] {-0.1, 0.2}, Linalg.solve(a, Tensor.vector(1, 1)).toArray(), 1e-12);
        MathException e = assertThrows(MathException.class,
                () -> Linalg.inv(Tensor.matrix(new double[][] {{1, 2}, {2, 4}})));
        assertEquals("the matrix is singular and has no inverse", e.getMessage());
        assertThrows(ShapeException.class, () -> Linalg.inv(Tensor.zeros(new int[] {2, 3})));
    }

    @Test
    void pseudoInverseSatisfiesThePenroseConditions() {
        Tensor a = random(4, 2);
        Tensor p = Linalg.pinv(a);
        assertArrayEquals(new int[] {2, 4}, p.shape());
        assertArrayEquals(a.toArray(), MatMul.matmul(MatMul.matmul(a, p), a).toArray(), 1e-12);
        assertArrayEquals(p.toArray(), MatMul.matmul(MatMul.matmul(p, a), p).toArray(), 1e-12);
    }

    @Test
    void symmetricEigenAndSvdReconstructTheMatrix() {
        Tensor a = Tensor.matrix(new double[][] {{2, 1}, {1, 2}});
        Linalg.Eigh e = Linalg.eigh(a);
        assertArrayEquals(new double[] {1, 3}, e.values.toArray(), 1e-12);
        double r = Math.sqrt(0.5);
        assertArrayEquals(new double[] {r, r, -r, r}, e.vectors.toArray(), 1e-12);
        Tensor m = random(3, 2);
        Linalg.Svd s = Linalg.svd(m);
        Tensor rebuilt = MatMul.matmul(MatMul.matmul(s.u, LinearOps.diag(s.s)), dev.gradlab.core.tensor.Layout.transpose(s.v));
        assertArrayEquals(m.toArray(), rebuilt.toArray(), 1e-12);
        assertTrue(s.s.get(0) >= s.s.get(1));
    }

    @Test
    void conditionNumbers() {
        assertEquals(10, Linalg.cond(Tensor.matrix(new double[][] {{1, 0}, {0, 10}})), 1e-12);
        // seed 002 §4.2: the Hessian of Lydia's loss at x1 = e1, x2 = e2, n = 2 is I, so κ = 1
        assertEquals(1, Linalg.cond(Tensor.matrix(new double[][] {{1, 0}, {0, 1}})), 1e-12);
        assertTrue(Linalg.cond(Tensor.matrix(new double[][] {{1, 2}, {2, 4}})) > 1e15, "singular: σmin is 0 up to rounding");
    }

    @Test
    void gradientsOfInverseSolveAndDeterminant() {
        check("inv", x -> F.inv(x[0]), wellConditioned(3));
        check("solve with a vector", x -> F.solve(x[0], x[1]), wellConditioned(3), random(3));
        check("solve with a matrix", x -> F.solve(x[0], x[1]), wellConditioned(3), random(3, 2));
        check("det", x -> F.det(x[0]), wellConditioned(3));
        check("det of a singular matrix", x -> F.det(x[0]), Tensor.matrix(new double[][] {{1, 2, 3}, {2, 4, 6}, {0, 1, 5}}));
    }

    @Test
    void gradientsOfPseudoInverseEigenAndSingularValues() {
        check("pinv tall", x -> F.pinv(x[0]), random(4, 2));
        check("pinv wide", x -> F.pinv(x[0]), random(2, 3));
        Tensor s = Tensor.matrix(new double[][] {{3, 0.5, 0.1}, {0.5, 1, 0.2}, {0.1, 0.2, -2}});
        check("eigvalsh", x -> F.eigvalsh(x[0]), s);
        check("eigvecsh", x -> F.eigvecsh(x[0]), s);
        check("svdvals", x -> F.svdvals(x[0]), random(3, 2));
        check("cond", x -> F.cond(x[0]), wellConditioned(3));
    }
}
