package dev.gradlab.core.selftest;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.GradCheck;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkloadsTest {
    @Test
    void theAttentionWorkloadIsDeterministic() {
        double a = Workloads.attentionForwardBackward(8, 4, 3);
        assertEquals(a, Workloads.attentionForwardBackward(8, 4, 3));
        assertTrue(Double.isFinite(a));
    }

    @Test
    void theAttentionItTimesHasCorrectGradients() {
        SplitMix64 rng = new SplitMix64(4);
        Tensor[] qkv = new Tensor[3];
        for (int i = 0; i < 3; i++) {
            double[] d = new double[5 * 3];
            for (int j = 0; j < d.length; j++) {
                d[j] = rng.uniform(-1, 1);
            }
            qkv[i] = Tensor.of(new int[] {5, 3}, d);
        }
        GradCheck.Result r = GradCheck.check(x -> F.matmul(F.softmax(F.div(F.matmul(x[0], F.transpose(x[1])),
                F.scalar(Math.sqrt(3))), -1), x[2]), qkv, rng);
        assertTrue(r.error() < 1e-6, r.analytic + " vs " + r.numeric);
    }
}
