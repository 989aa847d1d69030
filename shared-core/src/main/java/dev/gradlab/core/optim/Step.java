package dev.gradlab.core.optim;

import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of one optimizer step: the new {@link OptimizerState}, the gradient that was passed
 * in, the change Δθ = θ_new − θ_old, and the intermediate values of the update rule by name
 * ("lr" always; "g_eff", "m_hat", "v_hat", "u", … depending on the optimizer). Immutable.
 */
public final class Step {
    private final OptimizerState state;
    private final Tensor grad;
    private final Tensor delta;
    private final Map<String, Tensor> extras;

    Step(OptimizerState before, OptimizerState state, Tensor grad, Map<String, Tensor> extras) {
        this.state = state;
        this.grad = grad;
        this.delta = Vec.diff(state.params(), before.params());
        this.extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** The state after the step; pass it to the next {@code step}. */
    public OptimizerState state() {
        return state;
    }

    /** The new parameters θ_t. */
    public Tensor params() {
        return state.params();
    }

    /** The number of steps taken including this one. */
    public int t() {
        return state.t();
    }

    /** The gradient this step was given. */
    public Tensor grad() {
        return grad;
    }

    /** θ_new − θ_old. */
    public Tensor delta() {
        return delta;
    }

    /** The intermediate values by name (unmodifiable). */
    public Map<String, Tensor> extras() {
        return extras;
    }

    /** The learning rate used by this step. */
    public double lr() {
        return extras.get("lr").item();
    }

    /**
     * The named value: a buffer of the new state, an intermediate, "grad", "delta", "params" or "t".
     *
     * @throws IllegalArgumentException naming the keys there are, if none is called so
     */
    public Tensor value(String name) {
        Tensor v = named().get(name);
        if (v == null) {
            throw new IllegalArgumentException("no value \"" + name + "\"; this step has " + new ArrayList<>(named().keySet()));
        }
        return v;
    }

    /**
     * For display: "t", "params", the state's buffers, "grad", the intermediates, "delta", in this
     * order. A new unmodifiable map.
     */
    public Map<String, Tensor> named() {
        Map<String, Tensor> m = new LinkedHashMap<>(state.named());
        m.put("grad", grad);
        m.putAll(extras);
        m.put("delta", delta);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return "Step(t=" + t() + ", params=" + params() + ", delta=" + delta + ")";
    }
}
