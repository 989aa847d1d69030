package dev.gradlab.core.optim;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.gradlab.core.optim.OptimTesting.assertSame;
import static dev.gradlab.core.optim.OptimTesting.assertTensor;
import static dev.gradlab.core.optim.OptimTesting.runOn;
import static dev.gradlab.core.optim.OptimTesting.vec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SGD, weight decay and the momentum family against hand-computed steps. */
class SgdMomentumTest {
    @Test
    void sgdTwoStepsByHand() {
        Sgd sgd = Sgd.of(0.1);
        OptimizerState s0 = sgd.init(vec(1, -2));
        Step s1 = sgd.step(s0, vec(0.5, 4));
        assertTensor(new double[] {0.95, -2.4}, s1.params(), 1e-15, "θ1 = θ0 − 0.1·g1");
        assertTensor(new double[] {-0.05, -0.4}, s1.delta(), 1e-15, "Δθ1");
        assertEquals(0.1, s1.lr(), 0);
        assertEquals(1, s1.t());
        Step s2 = sgd.step(s1.state(), vec(-1, 0));
        assertTensor(new double[] {1.05, -2.4}, s2.params(), 1e-15, "θ2");
        assertEquals(2, s2.state().t());
        // pure: the old state is untouched and stepping it again gives the same result
        assertTensor(new double[] {1, -2}, s0.params(), 0, "θ0 after stepping");
        assertTensor(new double[] {0.95, -2.4}, sgd.step(s0, vec(0.5, 4)).params(), 0, "θ1 again");
        assertEquals("SGD", sgd.name());
    }

    @Test
    void sgdWeightDecayMultipliesByOneMinusEtaLambda() {
        Step s = Sgd.of(0.1).withWeightDecay(0.5).step(Sgd.of(0.1).init(vec(2)), vec(1));
        assertTensor(new double[] {2 - 0.1 * (1 + 0.5 * 2)}, s.params(), 1e-15, "θ − η(g + λθ)");
        assertEquals(1.8, s.params().get(0), 1e-15);
    }

    /**
     * Course question 4.1: decay θ ← θ − η∇L − λ'θ equals SGD on L + γ‖θ‖² when λ' = 2ηγ, i.e. our
     * λ = λ'/η = 2γ. The printed solution's λ' = −2ηγ has the wrong sign (it would grow θ).
     */
    @Test
    void weightDecayEqualsL2ForSgdWithLambdaTwoEtaGamma() {
        double eta = 1e-3;
        double gamma = 0.3;
        Objective plain = Surfaces.rosenbrock();
        Objective reg = Objective.ofGraph("rosenbrock + γ‖θ‖²", "", th -> F.add(plain.graph(th),
                F.mul(F.scalar(gamma), F.sum(F.mul(th, th)))));
        Trajectory decayed = Trajectory.run(plain, Sgd.of(eta).withWeightDecay(2 * gamma), vec(-1, 1.5), 40);
        Trajectory l2 = Trajectory.run(reg, Sgd.of(eta), vec(-1, 1.5), 40);
        for (int k = 0; k <= 40; k++) {
            assertSame(l2.point(k).params(), decayed.point(k).params(), 1e-13, "step " + k);
        }
        // the per-step factor on θ is 1 − 2ηγ, not the printed 1 + 2ηγ
        Tensor g = plain.gradient(vec(-1, 1.5));
        double lambdaPerStep = 2 * eta * gamma;
        double x1 = decayed.point(1).params().get(0);
        assertEquals(-1 - eta * g.get(0) - lambdaPerStep * -1, x1, 1e-14);
        assertNotEquals(-1 - eta * g.get(0) + lambdaPerStep * -1, x1, 1e-6);
    }

    @Test
    void momentumVelocityFormByHand() {
        // A: v ← 0.9v + 0.1g, θ ← θ − v; g1 = 1, g2 = −2
        Momentum a = Momentum.velocity(0.9, 0.1);
        Step s1 = a.step(a.init(vec(0)), vec(1));
        assertEquals(0.1, s1.state().buffer("v").get(0), 1e-15);
        assertEquals(-0.1, s1.params().get(0), 1e-15);
        Step s2 = a.step(s1.state(), vec(-2));
        assertEquals(0.9 * 0.1 - 0.2, s2.state().buffer("v").get(0), 1e-15);
        assertEquals(0.01, s2.params().get(0), 1e-15);
        assertEquals("Momentum (A: velocity)", a.name());
        assertEquals(Arrays.asList("α", "ε"), new java.util.ArrayList<>(a.hyperparameters().keySet()));
    }

