package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Kernels;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
        List<Node> order = new ArrayList<>();
        IdentityHashMap<Node, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Node> nodes = new ArrayDeque<>();
        ArrayDeque<Integer> next = new ArrayDeque<>();
        nodes.push(output);
        next.push(0);
        seen.put(output, Boolean.TRUE);
        while (!nodes.isEmpty()) {
            Node n = nodes.peek();
            int i = next.pop();
            Node[] ins = n.inputArray();
            if (i < ins.length) {
                next.push(i + 1);
                Node child = ins[i];
                if (!seen.containsKey(child)) {
                    seen.put(child, Boolean.TRUE);
                    nodes.push(child);
                    next.push(0);
                }
            } else {
                nodes.pop();
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
