package dev.gradlab.core.optim;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;

import static dev.gradlab.core.optim.OptimTesting.assertSame;
import static dev.gradlab.core.optim.OptimTesting.assertTensor;
import static dev.gradlab.core.optim.OptimTesting.runOn;
import static dev.gradlab.core.optim.OptimTesting.vec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RMSProp, Adam and its variants against hand-computed steps. */
class AdaptiveTest {
    @Test
    void rmsPropTwoStepsByHand() {
        RmsProp r = RmsProp.of(0.01, 0.9, 0);
        Step s1 = r.step(r.init(vec(1, 1)), vec(2, -0.5));
        assertTensor(new double[] {0.4, 0.025}, s1.value("s"), 1e-15, "s1 = 0.1·g²");
        // g/√(0.1·g²) = sign(g)/√0.1
        assertTensor(new double[] {1 - 0.01 / Math.sqrt(0.1), 1 + 0.01 / Math.sqrt(0.1)}, s1.params(), 1e-15, "θ1");
        Step s2 = r.step(s1.state(), vec(1, 1));
        double sx = 0.9 * 0.4 + 0.1;
        double sy = 0.9 * 0.025 + 0.1;
        assertTensor(new double[] {sx, sy}, s2.value("s"), 1e-15, "s2");
        assertTensor(new double[] {s1.params().get(0) - 0.01 / Math.sqrt(sx), s1.params().get(1) - 0.01 / Math.sqrt(sy)},
                s2.params(), 1e-15, "θ2");
        // ε inside the root: g/√(s + ε)
        Step in = RmsProp.of(0.01, 0.9, 0.5).withEpsilonInsideSqrt().step(r.init(vec(0)), vec(1));
        assertEquals(-0.01 / Math.sqrt(0.1 + 0.5), in.params().get(0), 1e-15);
        Step out = RmsProp.of(0.01, 0.9, 0.5).step(r.init(vec(0)), vec(1));
        assertEquals(-0.01 / (Math.sqrt(0.1) + 0.5), out.params().get(0), 1e-15);
    }

    /** With bias correction m̂₁ = g and v̂₁ = g², so the first step is −η·g/|g| whatever |g| is. */
    @Test
    void adamFirstStepIsMinusEtaSignOfG() {
        Tensor g = vec(3, -1e-4, 250, -7);
        Step exact = Adam.of(0.01, 0.9, 0.999, 0).step(Adam.of(0.01).init(vec(0, 0, 0, 0)), g);
        assertTensor(new double[] {-0.01, 0.01, -0.01, 0.01}, exact.delta(), 1e-17, "ε = 0");
        assertTensor(g.toArray(), exact.value("m_hat"), 1e-13, "m̂₁ = g");
        Step usual = Adam.of(0.01).step(Adam.of(0.01).init(vec(0, 0, 0, 0)), g);
        // with ε = 1e-8 the step is −η·g/(|g| + ε): within η·ε/|g| of −η·sign(g)
        double[] expected = new double[4];
        for (int i = 0; i < 4; i++) {
            expected[i] = -0.01 * g.get(i) / (Math.abs(g.get(i)) + 1e-8);
            assertEquals(-0.01 * Math.signum(g.get(i)), usual.delta().get(i),
                    0.01 * 1e-8 / Math.abs(g.get(i)) + 1e-17);
        }
        assertTensor(expected, usual.delta(), 1e-15, "ε = 1e-8");
        assertEquals("Adam", Adam.of(0.01).name());
    }

    /** Without bias correction the first step is −η(1−β₁)/√(1−β₂)·sign(g) ≈ −3.16η. */
    @Test
    void adamWithoutBiasCorrectionFirstStepIsScaled() {
        Adam a = Adam.of(0.01, 0.9, 0.999, 0).withoutBiasCorrection();
        Step s = a.step(a.init(vec(0, 0)), vec(5, -0.2));
        double scale = 0.1 / Math.sqrt(0.001);
        assertEquals(3.1622776601683795, scale, 1e-15);
        assertTensor(new double[] {-0.01 * scale, 0.01 * scale}, s.delta(), 1e-15, "Δθ1");
        assertTensor(new double[] {0.5, -0.02}, s.value("m_hat"), 1e-15, "m̂ = m");
        assertEquals("Adam (no bias correction)", a.name());
    }

    @Test
    void adamSecondStepByHand() {
        Adam a = Adam.of(0.1, 0.9, 0.999, 0);
        Step s1 = a.step(a.init(vec(0)), vec(1));
        Step s2 = a.step(s1.state(), vec(-1));
        double m2 = 0.9 * 0.1 - 0.1;
        double v2 = 0.999 * 0.001 + 0.001;
        double mHat = m2 / (1 - 0.81);
        double vHat = v2 / (1 - 0.999 * 0.999);
        assertEquals(m2, s2.value("m").get(0), 1e-16);
        assertEquals(v2, s2.value("v").get(0), 1e-16);
        assertEquals(1.0, vHat, 1e-12);
        assertEquals(-0.01 / 0.19, s2.value("m_hat").get(0), 1e-15);
        assertEquals(-0.1 - 0.1 * mHat / Math.sqrt(vHat), s2.params().get(0), 1e-15);
        assertEquals(Arrays.asList("t", "params", "m", "v", "grad", "lr", "m_hat", "v_hat", "u", "delta"),
                new ArrayList<>(s2.named().keySet()));
    }

