package dev.gradlab.core.nn;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.FlopCount;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Index;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.gradlab.core.nn.NnTesting.assertClose;
import static dev.gradlab.core.nn.NnTesting.assertGradients;
import static dev.gradlab.core.nn.NnTesting.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Multi-head and grouped-query attention: shapes, equivalences, gradients, FLOPs. */
class MultiHeadAttentionTest {
    private static Node c(Tensor t) {
        return F.constant(t);
    }

    /** Columns from..to−1 of a matrix. */
    private static Node cols(Node w, int from, int to) {
        return F.index(w, Index.of(Index.Item.slice(null, null, 1), Index.Item.slice(from, to, 1)));
    }

    /** Multi-head attention the slow way: one single-head attention per column block. */
    private static Tensor reference(Tensor x, Tensor wq, Tensor wk, Tensor wv, Tensor wo, int h, AttentionMask m) {
        int dk = wq.dim(1) / h;
        int dv = wv.dim(1) / h;
        Node[] heads = new Node[h];
        for (int j = 0; j < h; j++) {
            Node q = F.matmul(c(x), cols(c(wq), j * dk, (j + 1) * dk));
            Node k = F.matmul(c(x), cols(c(wk), j * dk, (j + 1) * dk));
            Node v = F.matmul(c(x), cols(c(wv), j * dv, (j + 1) * dv));
            heads[j] = Attention.scaledDotProduct(q, k, v, m).output();
        }
        return F.matmul(F.concat(1, heads), c(wo)).value();
    }

    /** Wk of grouped-query attention expanded to multi-head form: head j gets group j/(h/g)'s block. */
    private static Tensor expandGroups(Tensor w, int heads, int groups) {
        int size = w.dim(1) / groups;
        Node[] blocks = new Node[heads];
        for (int j = 0; j < heads; j++) {
            int g = j / (heads / groups);
            blocks[j] = cols(c(w), g * size, (g + 1) * size);
        }
        return F.concat(1, blocks).value();
    }

    @Test
    void stagesAndShapes() {
        SplitMix64 rng = new SplitMix64(11);
        int n = 4;
        int d = 6;
        int h = 3;
        AttentionResult r = MultiHeadAttention.selfAttention(c(random(rng, n, d)), c(random(rng, d, d)),
                c(random(rng, d, d)), c(random(rng, d, d)), c(random(rng, d, d)), h, AttentionMask.causal(n));
        assertEquals(Arrays.asList("Q = XW_Q", "K = XW_K", "V = XW_V", "Q split into heads", "K split into heads",
                "V split into heads", "QKᵀ", "scaled", "masked", "softmax", "×V", "heads concatenated",
                "output projection"), r.names());
        assertArrayEquals(new int[] {h, n, d / h}, r.stage("Q split into heads").node().shape());
        assertArrayEquals(new int[] {h, n, n}, r.stage("softmax").node().shape());
        assertArrayEquals(new int[] {h, n, d / h}, r.stage("×V").node().shape());
        assertArrayEquals(new int[] {n, d}, r.stage("heads concatenated").node().shape());
        assertArrayEquals(new int[] {n, d}, r.output().shape());
        assertEquals("output projection", r.output().label());
    }

    @Test
    void equalsOneSingleHeadAttentionPerColumnBlock() {
        SplitMix64 rng = new SplitMix64(12);
        int n = 5;
        int d = 8;
        Tensor x = random(rng, n, d);
        Tensor wq = random(rng, d, d);
        Tensor wk = random(rng, d, d);
        Tensor wv = random(rng, d, d);
        Tensor wo = random(rng, d, d);
        for (int h : new int[] {1, 2, 4, 8}) {
            for (AttentionMask m : new AttentionMask[] {null, AttentionMask.causal(n)}) {
                Tensor got = MultiHeadAttention.selfAttention(c(x), c(wq), c(wk), c(wv), c(wo), h, m).output().value();
                assertClose(reference(x, wq, wk, wv, wo, h, m), got, 1e-13, "h=" + h + " mask=" + m);
            }
        }
    }

