package dev.gradlab.web.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The backprop stepper's state: how many steps the student has taken through a graph.
 *
 * <p>Rules (what the page documents):
 * <ul>
 * <li>Right after Build (step 0) the leaves are known: inputs and constants show their values; no
 * other node shows a value and no node shows a gradient.</li>
 * <li>Forward pass: each → reveals the value of the next non-leaf node in forward order
 * ({@code F} steps).</li>
 * <li>Backward pass: each further → reveals the gradient d(output)/d(node) of the next node in
 * backprop order, the output first (its gradient is the seed 1), then down to the inputs;
 * constants have no gradient and are skipped ({@code B} steps).</li>
 * <li>← undoes one step. The step count runs from 0 to F + B.</li>
 * <li>{@link #phase()} names the pass the next → belongs to: "forward" while values remain to be
 * computed, "backward" once every value is known and gradients remain, "done" after the last
 * gradient.</li>
 * </ul>
 */
public final class Stepper {
    private final GraphView graph;
    private final int[] fwd;
    private final int[] bwd;
    private final int[] fwdIndex;
    private final int[] bwdIndex;
    private int step;

    public Stepper(GraphView graph) {
        this.graph = graph;
        this.fwd = graph.forwardSteps();
        this.bwd = graph.backwardSteps();
        this.fwdIndex = indexOf(fwd, graph.size());
        this.bwdIndex = indexOf(bwd, graph.size());
    }

    private static int[] indexOf(int[] order, int n) {
        int[] idx = new int[n];
        java.util.Arrays.fill(idx, -1);
        for (int i = 0; i < order.length; i++) {
            idx[order[i]] = i;
        }
        return idx;
    }

    public GraphView graph() {
        return graph;
    }

    /** Steps taken, 0..{@link #total()}. */
    public int step() {
        return step;
    }

    public int total() {
        return fwd.length + bwd.length;
    }

    /** F: the number of forward steps. */
    public int forwardCount() {
        return fwd.length;
    }

    /** B: the number of backward steps. */
    public int backwardCount() {
        return bwd.length;
    }

    /** "forward", "backward" or "done": the pass the next → belongs to. */
    public String phase() {
        if (step < fwd.length) {
            return "forward";
        }
        return step < total() ? "backward" : "done";
    }

    public boolean canForward() {
        return step < total();
    }

    public boolean canBack() {
        return step > 0;
    }

    /** Takes one step; false (and nothing changes) when done. */
    public boolean forward() {
        if (!canForward()) {
            return false;
        }
        step++;
        return true;
    }

    /** Undoes one step; false (and nothing changes) at step 0. */
    public boolean back() {
        if (!canBack()) {
            return false;
        }
        step--;
        return true;
    }

    /** Goes to step {@code s}, clamped to 0..total. */
    public void jump(int s) {
        step = Math.max(0, Math.min(total(), s));
    }

    /** Whether the page shows node {@code id}'s value now. */
    public boolean valueShown(int id) {
        int i = fwdIndex[id];
        return i < 0 ? graph.node(id).isLeaf() : i < step;
    }

    /** Whether the page shows node {@code id}'s gradient now. */
    public boolean gradShown(int id) {
        int i = bwdIndex[id];
        return i >= 0 && i < step - fwd.length;
    }

    /** The node the last step revealed, or -1 at step 0. */
    public int current() {
        if (step == 0) {
            return -1;
        }
        return step <= fwd.length ? fwd[step - 1] : bwd[step - fwd.length - 1];
    }

    /** Whether the last step was a backward one. */
    public boolean lastStepBackward() {
        return step > fwd.length;
    }

    /** What the last step did, in words, e.g. "forward 3/7: t3 = exp(t2) = 20.09". */
    public String status() {
        if (step == 0) {
            return "Built " + graph.size() + " nodes: inputs and constants are known. Press → to compute "
                    + (fwd.length > 0 ? "the values (" + fwd.length + " steps), then the gradients ("
                            + bwd.length + " steps)." : "the gradients (" + bwd.length + " steps).");
        }
        GraphView.Item n = graph.node(current());
        if (step <= fwd.length) {
            String s = "forward " + step + "/" + fwd.length + ": " + n.name + " = " + n.expr + " = " + n.value;
            if (step == fwd.length) {
                s += ". Forward pass done; → starts backprop.";
            }
            return s;
        }
        int k = step - fwd.length;
        String out = graph.node(graph.output()).name;
        String s = "backward " + k + "/" + bwd.length + ": ∂" + out + "/∂" + n.name + " = " + n.grad;
        if (n.id == graph.output()) {
            s += " (the seed: the output's gradient with respect to itself)";
        } else {
            s += " (from " + String.join(", ", consumerNames(n.id)) + ")";
        }
        if (step == total()) {
            s += ". Backprop done.";
        }
        return s;
    }

    private List<String> consumerNames(int id) {
        List<String> names = new ArrayList<>();
        for (int c : graph.consumers(id)) {
            names.add(graph.node(c).name);
        }
        return names;
    }
}
