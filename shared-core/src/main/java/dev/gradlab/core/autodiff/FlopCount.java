package dev.gradlab.core.autodiff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FLOPs of a computed graph, per op, forward and backward separately, under the course's
 * convention: an (m,n)×(n,p) matmul is 2mnp; an elementwise op 1 per element (a function such as
 * exp or relu on a scalar counts 1); a sum of n numbers n additions; a mean n + 1; a comparison 1.
 * Inputs and constants cost nothing. Backward counts only gradients that are needed.
 */
public final class FlopCount {
    private final Map<String, long[]> perOp;
    private final long forward;
    private final long backward;

    private FlopCount(Map<String, long[]> perOp, long forward, long backward) {
        this.perOp = perOp;
        this.forward = forward;
        this.backward = backward;
    }

    /** Counts the graph {@code output} depends on. Nothing is modified. */
    public static FlopCount of(Node output) {
        Map<String, long[]> perOp = new LinkedHashMap<>();
        long fwd = 0;
        long bwd = 0;
        for (Node n : Backprop.topologicalOrder(output)) {
            List<Node> ins = n.inputs();
            if (ins.isEmpty()) {
                continue;
            }
            int[][] shapes = new int[ins.size()][];
            boolean[] need = new boolean[ins.size()];
            for (int i = 0; i < shapes.length; i++) {
                shapes[i] = ins.get(i).shape();
                need[i] = ins.get(i).requiresGrad();
            }
            long f = n.opRule().forwardFlops(shapes, n.shape());
            long b = n.requiresGrad() ? n.opRule().backwardFlops(shapes, n.shape(), need) : 0;
            long[] acc = perOp.computeIfAbsent(n.op(), k -> new long[2]);
            acc[0] += f;
            acc[1] += b;
            fwd += f;
            bwd += b;
        }
        return new FlopCount(perOp, fwd, bwd);
    }

    public long forward() {
        return forward;
    }

    public long backward() {
        return backward;
    }

    /** Op names in first-use order. */
    public List<String> ops() {
        return Collections.unmodifiableList(new ArrayList<>(perOp.keySet()));
    }

    public long forward(String op) {
        long[] a = perOp.get(op);
        return a == null ? 0 : a[0];
    }

    public long backward(String op) {
        long[] a = perOp.get(op);
        return a == null ? 0 : a[1];
    }
}