    @Test
    void crossAttentionWithAnotherKeyLength() {
        SplitMix64 rng = new SplitMix64(13);
        Tensor xq = random(rng, 3, 4);
        Tensor xkv = random(rng, 5, 4);
        AttentionMask pad = AttentionMask.keyLength(3, 5, 4);
        AttentionResult r = MultiHeadAttention.multiHead(c(xq), c(xkv), c(xkv), c(random(rng, 4, 4)),
                c(random(rng, 4, 4)), c(random(rng, 4, 6)), c(random(rng, 6, 2)), 2, pad);
        assertArrayEquals(new int[] {2, 3, 5}, r.stage("softmax").node().shape());
        assertArrayEquals(new int[] {3, 6}, r.stage("heads concatenated").node().shape());
        assertArrayEquals(new int[] {3, 2}, r.output().shape());
        assertEquals(0.0, r.weights().value().get(4), 0.0, "padded key 4 of query 0, head 0");
    }

    @Test
    void groupedQueryWithAsManyGroupsAsHeadsIsMultiHead() {
        SplitMix64 rng = new SplitMix64(14);
        int n = 4;
        int d = 6;
        Tensor x = random(rng, n, d);
        Tensor wq = random(rng, d, d);
        Tensor wk = random(rng, d, d);
        Tensor wv = random(rng, d, d);
        Tensor wo = random(rng, d, d);
        for (int h : new int[] {1, 2, 3, 6}) {
            Tensor mha = MultiHeadAttention.selfAttention(c(x), c(wq), c(wk), c(wv), c(wo), h, AttentionMask.causal(n))
                    .output().value();
            Tensor gqa = MultiHeadAttention.groupedQuery(c(x), c(wq), c(wk), c(wv), c(wo), h, h, AttentionMask.causal(n))
                    .output().value();
            assertClose(mha, gqa, 1e-13, "g = h = " + h);
        }
    }

    @Test
    void groupedQuerySharesKeysAndValuesWithinAGroup() {
        SplitMix64 rng = new SplitMix64(15);
        int n = 5;
        int d = 8;
        int h = 4;
        Tensor x = random(rng, n, d);
        Tensor wq = random(rng, d, d);
        Tensor wo = random(rng, d, d);
        for (int g : new int[] {1, 2, 4}) {
            Tensor wk = random(rng, d, g * d / h);
            Tensor wv = random(rng, d, g * d / h);
            AttentionResult gqa = MultiHeadAttention.groupedQuery(c(x), c(wq), c(wk), c(wv), c(wo), h, g, null);
            assertArrayEquals(new int[] {g, 1, n, d / h}, gqa.stage("K split into groups").node().shape());
            assertArrayEquals(new int[] {g, h / g, n, d / h}, gqa.stage("Q split into groups").node().shape());
            assertArrayEquals(new int[] {g, h / g, n, n}, gqa.stage("softmax").node().shape());
            assertArrayEquals(new int[] {n, d}, gqa.output().shape());
            Tensor mha = reference(x, wq, expandGroups(wk, h, g), expandGroups(wv, h, g), wo, h, null);
            assertClose(mha, gqa.output().value(), 1e-13, (g == 1 ? "multi-query" : "g=" + g));
        }
    }

