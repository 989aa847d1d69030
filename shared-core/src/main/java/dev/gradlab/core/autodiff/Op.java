package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Tensor;

/**
 * A primitive: its forward computation, its vector-Jacobian product (reverse mode), its
 * Jacobian-vector product (forward mode) and its FLOP counts stand together, as in micrograd's
 * engine and JAX's rule tables. Instances are registered in {@link Ops}; ops with a parameter (an
 * axis, an index) are made by small factories in the op families.
 */
public final class Op {
    /** Computes the output from the input values. */
    public interface Forward {
        Tensor apply(Tensor[] in);
    }

    /**
     * Maps the gradient {@code g} of the output back to one gradient per input, each shaped like
     * its input. Entries for inputs with {@code need[i] == false} may be null. Nothing passed in is
     * modified.
     */
    public interface Vjp {
        Tensor[] apply(Tensor[] in, Tensor out, Tensor g, boolean[] need);
    }

    /**
     * Maps tangents of the inputs ({@code t[i]} null means zero) to the tangent of the output,
     * shaped like the output.
     */
    public interface Jvp {
        Tensor apply(Tensor[] in, Tensor out, Tensor[] t);
    }

    /** Floating-point operations of one application, from the input and output shapes. */
    public interface Flops {
        long count(int[][] in, int[] out, boolean[] need);
    }

    private final String name;
    private final String rule;
    private final Forward forward;
    private final Vjp vjp;
    private final Jvp jvp;
    private final Flops forwardFlops;
    private final Flops backwardFlops;

    /**
     * @param forwardFlops  FLOPs of {@code forward}; {@code need} is all true
     * @param backwardFlops FLOPs of {@code vjp} for the inputs marked in {@code need}
     */
    public Op(String name, String rule, Forward forward, Vjp vjp, Jvp jvp, Flops forwardFlops, Flops backwardFlops) {
        this.name = name;
        this.rule = rule;
        this.forward = forward;
        this.vjp = vjp;
        this.jvp = jvp;
        this.forwardFlops = forwardFlops;
        this.backwardFlops = backwardFlops;
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

    public Tensor jvp(Tensor[] in, Tensor out, Tensor[] tangents) {
        return jvp.apply(in, out, tangents);
    }

    public long forwardFlops(int[][] in, int[] out) {
        boolean[] all = new boolean[in.length];
        java.util.Arrays.fill(all, true);
        return forwardFlops.count(in, out, all);
    }

    public long backwardFlops(int[][] in, int[] out, boolean[] need) {
        return backwardFlops.count(in, out, need);
    }
}