    /** Course question 4.2: Adam + L2 (g ← g + cθ) is plain Adam on L + (c/2)‖θ‖², i.e. c = 2γ for L + γ‖θ‖². */
    @Test
    void adamWithL2IsAdamOnThePenalisedLoss() {
        double gamma = 0.05;
        Objective plain = Surfaces.rosenbrock();
        Objective penalised = Objective.ofGraph("penalised", "", th -> F.add(plain.graph(th),
                F.mul(F.scalar(gamma), F.sum(F.mul(th, th)))));
        Adam l2 = Adam.of(0.02).withL2(Adam.l2CoefficientOfPenalty(gamma));
        Trajectory a = Trajectory.run(plain, l2, vec(-1.2, 1), 60);
        Trajectory b = Trajectory.run(penalised, Adam.of(0.02), vec(-1.2, 1), 60);
        for (int k = 0; k <= 60; k++) {
            assertSame(b.point(k).params(), a.point(k).params(), 1e-12, "step " + k);
        }
        // "g ← g + γθ" as printed regularises with γ/2, not γ: it follows a different path
        Trajectory half = Trajectory.run(plain, Adam.of(0.02).withL2(gamma), vec(-1.2, 1), 60);
        assertTrue(Math.abs(half.last().params().get(0) - b.last().params().get(0)) > 1e-4);
        assertEquals("Adam + L2", l2.name());
        // ∇rosenbrock(−1.2, 1) = (−215.6, −88); g_eff = g + 2γθ
        assertTensor(new double[] {-215.6 - 0.1 * 1.2, -88 + 0.1}, a.point(1).step().value("g_eff"), 1e-12,
                "g_eff = g + 2γθ");
    }

    @Test
    void adamWFirstStepByHand() {
        // θ = 2, g = 1, ε = 0: u = 1, θ1 = 2 − 0.1·(1 + 0.5·2) = 1.8
        Adam w = Adam.of(0.1, 0.9, 0.999, 0).withDecoupledWeightDecay(0.5);
        assertEquals(1.8, w.step(w.init(vec(2)), vec(1)).params().get(0), 1e-15);
        assertEquals("AdamW", Adam.adamW(0.1, 0.5).name());
        assertEquals(0.5, Adam.adamW(0.1, 0.5).hyperparameters().get("λ (decay)"), 0);
        // zero gradient: AdamW still shrinks θ by the factor 1 − ηλ, Adam does not move
        assertEquals(2 * (1 - 0.05), w.step(w.init(vec(2)), vec(0)).params().get(0), 1e-15);
        assertEquals(2, Adam.of(0.1).step(w.init(vec(2)), vec(0)).params().get(0), 0);
    }

    /**
     * Course question 4.3. Two weights start at 1; the loss gradient alternates in sign with size
     * 1e-3 for θ_small and 1 for θ_large. Adam + L2 divides the decay term by √v̂, so θ_small (small
     * v̂) is driven to zero much faster; AdamW shrinks both at the same relative rate (here exactly
     * the same path, since Adam's update ignores the scale of g).
     */
    @Test
    void adamL2RegularisesSmallGradientWeightsMoreThanAdamW() {
        int steps = 200;
        Tensor[] g = new Tensor[steps];
        for (int k = 0; k < steps; k++) {
            double s = k % 2 == 0 ? 1 : -1;
            g[k] = vec(1e-3 * s, s);
        }
        Tensor start = vec(1, 1);
        Adam base = Adam.of(0.01, 0.9, 0.999, 0);
        // the moments must see the L2 term at the current θ, so the gradient sequence is the loss part only
        OptimizerState plain = runOn(base, start, g, steps);
        OptimizerState l2 = runOn(base.withL2(0.1), start, g, steps);
        OptimizerState w = runOn(base.withDecoupledWeightDecay(0.1), start, g, steps);
        double l2Small = l2.params().get(0) / plain.params().get(0);
        double l2Large = l2.params().get(1) / plain.params().get(1);
        double wSmall = w.params().get(0) / plain.params().get(0);
        double wLarge = w.params().get(1) / plain.params().get(1);
        assertTrue(l2Small < 0.05, "Adam + L2 drives θ_small to ~0: " + l2Small);
        assertTrue(l2Large > 0.8, "Adam + L2 barely shrinks θ_large: " + l2Large);
        assertEquals(wSmall, wLarge, 1e-12);
        // relative to the undecayed run, AdamW shrinks by about (1 − ηλ)^200 = 0.8186
        assertEquals(Math.pow(1 - 0.01 * 0.1, steps), wSmall, 0.01);
        assertFalse(plain.params().get(0) < 0.9, "without any decay the weights stay near 1");
    }

    @Test
    void epsilonInsideTheRootAndValidation() {
        Adam book = Adam.of(0.1, 0.9, 0.999, 0.25).withEpsilonInsideSqrt();
        // first step: m̂ = g = 1, v̂ = 1, u = 1/√(1 + 0.25)
        assertEquals(-0.1 / Math.sqrt(1.25), book.step(book.init(vec(0)), vec(1)).params().get(0), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Adam.of(0.1, 1, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> Adam.of(0.1, 0.9, 0.999, -1));
        assertThrows(IllegalArgumentException.class, () -> Adam.of(0.1).withL2(-1));
        // a zero gradient with ε = 0 moves nothing (no 0/0)
        Adam a = Adam.of(0.1, 0.9, 0.999, 0);
        assertEquals(0.0, a.step(a.init(vec(0)), vec(0)).params().get(0), 0);
    }
}
