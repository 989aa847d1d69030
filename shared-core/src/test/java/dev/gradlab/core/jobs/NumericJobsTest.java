package dev.gradlab.core.jobs;

import dev.gradlab.core.autodiff.Backprop;
import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** regression-mc, rnn-gradnorm and rf-attention: the values a student would check. */
class NumericJobsTest {
    @Test
    void theMeanTrainingErrorOfLeastSquaresIsNMinusDSigmaSquaredOverN() {
        JobResult r = JobTesting.run("regression-mc", "n", List.of(50), "d", List.of(10), "trials", 2000,
                "sigma", 2.0);
        double theory = (50 - 10) * 4.0 / 50;
        assertEquals(theory, r.series("theory_d=10")[0], 1e-12);
        assertEquals(theory, r.series("train_d=10")[0], 0.02 * theory);
        // σ²(1 + d/(n − d − 1)) = 4·(1 + 10/39)
        assertEquals(4 * (1 + 10 / 39.0), r.series("test_d=10")[0], 0.05 * 4 * (1 + 10 / 39.0));
        assertTrue(r.summary("max_relative_deviation") < 0.02);
    }

    @Test
    void regressionMcSortsTheGridAndReportsEveryCell() {
        JobTesting.Recorder rec = new JobTesting.Recorder(-1);
        JobKind k = JobTesting.KINDS.require("regression-mc");
        JobResult r = k.run(k.validate(JobTesting.params("n", List.of(40, 10), "d", List.of(1, 3), "trials", 50)), rec);
        assertEquals(Arrays.asList(0.25, 0.5, 0.75, 1.0), rec.fractions);
        assertTrue(Arrays.equals(new double[] {10, 40}, r.series("n")));
        assertEquals((10 - 3) / 10.0, r.series("theory_d=3")[0], 1e-12);
    }

    @Test
    void regressionMcRefusesADimensionAtLeastTheSampleSize() {
        JobParamException e = assertThrows(JobParamException.class,
                () -> JobTesting.KINDS.validate("regression-mc", JobTesting.params("n", List.of(10, 50), "d", List.of(10))));
        assertEquals("d", e.field());
        assertEquals("n[1]", assertThrows(JobParamException.class, () -> JobTesting.KINDS.validate("regression-mc",
                JobTesting.params("n", List.of(10, 1)))).getMessage().substring(0, 4));
    }

    @Test
    void aLinearRnnWithAnOrthogonalMatrixHasGradientNormRhoToTheT() {
        JobResult r = JobTesting.run("rnn-gradnorm", "activation", "linear", "norms", List.of(0.8, 1.2),
                "hidden", 8, "steps", 30);
        double[] small = r.series("norm_rho=0.8");
        double[] large = r.series("norm_rho=1.2");
        for (int t = 0; t < 30; t++) {
            assertEquals(Math.pow(0.8, t + 1), small[t], 1e-9 * Math.pow(0.8, t + 1));
            assertEquals(Math.pow(1.2, t + 1), large[t], 1e-9 * Math.pow(1.2, t + 1));
        }
    }

    @Test
    void aTanhRnnsGradientVanishesBelowOneAndGrowsAboveOneWhileUnsaturated() {
        JobResult r = JobTesting.run("rnn-gradnorm", "norms", List.of(0.5, 1.5), "hidden", 16, "steps", 40,
                "inputScale", 0.01);
        double[] small = r.series("norm_rho=0.5");
        double[] large = r.series("norm_rho=1.5");
        assertTrue(small[39] < 1e-11, "" + small[39]);
        assertTrue(large[4] > 5 && large[4] <= Math.pow(1.5, 5) + 1e-9, "" + large[4]);
        for (int t = 0; t < 40; t++) {
            assertTrue(large[t] <= r.series("bound_rho=1.5")[t] * (1 + 1e-9));
        }
    }

    @Test
    void theJacobianProductIsWhatBackpropGives() {
        SplitMix64 rng = new SplitMix64(3);
        int d = 4;
        Tensor w = RnnGradNorm.recurrent(rng, d, 1.3, false);
        double[] h0 = {0.3, -0.2, 0.5, 0.1};
        double[][] u = {{0.1, 0.2, -0.1, 0}, {0, -0.3, 0.2, 0.1}, {0.2, 0.1, 0, -0.2}};
        Tensor j = RnnGradNorm.jacobians(w, h0, u, true)[2];
        for (int out = 0; out < d; out++) {
            Node h = Node.input("h0", Tensor.vector(h0));
            Node state = h;
            for (double[] ut : u) {
                state = F.call("tanh", F.add(F.matmul(F.constant(w), state), F.constant(Tensor.vector(ut))));
            }
            double[] pick = new double[d];
            pick[out] = 1;
            Backprop.backward(F.sum(F.mul(state, F.constant(Tensor.vector(pick)))), null);
            for (int in = 0; in < d; in++) {
                assertEquals(h.grad().get(in), j.get(out * d + in), 1e-12);
            }
        }
    }

    @Test
    void randomFeatureAttentionGetsBetterWithMoreFeaturesAtRoughlyOneOverRootM() {
        JobResult r = JobTesting.run("rf-attention", "n", 16, "d", 8, "m", List.of(16, 256, 4096), "draws", 6,
                "scale", 0.7);
        double[] e = r.series("error");
        assertTrue(e[0] > e[1] && e[1] > e[2], Arrays.toString(e));
        // 1/√m would give 1/16 of the error for 256× the features; heavy tails make it slower on few draws
        assertTrue(e[2] < e[0] / 4, Arrays.toString(e));
        double slope = r.summary("fitted_exponent");
        assertTrue(slope > -0.7 && slope < -0.25, "" + slope);
    }

    @Test
    void cancellingRegressionMcStopsIt() {
        JobKind k = JobTesting.KINDS.require("regression-mc");
        JobTesting.Recorder rec = new JobTesting.Recorder(1);
        assertThrows(JobCancelledException.class, () -> k.run(k.validate(JobTesting.params()), rec));
        assertEquals(1, rec.fractions.size());
    }
}
