package dev.gradlab.core.autodiff;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Index;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gradients (reverse and forward mode) of the ops that take an axis, an index or a shape, and of composites. */
class ParametrizedOpsGradTest {
    private final SplitMix64 rng = new SplitMix64(2024);

    private Tensor random(int... shape) {
        double[] d = new double[Shape.size(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.uniform(-1.5, 1.5);
        }
        return Tensor.of(shape, d);
    }

    private void check(String what, Function<Node[], Node> f, Tensor... point) {
        for (int trial = 0; trial < 3; trial++) {
            GradCheck.Result r = GradCheck.check(f, point, rng);
            assertTrue(r.error() < 1e-6, what + ": backprop " + r.analytic + " vs " + r.numeric);
            assertTrue(r.forwardError() < 1e-6, what + ": forward mode " + r.forward + " vs " + r.numeric);
        }
    }

    @Test
    void reductionsAlongEachAxisWithAndWithoutKeepdims() {
        Tensor a = random(2, 3, 4);
        for (int axis = -3; axis < 3; axis++) {
            for (boolean keep : new boolean[] {false, true}) {
                int ax = axis;
                check("sum axis " + ax, x -> F.sum(x[0], ax, keep), a);
                check("mean axis " + ax, x -> F.mean(x[0], ax, keep), a);
                check("max axis " + ax, x -> F.max(x[0], ax, keep), a);
                check("min axis " + ax, x -> F.min(x[0], ax, keep), a);
            }
        }
        check("max of all, keepdims", x -> F.max(x[0], null, true), a);
    }

    @Test
    void softmaxAndLogSoftmaxAlongEveryAxis() {
        Tensor a = random(3, 4);
        for (int axis : new int[] {0, 1, -1}) {
            check("softmax axis " + axis, x -> F.softmax(x[0], axis), a);
            check("log_softmax axis " + axis, x -> F.logSoftmax(x[0], axis), a);
        }
    }

    @Test
    void indexingSlicingReshapeAndPermute() {
        Tensor a = random(4, 3);
        check("a[1:3, ::-1]", x -> F.index(x[0], Index.of(Index.Item.slice(1, 3, null), Index.Item.slice(null, null, -1))), a);
        check("a[:, 2]", x -> F.index(x[0], Index.of(Index.Item.slice(null, null, null), Index.Item.at(2))), a);
        check("reshape", x -> F.reshape(x[0], 2, 6), a);
        check("permute", x -> F.permute(x[0], 1, 2, 0), random(2, 3, 4));
        check("mT", x -> F.mT(x[0]), random(2, 3, 4));
    }

    @Test
    void concatAndStackAlongInnerAxes() {
        check("concat axis 1", x -> F.concat(1, x[0], x[1]), random(2, 3), random(2, 2));
        check("concat axis 0", x -> F.concat(0, x[0], x[1]), random(1, 3), random(2, 3));
        check("stack axis 1", x -> F.stack(1, x[0], x[1]), random(2, 3), random(2, 3));
    }

    @Test
    void batchedMatmulWithBroadcastBatchAxes() {
        check("(2,3,4)@(4,5)", x -> F.matmul(x[0], x[1]), random(2, 3, 4), random(4, 5));
        check("(3,1,2,4)@(2,4,3)", x -> F.matmul(x[0], x[1]), random(3, 1, 2, 4), random(2, 4, 3));
        check("(4,)@(2,4,3)", x -> F.matmul(x[0], x[1]), random(4), random(2, 4, 3));
    }

    @Test
    void compositesBuiltFromPrimitives() {
        check("outer", x -> F.outer(x[0], x[1]), random(3), random(4));
        check("trace", x -> F.trace(x[0]), random(3, 3));
        check("diag of a wide matrix", x -> F.diag(x[0]), random(2, 4));
        check("cross entropy", x -> F.crossEntropy(x[0], F.softmax(x[1], -1)), random(3, 5), random(3, 5));
        check("norm", x -> F.norm(x[0]), random(4, 2));
    }
}
