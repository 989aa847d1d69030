package dev.gradlab.core.optim;

import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.gradlab.core.optim.OptimTesting.assertTensor;
import static dev.gradlab.core.optim.OptimTesting.vec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test surfaces and the trajectory runner. */
class TrajectoryTest {
    @Test
    void rosenbrockValueAndGradientMatchClosedForm() {
        Objective f = Surfaces.rosenbrock();
        double[][] pts = {{-1.2, 1}, {0.3, -0.7}, {2, 3.5}};
        for (double[] p : pts) {
            double x = p[0];
            double y = p[1];
            Objective.Evaluation e = f.evaluate(vec(x, y));
            assertEquals((1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x), e.value(), 1e-12);
            assertTensor(new double[] {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)}, e.gradient(), 1e-11,
                    "∇f" + Arrays.toString(p));
        }
        assertEquals(0, f.value(vec(1, 1)), 0);
        assertEquals(0, Surfaces.rosenbrock(2, 10).value(vec(2, 4)), 0);
    }

    @Test
    void conditionedQuadraticHasEigenvaluesOneAndKappa() {
        double kappa = 25;
        double angle = 0.3;
        Objective f = Surfaces.conditioned(kappa, angle);
        Tensor r1 = vec(Math.cos(angle), Math.sin(angle));
        Tensor r2 = vec(-Math.sin(angle), Math.cos(angle));
        assertEquals(0.5, f.value(r1), 1e-13);
        assertEquals(kappa / 2, f.value(r2), 1e-12);
        assertTensor(new double[] {-kappa * Math.sin(angle), kappa * Math.cos(angle)}, f.gradient(r2), 1e-12,
                "∇f(r2) = κ·r2");
        assertEquals("½(x² + 10·y²)", Surfaces.conditioned(10).formula());
        // a non-symmetric A: ∇(½θᵀAθ) = ½(A + Aᵀ)θ
        Objective q = Surfaces.quadratic(new double[][] {{2, 4}, {0, 6}});
        assertTensor(new double[] {2 * 1 + 2 * 2, 2 * 1 + 6 * 2}, q.gradient(vec(1, 2)), 1e-14, "∇ of skewed quadratic");
        assertEquals(0.5 * (2 + 8 + 24), q.value(vec(1, 2)), 1e-14);
        assertTensor(new double[] {1.5, -0.5}, Surfaces.quarterSquare().gradient(vec(3, -1)), 1e-15, "x/2");
    }

    /** GD with η = 2/(1+κ) on ½(x² + κy²) contracts both axes by (κ−1)/(κ+1) per step. */
    @Test
    void gradientDescentOnConditionedQuadraticContractsAtTheOptimalRate() {
        double kappa = 10;
        double eta = 2 / (1 + kappa);
        Trajectory run = Trajectory.run(Surfaces.conditioned(kappa), Sgd.of(eta), vec(1, 1), 20);
        double rate = (kappa - 1) / (kappa + 1);
        for (int k = 0; k <= 20; k++) {
            assertEquals(Math.pow(rate, k), Math.abs(run.point(k).params().get(0)), 1e-14, "|x_" + k + "|");
            assertEquals(Math.pow(rate, k), Math.abs(run.point(k).params().get(1)), 1e-14, "|y_" + k + "|");
        }
        assertEquals(20, run.steps());
        assertFalse(run.diverged());
        double[] xs = run.coordinate(0);
        double[] ys = run.coordinate(1);
        assertEquals(21, xs.length);
        assertTrue(xs[1] > 0 && xs[2] > 0, "x (factor 1 − η = 9/11) approaches 0 from one side");
        assertTrue(ys[1] < 0 && ys[2] > 0, "y (factor 1 − κη = −9/11) overshoots and alternates sign");
    }

    @Test
    void pointsRecordLossGradientAndState() {
        Objective f = Surfaces.conditioned(4);
        Trajectory run = Trajectory.run(f, Adam.of(0.1), vec(1, -1), 5);
        assertEquals(6, run.points().size());
        Trajectory.Point p0 = run.point(0);
        assertNull(p0.step());
        assertEquals(0, p0.t());
        assertEquals(0.5 * (1 + 4), p0.loss(), 1e-15);
        assertTensor(new double[] {1, -4}, p0.grad(), 1e-15, "∇f(θ0)");
        Trajectory.Point p1 = run.point(1);
        assertTensor(new double[] {0.9, -0.9}, p1.params(), 1e-8, "Adam moves η·sign(g) first");
        assertTensor(p0.grad().toArray(), p1.step().grad(), 0, "step 1 used ∇f(θ0)");
        assertEquals(f.value(p1.params()), p1.loss(), 0);
        List<String> keys = Arrays.asList("t", "params", "m", "v", "grad", "lr", "m_hat", "v_hat", "u", "delta", "loss",
                "grad_next");
        assertEquals(keys, new java.util.ArrayList<>(p1.named().keySet()));
        assertEquals(Arrays.asList("t", "params", "m", "v", "loss", "grad_next"),
                new java.util.ArrayList<>(p0.named().keySet()));
        double[] losses = run.losses();
        assertTrue(losses[5] < losses[0], "loss went down");
    }

    @Test
    void divergingRunStopsAtTheFirstNonFinitePoint() {
        // η = 0.5 > 2/κ = 0.2: y is multiplied by 1 − 10·0.5 = −4 each step
        Trajectory run = Trajectory.run(Surfaces.conditioned(10), Sgd.of(0.5), vec(0, 1), 2000);
        assertTrue(run.diverged());
        assertTrue(run.steps() < 600, "stopped after " + run.steps());
        assertFalse(Double.isFinite(run.last().loss()));
        assertEquals(-4, run.point(1).params().get(1), 0);
        assertEquals(16, run.point(2).params().get(1), 0);
    }

    @Test
    void adamSolvesRosenbrock() {
        Trajectory run = Trajectory.run(Surfaces.rosenbrock(), Adam.of(0.02), vec(-1.5, 2), 5000);
        assertTrue(run.last().loss() < 1e-10, "loss " + run.last().loss());
        assertTensor(new double[] {1, 1}, run.last().params(), 1e-5, "minimum (1, 1)");
    }

    @Test
    void compareRunsEachOptimizerFromTheSameStart() {
        List<Trajectory> runs = Trajectory.compare(Surfaces.quarterSquare(),
                Arrays.asList(Sgd.of(2), Momentum.buffer(0.5, 1), Adam.of(0.5)), vec(1), 3);
        assertEquals(3, runs.size());
        assertEquals(0, runs.get(0).point(1).params().get(0), 0);
        assertEquals(0, runs.get(1).point(2).params().get(0), 1e-15);
        assertEquals(0.5, runs.get(2).point(1).params().get(0), 1e-8);
        for (Trajectory t : runs) {
            assertEquals(1, t.point(0).params().get(0), 0);
        }
        assertEquals("SGD", runs.get(0).optimizer().name());
    }

    @Test
    void continuingARunFromItsLastState() {
        Objective f = Surfaces.conditioned(3);
        Optimizer m = Momentum.velocity(0.9, 0.05);
        Trajectory whole = Trajectory.run(f, m, vec(1, 1), 10);
        Trajectory first = Trajectory.run(f, m, vec(1, 1), 4);
        Trajectory rest = Trajectory.run(f, m, first.last().state(), 6);
        assertEquals(10, rest.last().t());
        assertTensor(whole.last().params().toArray(), rest.last().params(), 0, "same iterate");
    }

    @Test
    void objectiveFromFunctions() {
        Objective f = Objective.ofFunctions("abs-sum", "Σ|θ|", p -> Math.abs(p.get(0)) + Math.abs(p.get(1)),
                p -> vec(Math.signum(p.get(0)), Math.signum(p.get(1))));
        assertFalse(f.hasGraph());
        assertThrows(IllegalStateException.class, () -> f.graph(null));
        Trajectory run = Trajectory.run(f, Sgd.of(0.25), vec(1, -0.5), 2);
        assertTensor(new double[] {0.5, 0}, run.last().params(), 0, "sign steps");
        assertEquals(0.5, run.last().loss(), 0);
        assertThrows(IllegalArgumentException.class, () -> Trajectory.run(f, Sgd.of(0.1), vec(1, 1), -1));
        assertThrows(IllegalArgumentException.class,
                () -> Trajectory.run(f, Sgd.of(0.1), vec(1, 1), Trajectory.MAX_STEPS + 1));
    }
}
