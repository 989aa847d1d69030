package dev.gradlab.core.optim;

import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything an optimizer carries from one step to the next: the parameters θ, the number of
 * steps taken t, and named buffers of θ's shape (momentum "v", Adam's "m" and "v", RMSProp's "s").
 * Immutable: the map is a copy and Tensors cannot change, so old states stay valid after a step.
 */
public final class OptimizerState {
    private final Tensor params;
    private final int t;
    private final Map<String, Tensor> buffers;

    /**
     * @throws IllegalArgumentException if t &lt; 0 or a buffer is called "params" or "t"
     * @throws dev.gradlab.core.tensor.ShapeException if a buffer's shape differs from the params'
     */
    public OptimizerState(Tensor params, int t, Map<String, Tensor> buffers) {
        if (t < 0) {
            throw new IllegalArgumentException("step count t must be ≥ 0, got " + t);
        }
        Map<String, Tensor> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : buffers.entrySet()) {
            if (e.getKey().equals("params") || e.getKey().equals("t")) {
                throw new IllegalArgumentException("\"" + e.getKey() + "\" is reserved and cannot name a buffer");
            }
            Vec.requireSameShape(params, e.getValue(), "buffer \"" + e.getKey() + "\"");
            copy.put(e.getKey(), e.getValue());
        }
        this.params = params;
        this.t = t;
        this.buffers = Collections.unmodifiableMap(copy);
    }

    /** A state at t = 0 with buffers of zeros of θ's shape, named {@code names} in this order. */
    public static OptimizerState zeros(Tensor params, String... names) {
        Map<String, Tensor> b = new LinkedHashMap<>();
        for (String name : names) {
            b.put(name, Tensor.zeros(params.shape()));
        }
        return new OptimizerState(params, 0, b);
    }

    /** θ. */
    public Tensor params() {
        return params;
    }

    /** The number of steps taken to reach this state. */
    public int t() {
        return t;
    }

    /** The buffers by name, in the optimizer's order (unmodifiable). */
    public Map<String, Tensor> buffers() {
        return buffers;
    }

    /**
     * The buffer called {@code name}.
     *
     * @throws IllegalArgumentException naming the buffers there are, if none is called so
     */
    public Tensor buffer(String name) {
        Tensor b = buffers.get(name);
        if (b == null) {
            throw new IllegalArgumentException("no buffer \"" + name + "\"; this state has " + new ArrayList<>(buffers.keySet()));
        }
        return b;
    }

    /** For display: "t" (a scalar), "params", then the buffers. A new unmodifiable map. */
    public Map<String, Tensor> named() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("t", Tensor.scalar(t));
        m.put("params", params);
        m.putAll(buffers);
        return Collections.unmodifiableMap(m);
    }

    /** This state with new parameters and buffers and t + 1 (a new object; this one is unchanged). */
    OptimizerState next(Tensor newParams, Map<String, Tensor> newBuffers) {
        return new OptimizerState(newParams, t + 1, newBuffers);
    }

    @Override
    public String toString() {
        return "OptimizerState(t=" + t + ", params=" + params + ", buffers=" + buffers.keySet() + ")";
    }
}
