package dev.gradlab.core.nn;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.FlopCount;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.gradlab.core.nn.NnTesting.assertClose;
import static dev.gradlab.core.nn.NnTesting.assertGradients;
import static dev.gradlab.core.nn.NnTesting.at;
import static dev.gradlab.core.nn.NnTesting.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kernelized linear attention, its quadratic form, and the random-feature (Performer) estimate. */
class LinearAttentionTest {
    private static Node c(Tensor t) {
        return F.constant(t);
    }

    private static final FeatureMap SQUARE = FeatureMap.of("x²", x -> F.mul(x, x));

    @Test
    void linearEqualsItsQuadraticFormForEveryFeatureMap() {
        SplitMix64 rng = new SplitMix64(31);
        int n = 7;
        Tensor q = random(rng, n, 3);
        Tensor k = random(rng, n, 3);
        Tensor v = random(rng, n, 2);
        Tensor pq = NnTesting.uniform(rng, 0.1, 1, n, 3);
        Tensor pk = NnTesting.uniform(rng, 0.1, 1, n, 3);
        FeatureMap[] maps = {FeatureMap.eluPlusOne(), SQUARE, FeatureMap.positiveRandom(LinearAttention.randomProjection(3, 5, 1))};
        for (FeatureMap phi : maps) {
            AttentionResult lin = LinearAttention.linear(c(q), c(k), c(v), phi);
            AttentionResult quad = LinearAttention.quadratic(c(q), c(k), c(v), phi);
            assertClose(quad.output().value(), lin.output().value(), 1e-13, phi.name());
            assertNull(lin.weights(), "linear attention never forms the n×n weights");
            assertArrayEquals(new int[] {n, n}, quad.weights().shape());
        }
        Tensor lin = LinearAttention.linear(c(pq), c(pk), c(v), FeatureMap.relu()).output().value();
        Tensor quad = LinearAttention.quadratic(c(pq), c(pk), c(v), FeatureMap.relu()).output().value();
        assertClose(quad, lin, 1e-13, "relu");
        // a batch of two sequences
        Tensor bq = random(rng, 2, 4, 3);
        Tensor bk = random(rng, 2, 4, 3);
        Tensor bv = random(rng, 2, 4, 2);
        assertClose(LinearAttention.quadratic(c(bq), c(bk), c(bv), FeatureMap.eluPlusOne()).output().value(),
                LinearAttention.linear(c(bq), c(bk), c(bv), FeatureMap.eluPlusOne()).output().value(), 1e-13, "batched");
    }

