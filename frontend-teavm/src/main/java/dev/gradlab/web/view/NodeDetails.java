package dev.gradlab.web.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The details panel of one graph node ({@code #node-details}): what it computes, its op, value,
 * gradient and local derivative rule, all digits — the value and gradient only once the stepper has
 * revealed them (so fill-in mode gives nothing away). Markup: {@code <h3>} then a {@code <dl>} whose
 * {@code <dd>}s carry {@code data-field} = expr, op, shape, value, grad, rule, inputs, consumers
 * (and entry-value, entry-grad in fill-in mode).
 */
public final class NodeDetails {
    private NodeDetails() {
    }

    /** The panel for node {@code id}, or a prompt when {@code id} is -1. */
    public static String html(Stepper st, int id, FillIn fill) {
        if (id < 0 || id >= st.graph().size()) {
            return "<p class=\"help\">Click a node (or focus it and press Enter) to see its details.</p>";
        }
        GraphView g = st.graph();
        GraphView.Item it = g.node(id);
        String out = g.node(g.output()).name;
        StringBuilder sb = new StringBuilder();
        sb.append("<h3 id=\"node-details-title\">").append(Html.escape(it.name));
        if (id == g.output()) {
            sb.append(" <span class=\"tag\">output</span>");
        }
        sb.append("</h3><dl>");
        row(sb, "expr", "computes", it.isLeaf() ? (it.isInput() ? "an input" : "a constant") : it.name + " = " + it.expr);
        row(sb, "op", "op", it.op);
        row(sb, "shape", "shape", it.shape);
        row(sb, "value", "value", st.valueShown(id) ? it.valueFull : "not computed yet");
        row(sb, "grad", "gradient ∂" + out + "/∂" + it.name,
                it.grad == null ? "none (a constant)" : st.gradShown(id) ? it.gradFull : "not computed yet");
        row(sb, "rule", "local derivative rule", it.rule);
        row(sb, "inputs", "reads", names(g, it.inputs));
        List<Integer> cons = g.consumers(id);
        int[] c = new int[cons.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = cons.get(k);
        }
        row(sb, "consumers", "read by", names(g, c));
        if (fill != null) {
            entry(sb, fill, id, false);
            entry(sb, fill, id, true);
        }
        sb.append("</dl>");
        return sb.toString();
    }

    private static void entry(StringBuilder sb, FillIn fill, int id, boolean grad) {
        Double v = fill.entry(id, grad);
        if (v == null) {
            return;
        }
        String status = fill.status(id, grad);
        String words = "correct".equals(status) ? "✓ correct" : "carried".equals(status)
                ? "≈ follows from your entries" : "✗ incorrect";
        row(sb, grad ? "entry-grad" : "entry-value", grad ? "your gradient" : "your value",
                dev.gradlab.core.text.Num.format(v, GraphView.FULL_DIGITS) + " (" + words + ")");
    }

    private static String names(GraphView g, int[] ids) {
        if (ids.length == 0) {
            return "—";
        }
        List<String> n = new ArrayList<>();
        for (int i : ids) {
            n.add(g.node(i).name);
        }
        return String.join(", ", n);
    }

    private static void row(StringBuilder sb, String field, String term, String value) {
        sb.append("<dt>").append(Html.escape(term)).append("</dt><dd data-field=\"").append(field).append("\">")
                .append(Html.escape(value)).append("</dd>");
    }
}
