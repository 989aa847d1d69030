package dev.gradlab.core.nn;

import dev.gradlab.core.autodiff.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an attention function built: its output node and every intermediate stage in the order it
 * was computed (the output is the last stage). All nodes belong to one differentiable graph, so
 * {@code Backprop.backward(result.output(), seed)} fills the gradients of the inputs and of every
 * stage. Immutable.
 *
 * <p>Building a result modifies one thing outside it: each stage node that has no label yet is
 * labelled with its stage name ({@link Node#labelIfUnnamed}), so traces show "QKᵀ", "softmax", ….
 * A caller's node is only touched if a custom feature map returns it unchanged.
 */
public final class AttentionResult {
    private final List<Stage> stages;
    private final Node weights;

    AttentionResult(List<Stage> stages, Node weights) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("an attention result needs at least one stage");
        }
        this.stages = Collections.unmodifiableList(new ArrayList<>(stages));
        this.weights = weights;
    }

    /** The result of the last stage. */
    public Node output() {
        return stages.get(stages.size() - 1).node();
    }

    /** Every stage, first to last. */
    public List<Stage> stages() {
        return stages;
    }

    /** The stage names, first to last. */
    public List<String> names() {
        List<String> n = new ArrayList<>();
        for (Stage s : stages) {
            n.add(s.name());
        }
        return n;
    }

    /**
     * The last stage called {@code name}.
     *
     * @throws IllegalArgumentException naming the stages there are, if none is called so
     */
    public Stage stage(String name) {
        for (int i = stages.size() - 1; i >= 0; i--) {
            if (stages.get(i).name().equals(name)) {
                return stages.get(i);
            }
        }
        throw new IllegalArgumentException("no stage named " + name + "; stages are " + names());
    }

    /**
     * The attention weights (rows are distributions over keys) when the variant forms them, as
     * softmax attention does; null for variants that never build the n×n matrix (separable,
     * linear, random features) — that is what makes them cheap.
     */
    public Node weights() {
        return weights;
    }

    /** Collects stages while a variant is built; each node is labelled with its stage name. */
    static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private Node weights;

        Node add(String name, String formula, Node node) {
            node.labelIfUnnamed(name);
            stages.add(new Stage(name, formula, node));
            return node;
        }

        Node weights(String name, String formula, Node node) {
            weights = add(name, formula, node);
            return node;
        }

        AttentionResult build() {
            return new AttentionResult(stages, weights);
        }
    }
}
