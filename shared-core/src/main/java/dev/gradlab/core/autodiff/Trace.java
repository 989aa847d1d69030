package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A differentiated computation, ready for a stepper: the nodes the output depends on, numbered
 * 0..n-1 in a topological order, with their values and their gradients d(output)/d(node).
 */
public final class Trace {
    private final List<Node> nodes;
    private final int[] forward;
    private final int[] backward;
    private final Node output;

    private Trace(List<Node> nodes, int[] forward, int[] backward, Node output) {
        this.nodes = nodes;
        this.forward = forward;
        this.backward = backward;
        this.output = output;
    }

    /**
     * Runs backward from a scalar {@code output} and numbers the nodes it depends on. The nodes'
     * ids are overwritten.
     *
     * @throws IllegalArgumentException if the output is not a single value
     */
    public static Trace of(Node output) {
        if (output.value().size() != 1) {
            throw new IllegalArgumentException("the output must be a scalar but has shape "
                    + Shape.str(output.shape()));
        }
        List<Node> order = Backprop.backward(output, Tensor.full(output.shape(), 1.0));
        int n = order.size();
        int[] fwd = new int[n];
        List<Integer> bwd = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.get(i).setId(i);
            fwd[i] = i;
        }
        for (int i = n - 1; i >= 0; i--) {
            if (order.get(i).grad() != null) {
                bwd.add(i);
            }
        }
        int[] back = new int[bwd.size()];
        for (int i = 0; i < back.length; i++) {
            back[i] = bwd.get(i);
        }
        return new Trace(Collections.unmodifiableList(new ArrayList<>(order)), fwd, back, output);
    }

    /** All nodes; {@code nodes().get(i).id() == i}. */
    public List<Node> nodes() {
        return nodes;
    }

    public Node node(int id) {
        return nodes.get(id);
    }

    /** Node ids in the order a forward pass computes them (inputs and constants first). */
    public int[] forward() {
        return forward.clone();
    }

    /** Node ids in the order backprop reaches them, the output first; constants are left out. */
    public int[] backward() {
        return backward.clone();
    }

    /** The id of the output node. */
    public int output() {
        return output.id();
    }

    public Node outputNode() {
        return output;
    }

    /** The input node labelled {@code name}, or null. */
    public Node input(String name) {
        for (Node n : nodes) {
            if (n.op().equals("input") && name.equals(n.label())) {
                return n;
            }
        }
        return null;
    }
}