    @Test
    void momentumRunningAverageFormByHand() {
        // B: v ← 0.9v + 0.1g, θ ← θ − 0.5v
        Momentum b = Momentum.average(0.9, 0.5);
        Step s1 = b.step(b.init(vec(0)), vec(1));
        assertEquals(0.1, s1.value("v").get(0), 1e-15);
        assertEquals(-0.05, s1.params().get(0), 1e-15);
        Step s2 = b.step(s1.state(), vec(-2));
        assertEquals(-0.11, s2.value("v").get(0), 1e-15);
        assertEquals(-0.05 + 0.5 * 0.11, s2.params().get(0), 1e-15);
    }

    @Test
    void momentumBufferFormByHand() {
        // v ← 0.9v + g, θ ← θ − 0.1v
        Momentum c = Momentum.buffer(0.9, 0.1);
        Step s1 = c.step(c.init(vec(0)), vec(1));
        Step s2 = c.step(s1.state(), vec(-2));
        assertEquals(1, s1.value("v").get(0), 0);
        assertEquals(-0.1, s1.params().get(0), 1e-15);
        assertEquals(-1.1, s2.value("v").get(0), 1e-15);
        assertEquals(0.01, s2.params().get(0), 1e-15);
    }

    /** Course question 2.1: α = β, ε = δ(1−β) make the two rules give identical iterates. */
    @Test
    void velocityAndRunningAverageFormsAgreeForFiftyRandomSteps() {
        SplitMix64 rng = new SplitMix64(2024);
        int n = 5;
        Tensor[] grads = new Tensor[50];
        for (int k = 0; k < grads.length; k++) {
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = 3 * rng.nextGaussian();
            }
            grads[k] = Tensor.vector(g);
        }
        Tensor start = vec(1, -2, 0.5, 3, -0.25);
        double beta = 0.87;
        double delta = 0.3;
        Momentum b = Momentum.average(beta, delta);
        Momentum a = Momentum.velocity(beta, Momentum.epsilonFromAverage(beta, delta));
        assertEquals(delta * (1 - beta), a.hyperparameters().get("ε"), 1e-17);
        OptimizerState sa = a.init(start);
        OptimizerState sb = b.init(start);
        OptimizerState sc = b.as(Momentum.Form.BUFFER).init(start);
        Momentum c = b.as(Momentum.Form.BUFFER);
        for (int k = 0; k < 50; k++) {
            sa = a.step(sa, grads[k]).state();
            sb = b.step(sb, grads[k]).state();
            sc = c.step(sc, grads[k]).state();
            assertSame(sa.params(), sb.params(), 1e-13, "A vs B at step " + (k + 1));
            assertSame(sa.params(), sc.params(), 1e-13, "A vs buffer at step " + (k + 1));
            for (int i = 0; i < n; i++) {
                assertEquals(sa.buffer("v").get(i), delta * sb.buffer("v").get(i), 1e-13, "v_A = δ·v_B");
            }
        }
        assertTrue(Math.abs(sa.params().get(0) - start.get(0)) > 0.1, "the run moved");
        // Nesterov variants map the same way
        OptimizerState na = runOn(a.nesterov(), start, grads, 50);
        OptimizerState nb = runOn(b.nesterov(), start, grads, 50);
        assertSame(na.params(), nb.params(), 1e-13, "Nesterov A vs B");
    }

    @Test
    void mappingBetweenFormsRoundTrips() {
        assertEquals(0.05, Momentum.epsilonFromAverage(0.9, 0.5), 1e-16);
        assertEquals(0.5, Momentum.deltaFromVelocity(0.9, 0.05), 1e-15);
        Momentum b = Momentum.velocity(0.8, 0.2).as(Momentum.Form.AVERAGE);
        assertEquals(Momentum.Form.AVERAGE, b.form());
        assertEquals(0.8, b.momentum(), 0);
        assertEquals(1.0, b.hyperparameters().get("δ"), 1e-15);
        assertEquals(0.2, b.as(Momentum.Form.VELOCITY).hyperparameters().get("ε"), 1e-15);
        assertEquals(0.2, b.as(Momentum.Form.BUFFER).hyperparameters().get("η"), 1e-15);
        Momentum scheduled = Momentum.average(0.9, 1).withSchedule(Schedule.exponential(1, 0.9));
        assertThrows(IllegalStateException.class, () -> scheduled.as(Momentum.Form.VELOCITY));
    }

    /** With a decaying rate the forms differ: A scales only the new gradient, B the whole buffer. */
    @Test
    void scheduledFormsAreNotEquivalent() {
        Schedule sched = Schedule.stepDecay(1, 0.1, 1);
        Momentum a = Momentum.velocity(0.5, 1).withSchedule(sched);
        Momentum b = Momentum.buffer(0.5, 1).withSchedule(sched);
        Tensor[] ones = {vec(1), vec(1)};
        // A: v1 = 1, θ1 = −1; v2 = 0.5 + 0.1 = 0.6, θ2 = −1.6. Buffer: v2 = 1.5, θ2 = −1 − 0.1·1.5 = −1.15
        assertEquals(-1.6, runOn(a, vec(0), ones, 2).params().get(0), 1e-15);
        assertEquals(-1.15, runOn(b, vec(0), ones, 2).params().get(0), 1e-15);
    }

    /** Nesterov (A) is Sutskever's v ← αv − ε∇f(θ + αv), θ ← θ + v in the look-ahead variable θ + αv. */
    @Test
    void nesterovMatchesSutskeverLookAhead() {
        Objective f = Surfaces.conditioned(8, 0.4);
        double alpha = 0.8;
        double eps = 0.05;
        Trajectory ours = Trajectory.run(f, Momentum.velocity(alpha, eps).nesterov(), vec(2, -1), 30);
        double[] theta = {2, -1};
        double[] v = {0, 0};
        for (int k = 1; k <= 30; k++) {
            Tensor g = f.gradient(vec(theta[0] + alpha * v[0], theta[1] + alpha * v[1]));
            for (int i = 0; i < 2; i++) {
                v[i] = alpha * v[i] - eps * g.get(i);
                theta[i] += v[i];
            }
            assertTensor(new double[] {theta[0] + alpha * v[0], theta[1] + alpha * v[1]}, ours.point(k).params(),
                    1e-13, "look-ahead point at step " + k);
        }
        assertEquals("Nesterov (A: velocity)", Momentum.velocity(alpha, eps).nesterov().name());
    }

    @Test
    void nesterovBufferFormFirstStepIsOnePlusBetaTimesGradient() {
        // PyTorch nesterov=True: buf = g, θ ← θ − η(g + β·buf) = θ − η(1+β)g
        Momentum n = Momentum.buffer(0.9, 0.1).nesterov();
        Step s = n.step(n.init(vec(1, 1)), vec(2, -4));
        assertTensor(new double[] {1 - 0.1 * 1.9 * 2, 1 + 0.1 * 1.9 * 4}, s.params(), 1e-15, "θ1");
        Step s2 = n.step(s.state(), vec(1, 0));
        // buf = 0.9·2 + 1 = 2.8, θ2 = θ1 − 0.1(1 + 0.9·2.8)
        assertEquals(1 - 0.38 - 0.1 * (1 + 0.9 * 2.8), s2.params().get(0), 1e-15);
    }

    @Test
    void badInputsAreRejectedWithTheirNames() {
        ShapeException e = assertThrows(ShapeException.class, () -> Sgd.of(0.1).step(Sgd.of(0.1).init(vec(1, 2)), vec(1)));
        assertTrue(e.getMessage().contains("(1,)") && e.getMessage().contains("(2,)"), e.getMessage());
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> Momentum.average(1, 0.1));
        assertTrue(m.getMessage().contains("β"), m.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sgd.of(-0.1));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Momentum.velocity(0.9, 0.1).step(Sgd.of(0.1).init(vec(1)), vec(1)));
        assertTrue(missing.getMessage().contains("\"v\""), missing.getMessage());
    }
}
