package dev.gradlab.core.optim;

import dev.gradlab.core.tensor.Tensor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gradient descent with momentum, in the three parametrizations a student meets, each with a
 * buffer "v" starting at zero (t counts steps, η_t/ε_t/δ_t = lr(t−1) for step t):
 * <ul>
 * <li>{@link Form#VELOCITY} (A, the course's "SGD with momentum"): v ← α·v + ε_t·g, θ ← θ − v;
 * <li>{@link Form#AVERAGE} (B, the course's "running average of g"): v ← β·v + (1−β)·g,
 * θ ← θ − δ_t·v;
 * <li>{@link Form#BUFFER} (the momentum exercise's form, PyTorch's SGD with dampening 0):
 * v ← β·v + g, θ ← θ − η_t·v.
 * </ul>
 * With constant rates the three give identical iterates when α = β and ε = δ(1−β) = η; their
 * buffers then relate by v_A = δ·v_B = η·v_C. With a schedule they differ: A scales only the new
 * gradient by the rate, B and C the whole buffer.
 *
 * <p>{@link #nesterov()} switches to Nesterov's look-ahead in its "gradient at the current point"
 * form: the buffer is updated the same way and θ moves by the buffer's next value predicted with
 * the same gradient — A: θ ← θ − (α·v + ε_t·g); B: θ ← θ − δ_t·(β·v + (1−β)·g); C (PyTorch
 * nesterov=True): θ ← θ − η_t·(β·v + g), all with the updated v. For A this is Sutskever's
 * v ← αv − ε∇f(θ + αv), θ ← θ + v rewritten in the look-ahead variable θ + αv. Immutable.
 */
public final class Momentum implements Optimizer {
    /** Which parametrization; see the class comment. */
    public enum Form {
        VELOCITY, AVERAGE, BUFFER
    }

    private final Form form;
    private final double mu;
    private final Schedule lr;
    private final boolean nesterov;

    private Momentum(Form form, double mu, Schedule lr, boolean nesterov) {
        this.form = form;
        this.mu = Vec.requireIn(form == Form.VELOCITY ? "α" : "β", mu, 0, 1, false);
        this.lr = lr;
        this.nesterov = nesterov;
    }

    /** Parametrization A: v ← α·v + ε·g, θ ← θ − v. */
    public static Momentum velocity(double alpha, double epsilon) {
        return new Momentum(Form.VELOCITY, alpha, Schedule.constant(epsilon), false);
    }

    /** Parametrization B: v ← β·v + (1−β)·g, θ ← θ − δ·v. */
    public static Momentum average(double beta, double delta) {
        return new Momentum(Form.AVERAGE, beta, Schedule.constant(delta), false);
    }

    /** The buffer form: v ← β·v + g, θ ← θ − η·v. */
    public static Momentum buffer(double beta, double eta) {
        return new Momentum(Form.BUFFER, beta, Schedule.constant(eta), false);
    }

    /** A copy whose rate (ε, δ or η) follows {@code schedule}. */
    public Momentum withSchedule(Schedule schedule) {
        return new Momentum(form, mu, schedule, nesterov);
    }

    /** A copy with Nesterov's look-ahead (see the class comment). */
    public Momentum nesterov() {
        return new Momentum(form, mu, lr, true);
    }

    /** ε of parametrization A equivalent to B's (β, δ): ε = δ·(1−β) (and α = β). */
    public static double epsilonFromAverage(double beta, double delta) {
        return delta * (1 - beta);
    }

    /** δ of parametrization B equivalent to A's (α, ε): δ = ε/(1−α) (and β = α). */
    public static double deltaFromVelocity(double alpha, double epsilon) {
        return epsilon / (1 - alpha);
    }

    /**
     * The equivalent optimizer in {@code target} form: the same iterates from the same start and
     * gradients (same momentum coefficient; rate mapped by ε = δ(1−β) = η).
     *
     * @throws IllegalStateException if the rate is not a constant schedule (then no form matches)
     */
    public Momentum as(Form target) {
        if (!lr.isConstant()) {
            throw new IllegalStateException("momentum forms are only equivalent for a constant rate, not "
                    + lr.formula());
        }
        double r = lr.at(0);
        double epsilon = form == Form.VELOCITY ? r : form == Form.AVERAGE ? epsilonFromAverage(mu, r) : r;
        double rate = target == Form.VELOCITY ? epsilon
                : target == Form.AVERAGE ? deltaFromVelocity(mu, epsilon) : epsilon;
        return new Momentum(target, mu, Schedule.constant(rate), nesterov);
    }

    public Form form() {
        return form;
    }

    /** α (form A) or β (forms B and the buffer form). */
    public double momentum() {
        return mu;
    }

    public boolean isNesterov() {
        return nesterov;
    }

    @Override
    public String name() {
        String f = form == Form.VELOCITY ? "A: velocity" : form == Form.AVERAGE ? "B: running average" : "buffer";
        return (nesterov ? "Nesterov" : "Momentum") + " (" + f + ")";
    }

    @Override
    public Map<String, Double> hyperparameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(form == Form.VELOCITY ? "α" : "β", mu);
        m.put(form == Form.VELOCITY ? "ε" : form == Form.AVERAGE ? "δ" : "η", lr.at(0));
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Schedule schedule() {
        return lr;
    }

    /** θ = params, "v" = 0. */
    @Override
    public OptimizerState init(Tensor params) {
        return OptimizerState.zeros(params, "v");
    }

    /** The update of the class comment with rate lr(state.t()). Buffers: "v". Extras: "lr". */
    @Override
    public Step step(OptimizerState state, Tensor grad) {
        Tensor p = state.params();
        Vec.requireSameShape(p, grad, "the gradient");
        double rate = lr.at(state.t());
        // v ← μ·v + c·g ;  θ ← θ − outside·(nesterov ? μ·v_new + c·g : v_new)
        double c = form == Form.VELOCITY ? rate : form == Form.AVERAGE ? 1 - mu : 1;
        double outside = form == Form.VELOCITY ? 1 : rate;
        double[] theta = p.toArray();
        double[] g = grad.toArray();
        double[] v = state.buffer("v").toArray();
        for (int i = 0; i < theta.length; i++) {
            v[i] = mu * v[i] + c * g[i];
            double dir = nesterov ? mu * v[i] + c * g[i] : v[i];
            theta[i] -= outside * dir;
        }
        Map<String, Tensor> buffers = new LinkedHashMap<>();
        buffers.put("v", Vec.like(p, v));
        Map<String, Tensor> extras = new LinkedHashMap<>();
        extras.put("lr", Tensor.scalar(rate));
        return new Step(state, state.next(Vec.like(p, theta), buffers), grad, extras);
    }
}
