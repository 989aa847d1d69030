package dev.gradlab.core.nn;

import dev.gradlab.core.autodiff.Node;

/**
 * One step of an attention computation as a stepper shows it: a name a student reads (such as
 * {@code "QKᵀ"}), the formula it evaluates, and the graph node holding its value. Immutable.
 */
public final class Stage {
    private final String name;
    private final String formula;
    private final Node node;

    public Stage(String name, String formula, Node node) {
        if (name == null || formula == null || node == null) {
            throw new IllegalArgumentException("a stage needs a name, a formula and a node");
        }
        this.name = name;
        this.formula = formula;
        this.node = node;
    }

    /** The short name, e.g. {@code "softmax"}. */
    public String name() {
        return name;
    }

    /** What the stage computes, e.g. {@code "P = softmax_row(S/√d + M)"}. */
    public String formula() {
        return formula;
    }

    /** The node whose value is this stage's result. */
    public Node node() {
        return node;
    }

    @Override
    public String toString() {
        return name + ": " + formula + " " + dev.gradlab.core.tensor.Shape.str(node.shape());
    }
}
