package dev.gradlab.core.autodiff;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FlopCountTest {
    private static Tensor random(SplitMix64 rng, int... shape) {
        double[] d = new double[dev.gradlab.core.tensor.Shape.size(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.uniform(-1, 1);
        }
        return Tensor.of(shape, d);
    }

    /** Seed 002 §4.3: Lydia's loss, line by line as in her code. */
    private static Node lydiaLoss(Node w, Node x, Node y, Node lamb) {
        Node xw = F.matmul(x, w);
        Node diff = F.sub(xw, y);
        Node squared = F.mul(diff, diff);
        Node squareLoss = F.mean(squared);
        Node wAbs = F.call("abs", w);
        Node l1 = F.sum(wAbs);
        Node lambdaL1 = F.mul(lamb, l1);
        return F.add(squareLoss, lambdaL1);
    }

    @ParameterizedTest(name = "n={0}, d={1}")
    @CsvSource({"2, 2", "7, 3", "50, 11", "1, 9"})
    void lydiaLossCosts2ndPlus3nPlus2dPlus3(int n, int d) {
        SplitMix64 rng = new SplitMix64(n * 31L + d);
        Node loss = lydiaLoss(Node.input("w", random(rng, d)), Node.constant(random(rng, n, d)),
                Node.constant(random(rng, n)), Node.constant(Tensor.scalar(0.1)));
        FlopCount c = FlopCount.of(loss);
        assertEquals(2L * n * d + 3L * n + 2L * d + 3, c.forward());
        assertEquals(2L * n * d, c.forward("matmul"));
        assertEquals(n + 1, c.forward("mean"));
        assertEquals(d, c.forward("sum"));
    }

    @Test
    void backwardIsCountedSeparatelyAndOnlyForNeededGradients() {
        Node a = Node.input("A", Tensor.zeros(new int[] {3, 4}));
        Node b = Node.constant(Tensor.zeros(new int[] {4, 5}));
        FlopCount onlyA = FlopCount.of(F.sum(F.matmul(a, b)));
        assertEquals(2 * 3 * 4 * 5 + 15, onlyA.forward());
        assertEquals(2 * 3 * 4 * 5, onlyA.backward("matmul"), "G @ Bᵀ only: B needs no gradient");
        Node b2 = Node.input("B", Tensor.zeros(new int[] {4, 5}));
        assertEquals(2 * 2 * 3 * 4 * 5, FlopCount.of(F.sum(F.matmul(a, b2))).backward("matmul"));
        FlopCount consts = FlopCount.of(F.mul(F.scalar(2), F.scalar(3)));
        assertEquals(1, consts.forward());
        assertEquals(0, consts.backward());
    }
}
