package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A value in a computation graph: the op that made it, its inputs, its value and, after
 * {@link Backprop#backward}, its gradient d(output)/d(this). The value is computed when the node is
 * made; only the gradient and the id change later.
 */
public final class Node {
    private static final Op INPUT = leaf("input", "an input: its gradient is what backprop computes");
    private static final Op CONST = leaf("const", "a constant: it has no gradient");

    private final Op op;
    private final Node[] inputs;
    private final Tensor value;
    private final boolean requiresGrad;
    private String label;
    private Tensor grad;
    private int id = -1;
    /** The traversal that last visited this node (see {@link Backprop#topologicalOrder}). */
    Object visit;

    private Node(Op op, Node[] inputs, Tensor value, boolean requiresGrad, String label) {
        this.op = op;
        this.inputs = inputs;
        this.value = value;
        this.requiresGrad = requiresGrad;
        this.label = label;
    }

    private static Op leaf(String name, String rule) {
        return new Op(name, rule, in -> null, (in, out, g, need) -> new Tensor[0], (in, out, t) -> null,
                (in, out, need) -> 0, (in, out, need) -> 0);
    }

    /** An input (a leaf whose gradient is wanted), named {@code label}. */
    public static Node input(String label, Tensor value) {
        return new Node(INPUT, new Node[0], value, true, label);
    }

    /** A constant leaf: no gradient flows into it. */
    public static Node constant(Tensor value) {
        return new Node(CONST, new Node[0], value, false, null);
    }

    /** Applies {@code op} to {@code args}, computing the value now. */
    public static Node apply(Op op, Node... args) {
        Tensor[] in = new Tensor[args.length];
        boolean req = false;
        for (int i = 0; i < args.length; i++) {
            in[i] = args[i].value;
            req |= args[i].requiresGrad;
        }
        return new Node(op, args.clone(), op.forward(in), req, null);
    }

    public int id() {
        return id;
    }

    void setId(int id) {
        this.id = id;
    }

    public String op() {
        return op.name();
    }

    public Op opRule() {
        return op;
    }

    /** The local derivative rule of this node's op, in words. */
    public String rule() {
        return op.rule();
    }

    /** The variable name bound to this node, or null. */
    public String label() {
        return label;
    }

    /** Names this node unless it already has a name (the first assignment wins). */
    public void labelIfUnnamed(String name) {
        if (label == null) {
            label = name;
        }
    }

    public List<Node> inputs() {
        return Collections.unmodifiableList(Arrays.asList(inputs));
    }

    Node[] inputArray() {
        return inputs;
    }

    public int[] shape() {
        return value.shape();
    }

    public Tensor value() {
        return value;
    }

    /** d(output)/d(this) from the last backward pass; null before it and for constants. */
    public Tensor grad() {
        return grad;
    }

    void setGrad(Tensor g) {
        this.grad = g;
    }

    public boolean requiresGrad() {
        return requiresGrad;
    }

    public boolean isLeaf() {
        return inputs.length == 0;
    }

    @Override
    public String toString() {
        List<Integer> ins = new ArrayList<>();
        for (Node n : inputs) {
            ins.add(n.id);
        }
        return "Node(" + id + " " + op.name() + (label == null ? "" : " " + label) + " <- " + ins + ")";
    }
}
