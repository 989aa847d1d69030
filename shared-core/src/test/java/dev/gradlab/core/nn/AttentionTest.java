package dev.gradlab.core.nn;

import dev.gradlab.core.autodiff.Backprop;
import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.FlopCount;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.gradlab.core.nn.NnTesting.assertClose;
import static dev.gradlab.core.nn.NnTesting.assertFinite;
import static dev.gradlab.core.nn.NnTesting.assertGradients;
import static dev.gradlab.core.nn.NnTesting.at;
import static dev.gradlab.core.nn.NnTesting.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scaled dot-product attention with masks, banded local attention and separable attention. */
class AttentionTest {
    private static Node c(Tensor t) {
        return F.constant(t);
    }

    @Test
    void zeroQueriesAndKeysAverageTheValues() {
        Tensor v = NnTesting.matrix(new double[] {1, 2}, new double[] {3, 5}, new double[] {8, -1});
        AttentionResult r = Attention.scaledDotProduct(F.zeros(3, 4), F.zeros(3, 4), c(v));
        for (int i = 0; i < 3; i++) {
            assertEquals(4.0, at(r.output().value(), i, 0), 1e-15);
            assertEquals(2.0, at(r.output().value(), i, 1), 1e-15);
        }
        assertEquals(Arrays.asList("QKᵀ", "scaled", "softmax", "×V"), r.names());
        assertEquals(1.0 / 3, at(r.weights().value(), 1, 2), 1e-15);
    }

    @Test
    void handCheckedTwoByTwo() {
        Tensor eye = NnTesting.matrix(new double[] {1, 0}, new double[] {0, 1});
        Tensor v = NnTesting.matrix(new double[] {1, 2}, new double[] {3, 4});
        AttentionResult r = Attention.scaledDotProduct(c(eye), c(eye), c(v));
        double s = 1 / (1 + Math.exp(-1 / Math.sqrt(2))); // weight of the matching key: σ(1/√2)
        assertClose(NnTesting.matrix(new double[] {3 - 2 * s, 4 - 2 * s}, new double[] {1 + 2 * s, 2 + 2 * s}),
                r.output().value(), 1e-14, "softmax(I/√2)V");
        assertClose(NnTesting.matrix(new double[] {1 / Math.sqrt(2), 0}, new double[] {0, 1 / Math.sqrt(2)}),
                r.stage("scaled").node().value(), 1e-15, "scaled");
    }

