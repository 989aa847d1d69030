package dev.gradlab.core.optim;

import dev.gradlab.core.tensor.Tensor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plain gradient descent: θ ← θ − η_t·g, or with weight decay λ: θ ← θ − η_t·(g + λθ). No buffers.
 *
 * <p>For SGD, decay and L2 regularisation coincide: the decay λ equals the L2 coefficient c of
 * a loss L + (c/2)‖θ‖², so L + γ‖θ‖² is λ = 2γ. Written with a per-step decay factor as in the
 * course (θ ← θ − η·g − λ'·θ), λ' = η·λ = 2ηγ. Immutable.
 */
public final class Sgd implements Optimizer {
    private final Schedule lr;
    private final double weightDecay;

    private Sgd(Schedule lr, double weightDecay) {
        this.lr = lr;
        this.weightDecay = Vec.requireNonNegative("weight decay", weightDecay);
    }

    /** SGD with a constant learning rate η. */
    public static Sgd of(double eta) {
        return new Sgd(Schedule.constant(eta), 0);
    }

    /** SGD with a learning-rate schedule. */
    public static Sgd of(Schedule lr) {
        return new Sgd(lr, 0);
    }

    /** A copy with weight decay λ: θ ← θ − η_t·(g + λθ). */
    public Sgd withWeightDecay(double lambda) {
        return new Sgd(lr, lambda);
    }

    public double weightDecay() {
        return weightDecay;
    }

    @Override
    public String name() {
        return weightDecay == 0 ? "SGD" : "SGD + weight decay";
    }

    @Override
    public Map<String, Double> hyperparameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("η", lr.at(0));
        if (weightDecay != 0) {
            m.put("λ", weightDecay);
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Schedule schedule() {
        return lr;
    }

    @Override
    public OptimizerState init(Tensor params) {
        return OptimizerState.zeros(params);
    }

    /** θ ← θ − η_t·(g + λθ) with η_t = lr(state.t()). Extras: "lr". */
    @Override
    public Step step(OptimizerState state, Tensor grad) {
        Tensor p = state.params();
        Vec.requireSameShape(p, grad, "the gradient");
        double eta = lr.at(state.t());
        double[] theta = p.toArray();
        double[] g = grad.toArray();
        double[] out = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            out[i] = theta[i] - eta * (g[i] + weightDecay * theta[i]);
        }
        Map<String, Tensor> extras = new LinkedHashMap<>();
        extras.put("lr", Tensor.scalar(eta));
        return new Step(state, state.next(Vec.like(p, out), state.buffers()), grad, extras);
    }
}