    @Test
    void gradientsWithRespectToInputsAndEveryWeight() {
        SplitMix64 rng = new SplitMix64(16);
        int n = 4;
        int d = 4;
        AttentionMask causal = AttentionMask.causal(n);
        assertGradients("mha causal", p -> MultiHeadAttention.selfAttention(p[0], p[1], p[2], p[3], p[4], 2, causal)
                .output(), random(rng, n, d), random(rng, d, d), random(rng, d, d), random(rng, d, d), random(rng, d, d));
        assertGradients("mha cross", p -> MultiHeadAttention.multiHead(p[0], p[1], p[1], p[2], p[3], p[4], p[5], 2,
                null).output(), random(rng, 2, d), random(rng, 3, d), random(rng, d, d), random(rng, d, d),
                random(rng, d, 6), random(rng, 6, 3));
        assertGradients("gqa h=4 g=2", p -> MultiHeadAttention.groupedQuery(p[0], p[1], p[2], p[3], p[4], 4, 2, causal)
                .output(), random(rng, n, 8), random(rng, 8, 8), random(rng, 8, 4), random(rng, 8, 4), random(rng, 8, 8));
        assertGradients("mqa h=2 g=1", p -> MultiHeadAttention.groupedQuery(p[0], p[1], p[2], p[3], p[4], 2, 1, null)
                .output(), random(rng, n, d), random(rng, d, d), random(rng, d, 2), random(rng, d, 2), random(rng, d, d));
    }

    @Test
    void flopsMatchTheFormulas() {
        SplitMix64 rng = new SplitMix64(17);
        long n = 6;
        long d = 8;
        Node x = NnTesting.in("X", random(rng, 6, 8));
        Node wq = NnTesting.in("Wq", random(rng, 8, 8));
        Node wo = NnTesting.in("Wo", random(rng, 8, 8));
        for (long h : new long[] {1, 2, 4}) {
            Node wk = NnTesting.in("Wk", random(rng, 8, 8));
            Node wv = NnTesting.in("Wv", random(rng, 8, 8));
            FlopCount f = FlopCount.of(MultiHeadAttention.selfAttention(x, wq, wk, wv, wo, (int) h, null).output());
            assertEquals(8 * n * d * d + 4 * n * n * d + 6 * h * n * n, f.forward(), "mha h=" + h);
            // backward to X and all four weights: every matmul twice its forward, scale hn², softmax 4hn²
            assertEquals(16 * n * d * d + 8 * n * n * d + 5 * h * n * n, f.backward(), "mha backward h=" + h);
            FlopCount fm = FlopCount.of(MultiHeadAttention.selfAttention(x, wq, wk, wv, wo, (int) h,
                    AttentionMask.causal(6)).output());
            assertEquals(8 * n * d * d + 4 * n * n * d + 7 * h * n * n, fm.forward(), "masked mha h=" + h);
        }
        long h = 4;
        for (long g : new long[] {1, 2, 4}) {
            Node wk = NnTesting.in("Wk", random(rng, 8, (int) (g * d / h)));
            Node wv = NnTesting.in("Wv", random(rng, 8, (int) (g * d / h)));
            FlopCount f = FlopCount.of(MultiHeadAttention.groupedQuery(x, wq, wk, wv, wo, 4, (int) g, null).output());
            assertEquals(4 * n * d * d + 4 * n * d * d * g / h + 4 * n * n * d + 6 * h * n * n, f.forward(), "g=" + g);
            assertEquals(8 * n * d * d + 8 * n * d * d * g / h + 8 * n * n * d + 5 * h * n * n, f.backward(), "g=" + g);
        }
    }

    @Test
    void wrongShapesAreNamed() {
        Node x = F.zeros(3, 4);
        Node w = F.zeros(4, 4);
        assertThrows(ShapeException.class, () -> MultiHeadAttention.selfAttention(x, w, w, w, w, 3, null));
        assertThrows(ShapeException.class, () -> MultiHeadAttention.selfAttention(x, w, F.zeros(4, 2), w, w, 2, null));
        assertThrows(ShapeException.class, () -> MultiHeadAttention.selfAttention(F.zeros(3, 5), w, w, w, w, 2, null));
        assertThrows(ShapeException.class, () -> MultiHeadAttention.selfAttention(x, w, w, w, F.zeros(3, 4), 2, null));
        assertThrows(IllegalArgumentException.class, () -> MultiHeadAttention.groupedQuery(x, w, w, w, w, 4, 3, null));
        assertThrows(ShapeException.class, () -> MultiHeadAttention.groupedQuery(x, w, F.zeros(4, 4), F.zeros(4, 2),
                w, 4, 2, null));
    }
}
