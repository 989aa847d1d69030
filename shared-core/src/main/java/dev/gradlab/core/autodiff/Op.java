package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Tensor;

/**
 * A primitive: its forward computation and its vector-Jacobian product stand together, as in
 * micrograd. Instances live in the rule table {@link Ops}; ops with a parameter (an index, an axis)
 * are made there by small factories.
 */
public final class Op {
    /** Computes the output from the input values. */
    public interface Forward {
        Tensor apply(Tensor[] in);
    }

    /**
     * Maps the gradient {@code g} of the output back to one gradient per input. Entries for
     * inputs with {@code need[i] == false} may be null. Nothing passed in is modified.
     */
    public interface Vjp {
        Tensor[] apply(Tensor[] in, Tensor out, Tensor g, boolean[] need);
    }

    private final String name;
    private final String rule;
    private final Forward forward;
    private final Vjp vjp;

    public Op(String name, String rule, Forward forward, Vjp vjp) {
        this.name = name;
        this.rule = rule;
        this.forward = forward;
        this.vjp = vjp;
    }

    /** The op's name as it appears in traces, e.g. {@code "mul"}. */
    public String name() {
        return name;
    }

    /** The local derivative rule in words a student reads, e.g. {@code "∂(a·b)/∂a = b"}. */
    public String rule() {
        return rule;
    }

    public Tensor forward(Tensor[] in) {
        return forward.apply(in);
    }

    public Tensor[] vjp(Tensor[] in, Tensor out, Tensor g, boolean[] need) {
        return vjp.apply(in, out, g, need);
    }
}
