package dev.gradlab.web.view;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Op;
import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.check.Answers;
import dev.gradlab.core.check.ExprChecker;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fill-in mode of the backprop stepper: before each step reveals a node's value (forward) or
 * gradient (backward), the student types it. Plain Java.
 *
 * <p>An entry is a number or an expression ({@code exp(3)/2}). It is <em>correct</em> within a
 * relative tolerance of {@value #TOLERANCE} of the trace; it is <em>carried</em> (accepted, error
 * carried forward) when it is what the node's rule gives from the student's own earlier entries
 * (values of its inputs; for a gradient, the gradients typed at its consumers, with either the
 * typed or the true forward values); otherwise <em>incorrect</em>. A correct or carried entry takes
 * the step. After an incorrect one the student may try again or {@link #giveUp}: the step is taken,
 * the true number revealed, and the wrong entry is kept for carrying forward. Only scalar graphs.
 */
public final class FillIn {
    /** Relative tolerance of an entry. */
    public static final double TOLERANCE = 1e-4;

    /** What became of one entry. */
    public static final class Verdict {
        /** "correct", "carried", "incorrect" or "invalid". */
        public final String status;
        public final int node;
        /** true for a gradient entry. */
        public final boolean grad;
        public final String message;

        Verdict(String status, int node, boolean grad, String message) {
            this.status = status;
            this.node = node;
            this.grad = grad;
            this.message = message;
        }

        /** Whether the entry was accepted (and the step taken). */
        public boolean accepted() {
            return status.equals("correct") || status.equals("carried");
        }
    }

    private final Trace trace;
    private final Stepper stepper;
    private final Double[] value;
    private final Double[] grad;
    private final String[] valueStatus;
    private final String[] gradStatus;
    private final List<Verdict> log = new ArrayList<>();

    public FillIn(Trace trace, Stepper stepper) {
        this.trace = trace;
        this.stepper = stepper;
        int n = trace.nodes().size();
        value = new Double[n];
        grad = new Double[n];
        valueStatus = new String[n];
        gradStatus = new String[n];
    }

    /** Whether every node of the trace holds one number (fill-in mode needs that). */
    public static boolean supports(Trace trace) {
        for (Node node : trace.nodes()) {
            if (node.value() == null || node.value().size() != 1) {
                return false;
            }
        }
        return true;
    }

    public Stepper stepper() {
        return stepper;
    }

    /** The node the next entry is for, or -1 when all is done. */
    public int target() {
        if (!stepper.canForward()) {
            return -1;
        }
        stepper.forward();
        int id = stepper.current();
        stepper.back();
        return id;
    }

    /** Whether the next entry is a gradient. */
    public boolean targetIsGrad() {
        return stepper.step() >= stepper.forwardCount();
    }

    /** The entries' verdicts so far, oldest first (the latest per node counts). */
    public List<Verdict> log() {
        return Collections.unmodifiableList(log);
    }

    /** The verdict of the last entry for a node's value (or gradient), or null. */
    public String status(int id, boolean ofGrad) {
        return ofGrad ? gradStatus[id] : valueStatus[id];
    }

    /** The student's entry for a node's value (or gradient) as a number, or null. */
    public Double entry(int id, boolean ofGrad) {
        return ofGrad ? grad[id] : value[id];
    }

    /** Checks {@code text} for the target; takes the step when it is accepted. */
    public Verdict check(String text) {
        int id = target();
        if (id < 0) {
            return record(new Verdict("invalid", -1, false, "Nothing left to fill in."));
        }
        boolean g = targetIsGrad();
        String what = what(id, g);
        double typed;
        try {
            Tensor t = ExprChecker.evaluateOrThrow(Answers.parse(text == null ? "" : text.trim()),
                    Collections.emptyMap());
            if (t.size() != 1) {
                throw new LangException("type", "type one number", 1, 1, null);
            }
            typed = t.item();
        } catch (LangException e) {
            return record(new Verdict("invalid", id, g, "! Could not read “" + text + "” as a number for " + what + ": "
                    + e.getMessage()));
        } catch (RuntimeException e) {
            return record(new Verdict("invalid", id, g, "! Could not read “" + text + "” as a number for " + what + "."));
        }
        double truth = g ? trace.node(id).grad().item() : trace.node(id).value().item();
        String status;
        String message;
        if (close(typed, truth)) {
            status = "correct";
            message = "✓ Correct: " + what + " = " + Num.format(truth, GraphView.DIGITS) + ".";
        } else if (carried(id, g, typed)) {
            status = "carried";
            message = "✓ Follows from your earlier entries (error carried forward): " + what + " = "
                    + Num.format(typed, GraphView.DIGITS) + "; from the true inputs it is "
                    + Num.format(truth, GraphView.DIGITS) + ".";
        } else {
            status = "incorrect";
            message = "✗ Not " + what + ": " + Num.format(typed, GraphView.DIGITS) + " does not follow from "
                    + (g ? "the gradients above it" : "its inputs") + ". Try again, or reveal it and go on.";
        }
        if (g) {
            grad[id] = typed;
            gradStatus[id] = status;
        } else {
            value[id] = typed;
            valueStatus[id] = status;
        }
        Verdict v = record(new Verdict(status, id, g, message));
        if (v.accepted()) {
            stepper.forward();
        }
        return v;
    }

    /** Reveals the target without an accepted entry (a wrong entry stays for carrying forward). */
    public Verdict giveUp() {
        int id = target();
        if (id < 0) {
            return null;
        }
        boolean g = targetIsGrad();
        if ((g ? gradStatus[id] : valueStatus[id]) == null) {
            if (g) {
                gradStatus[id] = "revealed";
            } else {
                valueStatus[id] = "revealed";
            }
        }
        stepper.forward();
        Node node = trace.node(id);
        return record(new Verdict("revealed", id, g, "Revealed: " + what(id, g) + " = "
                + Num.format(g ? node.grad().item() : node.value().item(), GraphView.DIGITS) + "."));
    }

    /** Undoes the last step and forgets its entry. */
    public boolean back() {
        int id = stepper.current();
        boolean g = stepper.lastStepBackward();
        if (!stepper.back()) {
            return false;
        }
        if (g) {
            grad[id] = null;
            gradStatus[id] = null;
        } else {
            value[id] = null;
            valueStatus[id] = null;
        }
        return true;
    }

    private Verdict record(Verdict v) {
        log.add(v);
        return v;
    }

    /** e.g. "the value of t3 = exp(t2)" or "∂f/∂t3". */
    public String what(int id, boolean ofGrad) {
        GraphView.Item it = stepper.graph().node(id);
        if (ofGrad) {
            return "∂" + stepper.graph().node(stepper.graph().output()).name + "/∂" + it.name;
        }
        return "the value of " + it.name + (it.isLeaf() ? "" : " = " + it.expr);
    }

    static boolean close(double typed, double truth) {
        if (Double.isNaN(typed) || Double.isNaN(truth)) {
            return false;
        }
        return Math.abs(typed - truth) <= TOLERANCE * Math.abs(truth) + 1e-12;
    }

    /** The forward value as the student has it: the typed entry, else the true value. */
    private double studentValue(int id) {
        return value[id] != null ? value[id] : trace.node(id).value().item();
    }

    private boolean carried(int id, boolean ofGrad, double typed) {
        Node node = trace.node(id);
        if (!ofGrad) {
            Tensor[] in = new Tensor[node.inputs().size()];
            boolean own = false;
            for (int k = 0; k < in.length; k++) {
                int u = node.inputs().get(k).id();
                own |= value[u] != null && !close(value[u], trace.node(u).value().item());
                in[k] = Tensor.scalar(studentValue(u));
            }
            return own && matches(() -> node.opRule().forward(in), typed);
        }
        if (id == trace.output()) {
            return false;
        }
        return matches(() -> implied(id, true), typed) || matches(() -> implied(id, false), typed);
    }

    /** Σ over consumers c of (the student's ∂out/∂c) · ∂c/∂id, at typed or at true forward values. */
    private Tensor implied(int id, boolean typedValues) {
        double sum = 0;
        for (int c : stepper.graph().consumers(id)) {
            Node cn = trace.node(c);
            Double gc = grad[c];
            if (gc == null) {
                gc = cn.grad() == null ? null : cn.grad().item();
            }
            if (gc == null) {
                continue;
            }
            Tensor[] in = new Tensor[cn.inputs().size()];
            boolean[] need = new boolean[in.length];
            for (int k = 0; k < in.length; k++) {
                int u = cn.inputs().get(k).id();
                in[k] = Tensor.scalar(typedValues ? studentValue(u) : trace.node(u).value().item());
                need[k] = u == id;
            }
            Op op = cn.opRule();
            Tensor out = typedValues ? Tensor.scalar(studentValue(c)) : cn.value();
            Tensor[] back = op.vjp(in, out, Tensor.scalar(gc), need);
            for (int k = 0; k < in.length; k++) {
                if (need[k] && back[k] != null) {
                    sum += back[k].item();
                }
            }
        }
        return Tensor.scalar(sum);
    }

    private interface Compute {
        Tensor get();
    }

    private static boolean matches(Compute c, double typed) {
        try {
            Tensor t = c.get();
            return t != null && t.size() == 1 && close(typed, t.item());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
