package dev.gradlab.core.selftest;

import dev.gradlab.core.autodiff.Backprop;
import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;

/**
 * Fixed computations timed on every runtime (JMH on the JVM, performance.now() in the browser
 * builds), so their speeds can be compared on one machine.
 */
public final class Workloads {
    private Workloads() {
    }

    /**
     * Scaled dot-product attention softmax(QKᵀ/√d)V on n×d inputs, forward and backward to Q, K
     * and V with a random output weighting. Returns a checksum (Σ of the gradients) so the work
     * cannot be skipped and runtimes can be compared for equality too.
     */
    public static double attentionForwardBackward(int n, int d, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        Node q = Node.input("Q", random(n, d, rng));
        Node k = Node.input("K", random(n, d, rng));
        Node v = Node.input("V", random(n, d, rng));
        Node scores = F.div(F.matmul(q, F.transpose(k)), F.scalar(Math.sqrt(d)));
        Node out = F.matmul(F.softmax(scores, -1), v);
        Node loss = F.sum(F.mul(out, Node.constant(random(n, d, rng))));
        Backprop.backward(loss, null);
        double s = 0;
        for (Node x : new Node[] {q, k, v}) {
            Tensor g = x.grad();
            for (int i = 0; i < g.size(); i++) {
                s += g.get(i);
            }
        }
        return s;
    }

    private static Tensor random(int n, int d, SplitMix64 rng) {
        double[] a = new double[n * d];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.uniform(-1, 1);
        }
        return Tensor.of(new int[] {n, d}, a);
    }
}
