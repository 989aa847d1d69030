package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Kernels;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;

/** Reverse-mode differentiation over a graph of {@link Node}s. */
public final class Backprop {
    private Backprop() {
    }

    /**
     * The nodes {@code output} depends on, itself included, each after all of its inputs. Iterative
     * depth-first search, so graphs of any depth are fine.
     */
    public static List<Node> topologicalOrder(Node output) {
        Object token = new Object();
        List<Node> order = new ArrayList<>();
        Node[] nodes = new Node[64];
        int[] next = new int[64];
        int top = 0;
        nodes[0] = output;
        next[0] = 0;
        output.visit = token;
        while (top >= 0) {
            Node n = nodes[top];
            Node[] ins = n.inputArray();
            int i = next[top];
            if (i < ins.length) {
                next[top] = i + 1;
                Node child = ins[i];
                if (child.visit != token) {
                    child.visit = token;
                    if (++top == nodes.length) {
                        nodes = java.util.Arrays.copyOf(nodes, top * 2);
                        next = java.util.Arrays.copyOf(next, top * 2);
                    }
                    nodes[top] = child;
                    next[top] = 0;
                }
            } else {
                nodes[top--] = null;
                order.add(n);
            }
        }
        return order;
    }

    /**
     * Sets {@link Node#grad()} of every node {@code output} depends on to d(sum(output * seed))/d(node),
     * with {@code seed} all ones when null. Gradients from an earlier call are discarded first, so
     * calling this twice gives the same result. Constants keep a null gradient.
     *
     * @return the topological order used
     */
    public static List<Node> backward(Node output, Tensor seed) {
        List<Node> order = topologicalOrder(output);
        for (Node n : order) {
            n.setGrad(null);
        }
        Tensor start = seed == null ? Tensor.full(output.shape(), 1.0) : seed;
        if (!Shape.same(start.shape(), output.shape())) {
            throw new IllegalArgumentException("seed shape " + Shape.str(start.shape())
                    + " differs from output shape " + Shape.str(output.shape()));
        }
        output.setGrad(start);
        for (int k = order.size() - 1; k >= 0; k--) {
            Node n = order.get(k);
            Node[] ins = n.inputArray();
            if (ins.length == 0 || n.grad() == null || !n.requiresGrad()) {
                continue;
            }
            Tensor[] vals = new Tensor[ins.length];
            boolean[] need = new boolean[ins.length];
            for (int i = 0; i < ins.length; i++) {
                vals[i] = ins[i].value();
                need[i] = ins[i].requiresGrad();
            }
            Tensor[] gs = n.opRule().vjp(vals, n.value(), n.grad(), need);
            for (int i = 0; i < ins.length; i++) {
                if (!need[i]) {
                    continue;
                }
                Tensor g = gs[i];
                Tensor prev = ins[i].grad();
                ins[i].setGrad(prev == null ? g : Kernels.zip(prev, g, Double::sum));
            }
        }
        if (!output.requiresGrad()) {
            output.setGrad(null);
        }
        return order;
    }
}