    @Test
    void causalMaskMakesRowZeroTheFirstValueAndZerosTheFuture() {
        SplitMix64 rng = new SplitMix64(1);
        int n = 5;
        Tensor q = random(rng, n, 3);
        Tensor k = random(rng, n, 3);
        Tensor v = random(rng, n, 2);
        AttentionResult r = Attention.causal(c(q), c(k), c(v));
        assertEquals(Arrays.asList("QKᵀ", "scaled", "masked", "softmax", "×V"), r.names());
        assertEquals(v.get(0), at(r.output().value(), 0, 0), 0.0);
        assertEquals(v.get(1), at(r.output().value(), 0, 1), 0.0);
        Tensor p = r.weights().value();
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (j > i) {
                    assertEquals(0.0, at(p, i, j), 0.0, "future weight " + i + "," + j);
                    assertEquals(Double.NEGATIVE_INFINITY, at(r.stage("masked").node().value(), i, j));
                }
                sum += at(p, i, j);
            }
            assertEquals(1.0, sum, 1e-14);
        }
        // row i equals unmasked attention over the prefix 0..i
        for (int i = 0; i < n; i++) {
            Tensor prefix = Attention.scaledDotProduct(c(q), c(sliceRows(k, i + 1)), c(sliceRows(v, i + 1)))
                    .output().value();
            for (int col = 0; col < 2; col++) {
                assertEquals(at(prefix, i, col), at(r.output().value(), i, col), 1e-14);
            }
        }
    }

    private static Tensor sliceRows(Tensor t, int rows) {
        int cols = t.dim(1);
        return Tensor.of(new int[] {rows, cols}, Arrays.copyOf(t.toArray(), rows * cols));
    }

    @Test
    void paddingMaskIgnoresPaddedKeys() {
        SplitMix64 rng = new SplitMix64(2);
        Tensor q = random(rng, 3, 4);
        Tensor k = random(rng, 5, 4);
        Tensor v = random(rng, 5, 2);
        AttentionMask pad = AttentionMask.keyLength(3, 5, 3);
        Tensor out = Attention.scaledDotProduct(c(q), c(k), c(v), pad).output().value();
        Tensor onlyReal = Attention.scaledDotProduct(c(q), c(sliceRows(k, 3)), c(sliceRows(v, 3))).output().value();
        assertClose(onlyReal, out, 1e-14, "attention over the 3 real keys");
        // whatever sits in the padded positions makes no difference
        double[] kd = k.toArray();
        double[] vd = v.toArray();
        for (int i = 12; i < 20; i++) {
            kd[i] = 1e6;
        }
        for (int i = 6; i < 10; i++) {
            vd[i] = Double.MAX_VALUE / 4;
        }
        Tensor junk = Attention.scaledDotProduct(c(q), c(Tensor.of(new int[] {5, 4}, kd)),
                c(Tensor.of(new int[] {5, 2}, vd)), pad).output().value();
        assertClose(out, junk, 0.0, "padded keys carry junk");
    }

    @Test
    void maskedGradientsAreFiniteAndZeroForPaddedPositions() {
        SplitMix64 rng = new SplitMix64(3);
        int n = 4;
        Node q = NnTesting.in("Q", random(rng, n, 3));
        Node k = NnTesting.in("K", random(rng, n, 3));
        Node v = NnTesting.in("V", random(rng, n, 2));
        AttentionMask mask = AttentionMask.causal(n).and(AttentionMask.padding(n, new boolean[] {true, true, false, true}));
        AttentionResult r = Attention.scaledDotProduct(q, k, v, mask);
        Backprop.backward(r.output(), random(rng, n, 2));
        for (Node x : new Node[] {q, k, v}) {
            assertFinite(x.grad(), x.label() + " gradient");
        }
        for (Stage s : r.stages()) {
            if (!s.name().equals("masked")) {
                assertFinite(s.node().value(), s.name());
            }
            assertFinite(s.node().grad(), s.name() + " gradient");
        }
        for (int col = 0; col < 3; col++) {
            assertEquals(0.0, at(k.grad(), 2, col), 0.0, "padded key gets no gradient");
        }
        assertEquals(0.0, at(v.grad(), 2, 0), 0.0);
        assertEquals(0.0, at(v.grad(), 2, 1), 0.0);
    }

    @Test
    void aQueryThatMaySeeNoKeyGetsZeroOutputAndNoNaN() {
        // left padding with a causal mask: query 0 may see only key 0, which is padding
        SplitMix64 rng = new SplitMix64(4);
        int n = 4;
        AttentionMask mask = AttentionMask.causal(n).and(AttentionMask.padding(n, new boolean[] {false, true, true, true}));
        assertTrue(mask.hasEmptyRow());
        Node q = NnTesting.in("Q", random(rng, n, 2));
        Node k = NnTesting.in("K", random(rng, n, 2));
        Node v = NnTesting.in("V", random(rng, n, 3));
        AttentionResult r = Attention.scaledDotProduct(q, k, v, mask);
        assertEquals(Arrays.asList("QKᵀ", "scaled", "masked", "softmax", "empty rows zeroed", "×V"), r.names());
        for (int col = 0; col < 3; col++) {
            assertEquals(0.0, at(r.output().value(), 0, col), 0.0);
        }
        assertEquals(v.value().get(3), at(r.output().value(), 1, 0), 0.0, "query 1 sees only key 1");
        Backprop.backward(r.output(), random(rng, n, 3));
        for (Node x : new Node[] {q, k, v}) {
            assertFinite(x.grad(), x.label() + " gradient");
        }
        assertGradients("empty row", x -> Attention.scaledDotProduct(x[0], x[1], x[2], mask).output(),
                random(rng, n, 2), random(rng, n, 2), random(rng, n, 3));
    }

    @Test
    void gradientsOfScaledDotProductUnderEveryMask() {
        SplitMix64 rng = new SplitMix64(5);
        int n = 5;
        AttentionMask[] masks = {null, AttentionMask.causal(n), AttentionMask.keyLength(n, n, 3),
            AttentionMask.window(n, 1), AttentionMask.window(n, 2).and(AttentionMask.causal(n))};
        for (AttentionMask m : masks) {
            assertGradients("sdpa mask " + m, x -> Attention.scaledDotProduct(x[0], x[1], x[2], m).output(),
                    random(rng, n, 3), random(rng, n, 3), random(rng, n, 2));
        }
        // batched over a leading axis, the mask broadcasting over it
        AttentionMask causal = AttentionMask.causal(3);
        assertGradients("sdpa batched", x -> Attention.scaledDotProduct(x[0], x[1], x[2], causal).output(),
                random(rng, 2, 3, 4), random(rng, 2, 3, 4), random(rng, 2, 3, 2));
    }

    @Test
    void flopsOfSingleHeadAttentionMatchTheFormula() {
        int[][] sizes = {{1, 1}, {4, 3}, {7, 5}, {16, 8}};
        for (int[] nd : sizes) {
            long n = nd[0];
            long d = nd[1];
            SplitMix64 rng = new SplitMix64(n * 31 + d);
            Node q = NnTesting.in("Q", random(rng, nd[0], nd[1]));
            Node k = NnTesting.in("K", random(rng, nd[0], nd[1]));
            Node v = NnTesting.in("V", random(rng, nd[0], nd[1]));
            FlopCount plain = FlopCount.of(Attention.scaledDotProduct(q, k, v).output());
            assertEquals(2 * n * n * d + n * n + 5 * n * n + 2 * n * n * d, plain.forward(), "n=" + n + " d=" + d);
            assertEquals(4 * n * n * d + 6 * n * n, plain.forward());
            assertEquals(4 * n * n * d, plain.forward("matmul"));
            assertEquals(5 * n * n, plain.forward("softmax"));
            assertEquals(n * n, plain.forward("div"));
            assertEquals(8 * n * n * d + 5 * n * n, plain.backward());
            FlopCount masked = FlopCount.of(Attention.causal(q, k, v).output());
            assertEquals(4 * n * n * d + 7 * n * n, masked.forward());
            assertEquals(8 * n * n * d + 5 * n * n, masked.backward());
        }
    }

    @Test
    void localRadiusZeroReturnsV() {
        SplitMix64 rng = new SplitMix64(6);
        Tensor q = random(rng, 4, 3);
        Tensor k = random(rng, 4, 3);
        Tensor v = random(rng, 4, 2);
        assertClose(v, Attention.local(c(q), c(k), c(v), 0, false).output().value(), 0.0, "banded r=0");
        assertClose(v, Attention.local(c(q), c(k), c(v), 0, true).output().value(), 0.0, "banded causal r=0");
        assertClose(v, Attention.scaledDotProduct(c(q), c(k), c(v), AttentionMask.window(4, 0)).output().value(),
                0.0, "masked r=0");
    }

    @Test
    void bandedLocalAttentionEqualsTheMaskedFullOne() {
        SplitMix64 rng = new SplitMix64(7);
        int n = 6;
        Tensor q = random(rng, n, 3);
        Tensor k = random(rng, n, 3);
        Tensor v = random(rng, n, 2);
        for (int r = 0; r <= n + 1; r++) {
            for (boolean causal : new boolean[] {false, true}) {
                AttentionMask m = AttentionMask.window(n, r);
                if (causal) {
                    m = m.and(AttentionMask.causal(n));
                }
                Tensor full = Attention.scaledDotProduct(c(q), c(k), c(v), m).output().value();
                AttentionResult banded = Attention.local(c(q), c(k), c(v), r, causal);
                assertClose(full, banded.output().value(), 1e-14, "r=" + r + " causal=" + causal);
                int w = causal ? Math.min(r, n - 1) + 1 : 2 * Math.min(r, n - 1) + 1;
                assertArrayEquals(new int[] {n, w}, banded.stage("softmax").node().shape());
                assertArrayEquals(new int[] {n, w, 3}, banded.stage("K windows").node().shape());
            }
        }
        AttentionResult one = Attention.local(c(q), c(k), c(v), 1, false);
        assertEquals(Arrays.asList("K windows", "QKᵀ (band)", "scaled", "masked", "softmax", "V windows", "×V"),
                one.names());
        assertEquals(0.0, one.stage("softmax").node().value().get(0), 0.0, "slot before position 0");
    }

    @Test
    void bandedLocalAttentionGradientsAndFlops() {
        SplitMix64 rng = new SplitMix64(8);
        int n = 5;
        for (int r = 0; r <= 2; r++) {
            for (boolean causal : new boolean[] {false, true}) {
                int rr = r;
                assertGradients("local r=" + r + " causal=" + causal,
                        x -> Attention.local(x[0], x[1], x[2], rr, causal).output(),
                        random(rng, n, 3), random(rng, n, 3), random(rng, n, 2));
            }
        }
        long d = 4;
        Node q = NnTesting.in("Q", random(rng, n, 4));
        Node k = NnTesting.in("K", random(rng, n, 4));
        Node v = NnTesting.in("V", random(rng, n, 4));
        long w = 5; // r = 2
        assertEquals(4 * n * w * d + 7 * n * w, FlopCount.of(Attention.local(q, k, v, 2, false).output()).forward());
        assertEquals(4 * n * d + 6 * n, FlopCount.of(Attention.local(q, k, v, 0, false).output()).forward());
    }

    @Test
    void localAttentionApproximatesMaxPooling() {
        // seed 003, P7.3: q_i = α·x (the whole sequence), K = I, V = x, so a_ij = α x_j/√T and a sharp
        // softmax over the window picks the window's maximum
        double[] x = {0.3, -1.2, 2.0, 0.7, 0.9, -0.4, 1.5};
        int t = x.length;
        double alpha = 400 * Math.sqrt(t);
        double[] qd = new double[t * t];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < t; j++) {
                qd[i * t + j] = alpha * x[j];
            }
        }
        double[] eye = new double[t * t];
        for (int i = 0; i < t; i++) {
            eye[i * t + i] = 1;
        }
        Tensor out = Attention.local(c(Tensor.of(new int[] {t, t}, qd)), c(Tensor.of(new int[] {t, t}, eye)),
                c(Tensor.of(new int[] {t, 1}, x)), 1, false).output().value();
        for (int i = 0; i < t; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = Math.max(0, i - 1); j <= Math.min(t - 1, i + 1); j++) {
                max = Math.max(max, x[j]);
            }
            assertEquals(max, out.get(i), 1e-6, "window around " + i);
        }
    }

    @Test
    void separableWeightsAreDistributionsAndTheOutputUsesThem() {
        SplitMix64 rng = new SplitMix64(9);
        int n = 6;
        Tensor q = NnTesting.uniform(rng, -2, 2, n, 3);
        Tensor k = NnTesting.uniform(rng, -2, 2, n, 3);
        Tensor v = random(rng, n, 2);
        Tensor w = Attention.separableWeights(c(q), c(k)).value();
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                assertTrue(at(w, i, j) > 0);
                sum += at(w, i, j);
            }
            assertEquals(1.0, sum, 1e-14);
        }
        AttentionResult r = Attention.separable(c(q), c(k), c(v));
        assertEquals(Arrays.asList("softmax_row(Q)", "softmax_col(K)", "softmax_col(K)ᵀV", "output"), r.names());
        assertArrayEquals(new int[] {3, 2}, r.stage("softmax_col(K)ᵀV").node().shape());
        assertClose(F.matmul(c(w), c(v)).value(), r.output().value(), 1e-14, "separable = W V");
        // not the same as standard attention (without the scale, as in seed 004)
        Tensor std = F.matmul(F.softmax(F.matmul(c(q), F.mT(c(k))), -1), c(v)).value();
        assertTrue(LinearAttention.relativeError(r.output().value(), std) > 1e-3);
        assertGradients("separable", x -> Attention.separable(x[0], x[1], x[2]).output(),
                random(rng, n, 3), random(rng, n, 3), random(rng, n, 2));
    }

    @Test
    void masksCombineAndDescribeThemselves() {
        AttentionMask m = AttentionMask.window(4, 1).and(AttentionMask.causal(4));
        assertEquals("1···\n11··\n·11·\n··11", m.toString());
        assertEquals(7, m.allowedCount());
        // seed 003, P7.2 counts T(2k+1) comparisons ignoring the ends; exactly it is n(2k+1) − k(k+1)
        for (int n = 1; n <= 7; n++) {
            for (int k = 0; k < n; k++) {
                assertEquals(n * (2 * k + 1) - k * (k + 1), AttentionMask.window(n, k).allowedCount(), n + "," + k);
            }
        }
        assertTrue(AttentionMask.none(2, 3).allowsAll());
        assertThrows(IllegalArgumentException.class, () -> m.and(AttentionMask.causal(3)));
        assertThrows(IllegalArgumentException.class, () -> AttentionMask.window(3, -1));
    }

    @Test
    void shapeMistakesAreNamed() {
        ShapeException e = assertThrows(ShapeException.class,
                () -> Attention.scaledDotProduct(F.zeros(3, 4), F.zeros(3, 5), F.zeros(3, 2)));
        assertTrue(e.getMessage().contains("same feature size"), e.getMessage());
        assertThrows(ShapeException.class,
                () -> Attention.scaledDotProduct(F.zeros(3, 4), F.zeros(3, 4), F.zeros(3, 2), AttentionMask.causal(4)));
        assertThrows(ShapeException.class, () -> Attention.scaledDotProduct(F.zeros(3, 4), F.zeros(3, 4), F.zeros(2, 2)));
    }
}