    @Test
    void stagesAndHandChecks() {
        SplitMix64 rng = new SplitMix64(32);
        Tensor v = random(rng, 4, 2);
        // a constant feature map gives every key the same weight: the mean of V
        FeatureMap one = FeatureMap.of("1", x -> F.ones(x.shape()[0], 1));
        AttentionResult r = LinearAttention.linear(c(random(rng, 4, 3)), c(random(rng, 4, 3)), c(v), one);
        assertEquals(Arrays.asList("φ(Q)", "φ(K)", "φ(K)ᵀV", "φ(K)ᵀ1", "numerator", "denominator", "output"), r.names());
        for (int col = 0; col < 2; col++) {
            double mean = (at(v, 0, col) + at(v, 1, col) + at(v, 2, col) + at(v, 3, col)) / 4;
            for (int i = 0; i < 4; i++) {
                assertEquals(mean, at(r.output().value(), i, col), 1e-15);
            }
        }
        // elu + 1 as built from relu and exp
        Tensor x = Tensor.vector(-2, -0.5, 0, 0.5, 3);
        Tensor y = FeatureMap.eluPlusOne().apply(c(x)).value();
        double[] want = {Math.exp(-2), Math.exp(-0.5), 1, 1.5, 4};
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], y.get(i), 1e-15);
        }
    }

    @Test
    void gradientsOfLinearQuadraticAndRandomFeatureAttention() {
        SplitMix64 rng = new SplitMix64(33);
        int n = 5;
        assertGradients("linear elu+1", p -> LinearAttention.linear(p[0], p[1], p[2], FeatureMap.eluPlusOne()).output(),
                random(rng, n, 3), random(rng, n, 3), random(rng, n, 2));
        assertGradients("linear x²", p -> LinearAttention.linear(p[0], p[1], p[2], SQUARE).output(),
                random(rng, n, 3), random(rng, n, 3), random(rng, n, 2));
        assertGradients("quadratic elu+1", p -> LinearAttention.quadratic(p[0], p[1], p[2], FeatureMap.eluPlusOne())
                .output(), random(rng, n, 3), random(rng, n, 3), random(rng, n, 2));
        Tensor omega = LinearAttention.randomProjection(3, 8, 5);
        assertGradients("performer", p -> LinearAttention.performer(p[0], p[1], p[2], omega).output(),
                random(rng, n, 3), random(rng, n, 3), random(rng, n, 2));
    }

    @Test
    void linearAttentionCostsGrowLinearlyInN() {
        SplitMix64 rng = new SplitMix64(34);
        long d = 4;
        long dv = 3;
        long[] counts = new long[3];
        for (int t = 0; t < 3; t++) {
            long n = 8L << t;
            Node q = NnTesting.in("Q", random(rng, (int) n, 4));
            Node k = NnTesting.in("K", random(rng, (int) n, 4));
            Node v = NnTesting.in("V", random(rng, (int) n, 3));
            counts[t] = FlopCount.of(LinearAttention.linear(q, k, v, FeatureMap.eluPlusOne()).output()).forward();
            // φ = elu+1 is 6 elementwise ops on each of Q and K (m = d); then 4nm·d_v + 3nm + n·d_v
            assertEquals(2 * 6 * n * d + 4 * n * d * dv + 3 * n * d + n * dv, counts[t], "n=" + n);
        }
        assertEquals(2 * counts[0], counts[1]);
        assertEquals(2 * counts[1], counts[2]);
    }

    @Test
    void randomFeaturesAreReproducibleGaussians() {
        Tensor a = LinearAttention.randomProjection(4, 500, 7);
        assertClose(a, LinearAttention.randomProjection(4, 500, 7), 0.0, "same seed");
        assertNotEquals(a.get(0), LinearAttention.randomProjection(4, 500, 8).get(0));
        double mean = 0;
        double var = 0;
        for (int i = 0; i < a.size(); i++) {
            mean += a.get(i) / a.size();
            var += a.get(i) * a.get(i) / a.size();
        }
        assertEquals(0, mean, 0.06);
        assertEquals(1, var, 0.1);
    }

    @Test
    void randomFeatureScoresAreUnbiasedEstimatesOfExpScores() {
        SplitMix64 rng = new SplitMix64(35);
        int n = 6;
        int d = 4;
        Tensor q = random(rng, n, d);
        Tensor k = random(rng, n, d);
        Tensor exact = F.call("exp", F.div(F.matmul(c(q), F.mT(c(k))), F.scalar(Math.sqrt(d)))).value();
        int draws = 2000;
        double[] mean = new double[n * n];
        double[] sq = new double[n * n];
        for (int s = 0; s < draws; s++) {
            Tensor e = LinearAttention.estimatedScores(q, k, LinearAttention.randomProjection(d, 4, 100 + s));
            for (int i = 0; i < mean.length; i++) {
                mean[i] += e.get(i) / draws;
                sq[i] += e.get(i) * e.get(i) / draws;
            }
        }
        for (int i = 0; i < mean.length; i++) {
            double standardError = Math.sqrt((sq[i] - mean[i] * mean[i]) / draws);
            assertTrue(Math.abs(mean[i] - exact.get(i)) < 4.5 * standardError,
                    "entry " + i + ": mean estimate " + mean[i] + " vs exp(qᵀk/√d) = " + exact.get(i));
        }
    }

    @Test
    void approximationErrorShrinksAsFeaturesGrow() {
        SplitMix64 rng = new SplitMix64(36);
        Tensor q = random(rng, 8, 4);
        Tensor k = random(rng, 8, 4);
        Tensor v = random(rng, 8, 3);
        int[] ms = {4, 16, 64, 256, 1024};
        double[] err = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            err[i] = LinearAttention.meanPerformerError(q, k, v, ms[i], 1000, 20);
            if (i > 0) {
                assertTrue(err[i] < err[i - 1], "m=" + ms[i] + ": " + err[i] + " ≥ " + err[i - 1] + " at m=" + ms[i - 1]);
            }
        }
        // about 1/√m: 256× the features, about 1/16 of the error
        assertTrue(err[4] < err[0] / 6, Arrays.toString(err));
        assertTrue(err[4] < 0.1, Arrays.toString(err));
        AttentionResult r = LinearAttention.performer(c(q), c(k), c(v), 16, 3);
        assertEquals(Arrays.asList("Q/d^¼", "K/d^¼", "φ(Q)", "φ(K)", "φ(K)ᵀV", "φ(K)ᵀ1", "numerator", "denominator",
                "output"), r.names());
        assertArrayEquals(new int[] {8, 16}, r.stage("φ(Q)").node().shape());
    }

    @Test
    void aCausalMaskGivesThePrefixSumFormOfRandomFeatureAttention() {
        SplitMix64 rng = new SplitMix64(37);
        int n = 6;
        Tensor q = random(rng, n, 4);
        Tensor k = random(rng, n, 4);
        Tensor v = random(rng, n, 3);
        Tensor omega = LinearAttention.randomProjection(4, 16, 9);
        AttentionResult r = LinearAttention.performer(c(q), c(k), c(v), omega, AttentionMask.causal(n));
        assertEquals(Arrays.asList("φ(Q)", "φ(K)", "A = φ(Q)φ(K)ᵀ", "masked", "row sums", "D⁻¹A", "×V"), r.names());
        // out_i = φ(q_i)ᵀ S_i / φ(q_i)ᵀ z_i with running sums S_i = Σ_{j≤i} φ(k_j)v_jᵀ, z_i = Σ_{j≤i} φ(k_j)
        Tensor fq = r.stage("φ(Q)").node().value();
        Tensor fk = r.stage("φ(K)").node().value();
        double[][] s = new double[16][3];
        double[] z = new double[16];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 16; f++) {
                z[f] += fk.get(i * 16 + f);
                for (int c = 0; c < 3; c++) {
                    s[f][c] += fk.get(i * 16 + f) * v.get(i * 3 + c);
                }
            }
            double den = 0;
            for (int f = 0; f < 16; f++) {
                den += fq.get(i * 16 + f) * z[f];
            }
            for (int c = 0; c < 3; c++) {
                double num = 0;
                for (int f = 0; f < 16; f++) {
                    num += fq.get(i * 16 + f) * s[f][c];
                }
                assertEquals(num / den, r.output().value().get(i * 3 + c), 1e-12, "row " + i + ", column " + c);
            }
        }
        Tensor w = r.weights().value();
        assertEquals(0.0, w.get(0 * n + 1), 0.0, "query 0 does not see key 1");
        assertEquals(1.0, w.get(0), 1e-15, "query 0 sees only key 0");
    }

    @Test
    void withoutAMaskTheQuadraticFormEqualsTheLinearPerformer() {
        SplitMix64 rng = new SplitMix64(38);
        Tensor q = random(rng, 7, 4);
        Tensor k = random(rng, 7, 4);
        Tensor v = random(rng, 7, 2);
        Tensor omega = LinearAttention.randomProjection(4, 32, 11);
        assertClose(LinearAttention.performer(c(q), c(k), c(v), omega).output().value(),
                LinearAttention.performer(c(q), c(k), c(v), omega, null).output().value(), 1e-12, "no mask");
        assertClose(LinearAttention.performer(c(q), c(k), c(v), omega).output().value(),
                LinearAttention.performer(c(q), c(k), c(v), omega, AttentionMask.none(7, 7)).output().value(), 1e-12,
                "a mask that allows everything");
    }

    @Test
    void theMaskedEstimateApproachesMaskedSoftmaxAndHasGradients() {
        SplitMix64 rng = new SplitMix64(39);
        Tensor q = random(rng, 8, 4);
        Tensor k = random(rng, 8, 4);
        Tensor v = random(rng, 8, 3);
        AttentionMask mask = AttentionMask.causal(8).and(AttentionMask.window(8, 2));
        double few = LinearAttention.meanPerformerError(q, k, v, 8, 100, 20, mask);
        double many = LinearAttention.meanPerformerError(q, k, v, 1024, 100, 20, mask);
        assertTrue(many < few / 6 && many < 0.1, few + " then " + many);
        Tensor omega = LinearAttention.randomProjection(4, 8, 5);
        assertGradients("masked performer", p -> LinearAttention.performer(p[0], p[1], p[2], omega, mask).output(),
                q, k, v);
        boolean[][] none = new boolean[3][3];
        none[0][0] = true;
        none[1][1] = true;
        assertThrows(IllegalArgumentException.class, () -> LinearAttention.performer(c(random(rng, 3, 4)),
                c(random(rng, 3, 4)), c(random(rng, 3, 2)), omega, AttentionMask.of(none)));
    }

    @Test
    void relativeErrorAndShapeChecks() {
        Tensor a = Tensor.vector(3, 4);
        assertEquals(0.0, LinearAttention.relativeError(a, a), 0.0);
        assertEquals(0.2, LinearAttention.relativeError(Tensor.vector(3, 5), a), 1e-15);
        assertThrows(dev.gradlab.core.tensor.ShapeException.class,
                () -> LinearAttention.relativeError(Tensor.vector(1), a));
        assertThrows(dev.gradlab.core.tensor.ShapeException.class,
                () -> LinearAttention.performer(F.zeros(3, 4), F.zeros(3, 4), F.zeros(3, 2),
                        LinearAttention.randomProjection(3, 8, 1)));
        assertThrows(IllegalArgumentException.class, () -> LinearAttention.randomProjection(3, 0, 1));
    }
}
