package dev.gradlab.core.optim;

import dev.gradlab.core.tensor.Tensor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam and its variants. Step t = state.t() + 1 with η = lr(state.t()), elementwise:
 * <pre>
 *   g' = g + c·θ                          (L2 in the gradient; c = 0 unless {@link #withL2})
 *   m  ← β₁·m + (1−β₁)·g'
 *   v  ← β₂·v + (1−β₂)·g'²
 *   m̂  = m/(1−β₁ᵗ),  v̂ = v/(1−β₂ᵗ)        (m̂ = m, v̂ = v {@link #withoutBiasCorrection})
 *   u  = m̂/(√v̂ + ε)                       (m̂/√(v̂ + ε) {@link #withEpsilonInsideSqrt})
 *   θ  ← θ − η·(u + λ·θ)                  (decoupled decay; λ = 0 unless {@link #withDecoupledWeightDecay})
 * </pre>
 * Adam + L2 with coefficient c is plain Adam on the loss L + (c/2)‖θ‖²; the course's
 * L + γ‖θ‖² needs c = 2γ ({@link #l2CoefficientOfPenalty}). AdamW is λ &gt; 0, c = 0, following
 * PyTorch (the decay is multiplied by the learning rate); the course's form
 * Δθ = −(ε·u + λ'·θ) is η = ε, λ = λ'/ε. Immutable.
 */
public final class Adam implements Optimizer {
    private final Schedule lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final boolean biasCorrection;
    private final double l2;
    private final double decay;
    private final boolean epsInside;

    private Adam(Schedule lr, double beta1, double beta2, double eps, boolean biasCorrection, double l2, double decay,
            boolean epsInside) {
        this.lr = lr;
        this.beta1 = Vec.requireIn("β₁", beta1, 0, 1, false);
        this.beta2 = Vec.requireIn("β₂", beta2, 0, 1, false);
        this.eps = Vec.requireNonNegative("ε", eps);
        this.biasCorrection = biasCorrection;
        this.l2 = Vec.requireNonNegative("L2 coefficient", l2);
        this.decay = Vec.requireNonNegative("weight decay", decay);
        this.epsInside = epsInside;
    }

    /** Adam with η, β₁ = 0.9, β₂ = 0.999, ε = 1e-8 and bias correction. */
    public static Adam of(double eta) {
        return of(eta, 0.9, 0.999, 1e-8);
    }

    public static Adam of(double eta, double beta1, double beta2, double eps) {
        return new Adam(Schedule.constant(eta), beta1, beta2, eps, true, 0, 0, false);
    }

    /** AdamW: Adam with decoupled weight decay λ (β₁ = 0.9, β₂ = 0.999, ε = 1e-8). */
    public static Adam adamW(double eta, double lambda) {
        return of(eta).withDecoupledWeightDecay(lambda);
    }

    /** The coefficient c of g' = g + c·θ that makes Adam + L2 minimise L + γ‖θ‖²: c = 2γ. */
    public static double l2CoefficientOfPenalty(double gamma) {
        return 2 * gamma;
    }

    /** A copy whose η follows {@code schedule}. */
    public Adam withSchedule(Schedule schedule) {
        return new Adam(schedule, beta1, beta2, eps, biasCorrection, l2, decay, epsInside);
    }

    /** A copy using m̂ = m and v̂ = v. */
    public Adam withoutBiasCorrection() {
        return new Adam(lr, beta1, beta2, eps, false, l2, decay, epsInside);
    }

    /** A copy adding c·θ to the gradient before the moments ("Adam + L2"). */
    public Adam withL2(double c) {
        return new Adam(lr, beta1, beta2, eps, biasCorrection, c, decay, epsInside);
    }

    /** A copy with decoupled weight decay: θ ← θ − η·(u + λθ) ("AdamW"). */
    public Adam withDecoupledWeightDecay(double lambda) {
        return new Adam(lr, beta1, beta2, eps, biasCorrection, l2, lambda, epsInside);
    }

    /** A copy dividing by √(v̂ + ε) instead of √v̂ + ε (the Deep Learning book's placement). */
    public Adam withEpsilonInsideSqrt() {
        return new Adam(lr, beta1, beta2, eps, biasCorrection, l2, decay, true);
    }

    public boolean hasBiasCorrection() {
        return biasCorrection;
    }

    public double l2() {
        return l2;
    }

    public double weightDecay() {
        return decay;
    }

    @Override
    public String name() {
        return (decay > 0 ? "AdamW" : "Adam") + (l2 > 0 ? " + L2" : "") + (biasCorrection ? "" : " (no bias correction)");
    }

    @Override
    public Map<String, Double> hyperparameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("η", lr.at(0));
        m.put("β₁", beta1);
        m.put("β₂", beta2);
        m.put("ε", eps);
        if (l2 > 0) {
            m.put("c (L2)", l2);
        }
        if (decay > 0) {
            m.put("λ (decay)", decay);
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Schedule schedule() {
        return lr;
    }

    /** θ = params, "m" = 0, "v" = 0. */
    @Override
    public OptimizerState init(Tensor params) {
        return OptimizerState.zeros(params, "m", "v");
    }

    /**
     * The class comment's update. Buffers: "m", "v". Extras: "lr", "g_eff" (only with L2),
     * "m_hat", "v_hat", "u".
     */
    @Override
    public Step step(OptimizerState state, Tensor grad) {
        Tensor p = state.params();
        Vec.requireSameShape(p, grad, "the gradient");
        int t = state.t() + 1;
        double eta = lr.at(state.t());
        double c1 = biasCorrection ? 1 - Math.pow(beta1, t) : 1;
        double c2 = biasCorrection ? 1 - Math.pow(beta2, t) : 1;
        double[] theta = p.toArray();
        double[] g = grad.toArray();
        double[] m = state.buffer("m").toArray();
        double[] v = state.buffer("v").toArray();
        int n = theta.length;
        double[] mHat = new double[n];
        double[] vHat = new double[n];
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] += l2 * theta[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            mHat[i] = m[i] / c1;
            vHat[i] = v[i] / c2;
            double denom = epsInside ? Math.sqrt(vHat[i] + eps) : Math.sqrt(vHat[i]) + eps;
            u[i] = mHat[i] == 0 ? 0 : mHat[i] / denom; // 0/0 (all zero so far, ε = 0) moves nothing
            theta[i] -= eta * (u[i] + decay * theta[i]);
        }
        Map<String, Tensor> buffers = new LinkedHashMap<>();
        buffers.put("m", Vec.like(p, m));
        buffers.put("v", Vec.like(p, v));
        Map<String, Tensor> extras = new LinkedHashMap<>();
        extras.put("lr", Tensor.scalar(eta));
        if (l2 > 0) {
            extras.put("g_eff", Vec.like(p, g));
        }
        extras.put("m_hat", Vec.like(p, mHat));
        extras.put("v_hat", Vec.like(p, vHat));
        extras.put("u", Vec.like(p, u));
        return new Step(state, state.next(Vec.like(p, theta), buffers), grad, extras);
    }
}
