package dev.gradlab.core.autodiff;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Index;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every op's gradient against finite differences, along random directions with random output weights. */
class GradCheckTest {
    private static final int[][] BROADCAST_PAIRS = {
        {}, {}, // scalar with scalar
        {3}, {3},
        {2, 3}, {2, 3},
        {2, 3}, {3},
        {2, 3}, {},
        {2, 1}, {1, 3},
        {3, 1}, {3},
        {4, 1, 2}, {3, 1},
    };

    private static Tensor random(int[] shape, SplitMix64 rng, double lo, double hi) {
        double[] d = new double[dev.gradlab.core.tensor.Shape.size(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.uniform(lo, hi);
        }
        return Tensor.of(shape, d);
    }

    private static void assertGradientsMatch(String what, Function<Node[], Node> f, Tensor... point) {
        SplitMix64 rng = new SplitMix64(what.hashCode());
        for (int trial = 0; trial < 3; trial++) {
            GradCheck.Result r = GradCheck.check(f, point, rng);
            assertTrue(r.error() < 1e-6, what + ": backprop " + r.analytic + " vs finite differences " + r.numeric);
            assertTrue(r.forwardError() < 1e-6, what + ": forward mode " + r.forward + " vs finite differences " + r.numeric);
        }
    }

    @TestFactory
    List<DynamicTest> binaryOpsUnderEveryBroadcastingPattern() {
        Op[] ops = {Ops.ADD, Ops.SUB, Ops.MUL, Ops.DIV, Ops.POW};
        List<DynamicTest> tests = new ArrayList<>();
        for (Op op : ops) {
            for (int p = 0; p < BROADCAST_PAIRS.length; p += 2) {
                int[] sa = BROADCAST_PAIRS[p];
                int[] sb = BROADCAST_PAIRS[p + 1];
                for (boolean swap : new boolean[] {false, true}) {
                    int[] first = swap ? sb : sa;
                    int[] second = swap ? sa : sb;
                    String name = op.name() + " " + java.util.Arrays.toString(first) + " with "
                            + java.util.Arrays.toString(second);
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        SplitMix64 rng = new SplitMix64(name.hashCode());
                        // positive bases keep pow and log-free division well defined
                        Tensor a = random(first, rng, 0.5, 2);
                        Tensor b = random(second, rng, 0.5, 2);
                        assertGradientsMatch(name, x -> Node.apply(op, x[0], x[1]), a, b);
                    }));
                }
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> unaryOpsOnAMatrix() {
        Op[] ops = {Ops.NEG, Ops.EXP, Ops.LOG, Ops.SQRT, Ops.SIN, Ops.COS, Ops.TAN, Ops.TANH, Ops.SIGMOID,
            Ops.RELU, Ops.ABS, Ops.SECH, Ops.SOFTPLUS, ShapeOps.TRANSPOSE, ReduceOps.SUM, ReduceOps.MEAN,
            ReduceOps.MAX, ReduceOps.MIN, ReduceOps.NORM, ReduceOps.SOFTMAX, ReduceOps.LOG_SOFTMAX, LinearOps.DIAG};
        List<DynamicTest> tests = new ArrayList<>();
        for (Op op : ops) {
            tests.add(DynamicTest.dynamicTest(op.name(), () -> {
                SplitMix64 rng = new SplitMix64(op.name().hashCode());
                double lo = op == Ops.LOG || op == Ops.SQRT ? 0.3 : -1.2;
                Tensor a = random(new int[] {3, 4}, rng, lo, 1.2);
                assertGradientsMatch(op.name(), x -> Node.apply(op, x[0]), a);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> matmulForEveryRankCombination() {
        int[][][] cases = {
            {{2, 3}, {3, 4}},
            {{3}, {3, 4}},
            {{2, 3}, {3}},
            {{3}, {3}},
            {{1, 5}, {5, 1}},
        };
        List<DynamicTest> tests = new ArrayList<>();
        for (int[][] c : cases) {
            String name = java.util.Arrays.toString(c[0]) + " @ " + java.util.Arrays.toString(c[1]);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                SplitMix64 rng = new SplitMix64(name.hashCode());
                assertGradientsMatch(name, x -> Node.apply(LinearOps.MATMUL, x[0], x[1]),
                        random(c[0], rng, -1, 1), random(c[1], rng, -1, 1));
            }));
        }
        return tests;
    }

    @Test
    void stackAndIndex() {
        SplitMix64 rng = new SplitMix64(7);
        assertGradientsMatch("stack", x -> Node.apply(ShapeOps.STACK, x[0], x[1], x[2]),
                random(new int[] {2}, rng, -1, 1), random(new int[] {2}, rng, -1, 1), random(new int[] {2}, rng, -1, 1));
        assertGradientsMatch("index", x -> F.index(x[0], Index.of(Index.Item.at(-1))), random(new int[] {3, 2}, rng, -1, 1));
    }

    @Test
    void aComposedNetworkLayer() {
        SplitMix64 rng = new SplitMix64(11);
        assertGradientsMatch("tanh(W@x + b)", x -> Node.apply(Ops.TANH,
                Node.apply(Ops.ADD, Node.apply(LinearOps.MATMUL, x[0], x[1]), x[2])),
                random(new int[] {4, 3}, rng, -1, 1), random(new int[] {3}, rng, -1, 1), random(new int[] {4}, rng, -1, 1));
    }

    @Test
    void reluAndAbsTakeZeroAsTheirDerivativeAtZero() {
        for (Op op : new Op[] {Ops.RELU, Ops.ABS}) {
            Node x = Node.input("x", Tensor.scalar(0));
            Backprop.backward(Node.apply(op, x), null);
            assertEquals(0.0, x.grad().item(), op.name());
        }
    }

    @Test
    void theCheckerCatchesAWrongRule() {
        Op wrong = new Op("wrong-sin", "deliberately wrong", in -> Ops.SIN.forward(in),
                (in, out, g, need) -> new Tensor[] {g}, (in, out, t) -> t[0], (in, out, need) -> 0, (in, out, need) -> 0);
        GradCheck.Result r = GradCheck.check(x -> Node.apply(wrong, x[0]),
                new Tensor[] {Tensor.vector(0.3, 1.1, -0.7)}, new SplitMix64(1));
        assertTrue(r.error() > 1e-3, "a wrong derivative must be detected, error was " + r.error());
        assertTrue(r.forwardError() > 1e-3, "a wrong tangent must be detected, error was " + r.forwardError());
    }
}
