package dev.gradlab.core.optim;

import dev.gradlab.core.tensor.Tensor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RMSProp: s ← ρ·s + (1−ρ)·g², θ ← θ − η_t·g/(√s + ε), elementwise, with s starting at zero (no
 * bias correction; PyTorch's and Keras' rule). {@link #withEpsilonInsideSqrt()} switches to the
 * Deep Learning book's θ ← θ − η_t·g/√(s + ε). Immutable.
 */
public final class RmsProp implements Optimizer {
    private final Schedule lr;
    private final double rho;
    private final double eps;
    private final boolean epsInside;

    private RmsProp(Schedule lr, double rho, double eps, boolean epsInside) {
        this.lr = lr;
        this.rho = Vec.requireIn("ρ", rho, 0, 1, false);
        this.eps = Vec.requireNonNegative("ε", eps);
        this.epsInside = epsInside;
    }

    /** RMSProp with η, ρ = 0.9, ε = 1e-8. */
    public static RmsProp of(double eta) {
        return of(eta, 0.9, 1e-8);
    }

    public static RmsProp of(double eta, double rho, double eps) {
        return new RmsProp(Schedule.constant(eta), rho, eps, false);
    }

    /** A copy whose η follows {@code schedule}. */
    public RmsProp withSchedule(Schedule schedule) {
        return new RmsProp(schedule, rho, eps, epsInside);
    }

    /** A copy dividing by √(s + ε) instead of √s + ε. */
    public RmsProp withEpsilonInsideSqrt() {
        return new RmsProp(lr, rho, eps, true);
    }

    @Override
    public String name() {
        return "RMSProp";
    }

    @Override
    public Map<String, Double> hyperparameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("η", lr.at(0));
        m.put("ρ", rho);
        m.put("ε", eps);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Schedule schedule() {
        return lr;
    }

    /** θ = params, "s" = 0. */
    @Override
    public OptimizerState init(Tensor params) {
        return OptimizerState.zeros(params, "s");
    }

    /** The class comment's update with η_t = lr(state.t()). Buffers: "s". Extras: "lr". */
    @Override
    public Step step(OptimizerState state, Tensor grad) {
        Tensor p = state.params();
        Vec.requireSameShape(p, grad, "the gradient");
        double eta = lr.at(state.t());
        double[] theta = p.toArray();
        double[] g = grad.toArray();
        double[] s = state.buffer("s").toArray();
        for (int i = 0; i < theta.length; i++) {
            s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
            double denom = epsInside ? Math.sqrt(s[i] + eps) : Math.sqrt(s[i]) + eps;
            theta[i] -= g[i] == 0 ? 0 : eta * g[i] / denom; // 0/0 (g = s = ε = 0) moves nothing
        }
        Map<String, Tensor> buffers = new LinkedHashMap<>();
        buffers.put("s", Vec.like(p, s));
        Map<String, Tensor> extras = new LinkedHashMap<>();
        extras.put("lr", Tensor.scalar(eta));
        return new Step(state, state.next(Vec.like(p, theta), buffers), grad, extras);
    }
}
