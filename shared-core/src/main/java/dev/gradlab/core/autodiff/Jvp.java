package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward mode: pushes tangents of the inputs through a graph, node by node in topological order,
 * giving the Jacobian-vector product J·v in one pass (where reverse mode gives vᵀ·J).
 */
public final class Jvp {
    private Jvp() {
    }

    /**
     * The tangent of every node {@code output} depends on, given tangents of some inputs (nodes not
     * in {@code seeds} have tangent zero). Nothing is modified.
     *
     * @return the tangent per node; {@code result.get(output)} is J·v
     */
    public static Map<Node, Tensor> tangents(Node output, Map<Node, Tensor> seeds) {
        Map<Node, Tensor> tan = new IdentityHashMap<>();
        List<Node> order = Backprop.topologicalOrder(output);
        for (Node n : order) {
            Tensor seed = seeds.get(n);
            if (seed != null) {
                if (!Shape.same(seed.shape(), n.shape())) {
                    throw new IllegalArgumentException("tangent of shape " + Shape.str(seed.shape())
                            + " for a node of shape " + Shape.str(n.shape()));
                }
                tan.put(n, seed);
                continue;
            }
            Node[] ins = n.inputArray();
            if (ins.length == 0) {
                continue;
            }
            Tensor[] vals = new Tensor[ins.length];
            Tensor[] ts = new Tensor[ins.length];
            boolean any = false;
            for (int i = 0; i < ins.length; i++) {
                vals[i] = ins[i].value();
                ts[i] = tan.get(ins[i]);
                any |= ts[i] != null;
            }
            if (any) {
                tan.put(n, n.opRule().jvp(vals, n.value(), ts));
            }
        }
        return tan;
    }

    /** J·v for the output: its tangent, zeros when no seeded input reaches it. */
    public static Tensor of(Node output, Map<Node, Tensor> seeds) {
        Tensor t = tangents(output, seeds).get(output);
        return t == null ? Tensor.zeros(output.shape()) : t;
    }
}
