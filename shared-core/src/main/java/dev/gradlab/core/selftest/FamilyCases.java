package dev.gradlab.core.selftest;

import dev.gradlab.core.autodiff.Backprop;
import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.nn.Attention;
import dev.gradlab.core.nn.AttentionMask;
import dev.gradlab.core.nn.AttentionResult;
import dev.gradlab.core.nn.FeatureMap;
import dev.gradlab.core.nn.LinearAttention;
import dev.gradlab.core.nn.MultiHeadAttention;
import dev.gradlab.core.nn.Stage;
import dev.gradlab.core.optim.Adam;
import dev.gradlab.core.optim.Momentum;
import dev.gradlab.core.optim.Objective;
import dev.gradlab.core.optim.Optimizer;
import dev.gradlab.core.optim.RmsProp;
import dev.gradlab.core.optim.Schedule;
import dev.gradlab.core.optim.Sgd;
import dev.gradlab.core.optim.Surfaces;
import dev.gradlab.core.optim.Trajectory;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The cross-runtime cases of the optimizer and attention families: trajectories of every optimizer
 * on the playground's surfaces, and every attention variant with all its stages and the gradients
 * of a random output weighting. Part of {@link CrossRuntimeSuite}.
 */
final class FamilyCases {
    private FamilyCases() {
    }

    /** Adds the "optim-*" and "attention-*" cases to {@code out}. */
    static void addTo(Map<String, List<Double>> out) {
        Objective[] surfaces = {Surfaces.conditioned(10, 0.3), Surfaces.rosenbrock(), Surfaces.quarterSquare()};
        double[] rates = {0.05, 0.001, 0.05};
        for (int s = 0; s < surfaces.length; s++) {
            List<Double> values = new ArrayList<>();
            for (Optimizer o : optimizers(rates[s])) {
                Trajectory t = Trajectory.run(surfaces[s], o, Tensor.vector(-1.2, 1.1), 25);
                for (Trajectory.Point p : t.points()) {
                    add(values, p.params());
                    values.add(p.loss());
                }
            }
            out.put("optim-" + surfaces[s].name(), values);
        }
        SplitMix64 rng = new SplitMix64(7);
        int n = 5;
        int d = 4;
        Tensor q = random(rng, n, d);
        Tensor k = random(rng, n, d);
        Tensor v = random(rng, n, d);
        Tensor weights = random(rng, n, d);
        out.put("attention-scaled", attention(weights, (a, b, c) -> Attention.scaledDotProduct(a, b, c), q, k, v));
        out.put("attention-causal", attention(weights, (a, b, c) -> Attention.causal(a, b, c), q, k, v));
        out.put("attention-padding", attention(weights, (a, b, c) -> Attention.scaledDotProduct(a, b, c,
                AttentionMask.keyLength(n, n, 3)), q, k, v));
        out.put("attention-local", attention(weights, (a, b, c) -> Attention.local(a, b, c, 1, false), q, k, v));
        out.put("attention-separable", attention(weights, (a, b, c) -> Attention.separable(a, b, c), q, k, v));
        out.put("attention-linear", attention(weights, (a, b, c) -> LinearAttention.linear(a, b, c,
                FeatureMap.eluPlusOne()), q, k, v));
        out.put("attention-performer", attention(weights, (a, b, c) -> LinearAttention.performer(a, b, c, 16, 11L),
                q, k, v));
        out.put("attention-performer-causal", attention(weights, (a, b, c) -> LinearAttention.performer(a, b, c,
                LinearAttention.randomProjection(d, 16, 11L), AttentionMask.causal(n)), q, k, v));
        Tensor x = random(rng, n, d);
        Tensor wq = random(rng, d, d);
        Tensor wk = random(rng, d, d);
        Tensor wv = random(rng, d, d);
        Tensor wo = random(rng, d, d);
        Tensor wkGroup = random(rng, d, d / 2);
        Tensor wvGroup = random(rng, d, d / 2);
        out.put("attention-multihead", attention(weights, (a, b, c) -> MultiHeadAttention.selfAttention(a, b, c,
                Node.input("Wv", wv), Node.input("Wo", wo), 2, AttentionMask.causal(n)), x, wq, wk));
        out.put("attention-grouped-query", attention(weights, (a, b, c) -> MultiHeadAttention.groupedQuery(a, b, c,
                Node.input("Wv", wvGroup), Node.input("Wo", wo), 2, 1, AttentionMask.causal(n)), x, wq, wkGroup));
        List<Double> errors = new ArrayList<>();
        for (int m : new int[] {4, 16, 64}) {
            errors.add(LinearAttention.performerError(q, k, v, m, 3L));
        }
        out.put("attention-performer-error", errors);
    }

    /** Every optimizer of the playground, with learning rate {@code eta} (or a schedule peaking at it). */
    private static List<Optimizer> optimizers(double eta) {
        return Arrays.asList(
                Sgd.of(eta),
                Sgd.of(Schedule.warmupCosine(eta, eta / 50, 3, 25)),
                Momentum.velocity(0.9, eta / 5),
                Momentum.average(0.9, eta * 2),
                Momentum.buffer(0.9, eta / 5).nesterov(),
                RmsProp.of(eta / 5),
                Adam.of(eta),
                Adam.of(eta).withoutBiasCorrection(),
                Adam.of(eta).withL2(0.1),
                Adam.adamW(eta, 0.1));
    }

    /** A variant of attention over three input tensors. */
    private interface Variant {
        AttentionResult apply(Node a, Node b, Node c);
    }

    /** Every stage's value, then the gradients of Σ weights ⊙ output with respect to the three inputs. */
    private static List<Double> attention(Tensor weights, Variant variant, Tensor a, Tensor b, Tensor c) {
        Node na = Node.input("a", a);
        Node nb = Node.input("b", b);
        Node nc = Node.input("c", c);
        AttentionResult r = variant.apply(na, nb, nc);
        List<Double> values = new ArrayList<>();
        for (Stage s : r.stages()) {
            add(values, s.node().value());
        }
        Node loss = F.sum(F.mul(r.output(), Node.constant(weights)));
        Backprop.backward(loss, null);
        for (Node x : new Node[] {na, nb, nc}) {
            add(values, x.grad());
        }
        return values;
    }

    private static void add(List<Double> values, Tensor t) {
        for (int i = 0; i < t.size(); i++) {
            values.add(t.get(i));
        }
    }

    private static Tensor random(SplitMix64 rng, int rows, int cols) {
        double[] a = new double[rows * cols];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.uniform(-1, 1);
        }
        return Tensor.of(new int[] {rows, cols}, a);
    }
}
