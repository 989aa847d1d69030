package dev.gradlab.core.optim;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static dev.gradlab.core.optim.OptimTesting.runOn;
import static dev.gradlab.core.optim.OptimTesting.secant;
import static dev.gradlab.core.optim.OptimTesting.vec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The course's optimizer questions reproduced with the optimizers: the one-step learning rate and
 * two-step momentum of the x²/4 exercise, and the running-average unrolling and bias.
 */
class CourseExercisesTest {
    private static final Objective QUARTER = Surfaces.quarterSquare();

    private static double after(Optimizer opt, int steps) {
        return Trajectory.run(QUARTER, opt, vec(1), steps).last().params().get(0);
    }

    /** f = x²/4, x₀ = 1: x₁ = 1 − η/2, so η = 2 lands on the minimum in one step. */
    @Test
    void learningRateThatConvergesInOneStepIsTwo() {
        double eta = secant(e -> after(Sgd.of(e), 1), 0.1, 0.5);
        assertEquals(2.0, eta, 1e-12);
        assertEquals(0.0, after(Sgd.of(eta), 1), 1e-12);
        assertEquals(0.0, after(Sgd.of(2), 1), 0);
        assertEquals(0.0, QUARTER.gradient(vec(after(Sgd.of(2), 1))).get(0), 0);
        // and it stays there: the gradient at 0 is 0
        assertEquals(0.0, after(Sgd.of(2), 5), 0);
    }

    /**
     * Momentum v ← βv + g, x ← x − 1·v (the exercise's form, learning rate 1): x₁ = 1/2,
     * x₂ = 1/4 − β/2, so β = 1/2. The velocity form with α = β, ε = 1 is the same optimizer.
     */
    @Test
    void momentumThatConvergesInTwoStepsIsOneHalf() {
        double beta = secant(b -> after(Momentum.buffer(b, 1), 2), 0.1, 0.9);
        assertEquals(0.5, beta, 1e-12);
        assertEquals(0.5, after(Momentum.buffer(beta, 1), 1), 1e-15);
        assertEquals(0.0, after(Momentum.buffer(beta, 1), 2), 1e-12);
        assertEquals(0.0, after(Momentum.velocity(0.5, 1), 2), 1e-12);
        // the velocity is not zero there, so the third step leaves the minimum: v₂ = 1/2, x₃ = −1/4
        Trajectory run = Trajectory.run(QUARTER, Momentum.buffer(0.5, 1), vec(1), 3);
        assertEquals(0.5, run.point(2).state().buffer("v").get(0), 1e-15);
        assertEquals(-0.25, run.point(3).params().get(0), 1e-15);
    }

    /**
     * In the running-average form with δ = 1 no β works: x₂ = (1 + 3β²)/4 ≥ 1/4 for every β, so the
     * answer β = 1/2 depends on the buffer form v ← βv + g.
     */
    @Test
    void runningAverageFormWithRateOneNeverReachesZeroInTwoSteps() {
        for (double beta = 0; beta < 1; beta += 0.0625) {
            assertEquals((1 + 3 * beta * beta) / 4, after(Momentum.average(beta, 1), 2), 1e-15, "β = " + beta);
            assertTrue(after(Momentum.average(beta, 1), 2) >= 0.25);
        }
    }

    /** Question 2.2: v_t = Σᵢ (1−β)·β^(t−i)·gᵢ. */
    @Test
    void runningAverageUnrollsToGeometricWeights() {
        SplitMix64 rng = new SplitMix64(7);
        double beta = 0.8;
        int steps = 12;
        Tensor[] g = new Tensor[steps];
        for (int k = 0; k < steps; k++) {
            g[k] = vec(rng.uniform(-2, 2));
        }
        OptimizerState s = runOn(Momentum.average(beta, 0.1), vec(0), g, steps);
        double unrolled = 0;
        for (int i = 1; i <= steps; i++) {
            unrolled += (1 - beta) * Math.pow(beta, steps - i) * g[i - 1].get(0);
        }
        assertEquals(unrolled, s.buffer("v").get(0), 1e-14);
    }

    /**
     * Question 2.3: for a constant gradient g the average is (1 − βᵗ)·g, biased towards 0; dividing
     * by 1 − βᵗ (Adam's m̂) recovers g exactly at every t.
     */
    @Test
    void runningAverageIsBiasedByOneMinusBetaToTheT() {
        double beta1 = 0.9;
        Adam adam = Adam.of(0.01, beta1, 0.999, 1e-8);
        OptimizerState s = adam.init(vec(0));
        for (int t = 1; t <= 20; t++) {
            Step step = adam.step(s, vec(3));
            s = step.state();
            assertEquals((1 - Math.pow(beta1, t)) * 3, s.buffer("m").get(0), 1e-14, "m at t = " + t);
            assertEquals(3, step.value("m_hat").get(0), 1e-14, "m̂ at t = " + t);
            assertEquals(9, step.value("v_hat").get(0), 1e-12, "v̂ at t = " + t);
        }
    }
}
