package dev.gradlab.web.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inner markup of {@code <svg id="graph">} for a stepper state: arrow markers, one path per
 * edge and one {@code <g class="node" data-id data-op>} per node holding its name, op, value and
 * gradient (each once revealed) and a {@code <title>} tooltip with full values and the local rule.
 *
 * <p>Inside a node, {@code text.value} and {@code text.grad} hold exactly the 4-significant-digit
 * text (absent until revealed; a {@code text.pending} "?" stands in). The node of the last step has
 * class {@code current}; the edges it read (forward) or got its gradient along (backward) have
 * class {@code active}, and on a backward step their arrow points back, the way the gradient flows.
 */
public final class SvgRenderer {
    /** Node height in px. */
    public static final double NODE_H = 66;
    private static final double MIN_W = 118;
    private static final double MAX_W = 340;
    private static final int MAX_CHARS = 38;
    private static final double MONO_CHAR = 7.9;
    private static final double NAME_CHAR = 8.6;
    private static final double OP_CHAR = 7.0;

    private SvgRenderer() {
    }

    /** The layout of a graph with node widths fitted to their text. */
    public static Layout layout(GraphView g) {
        double[] widths = new double[g.size()];
        boolean[] floating = new boolean[g.size()];
        for (GraphView.Item it : g.nodes()) {
            widths[it.id] = width(it);
            floating[it.id] = it.isConstant();
        }
        return Layout.of(g.edges(), floating, widths, NODE_H);
    }

    static double width(GraphView.Item it) {
        double head = 20 + it.name.length() * NAME_CHAR + 14 + opTag(it).length() * OP_CHAR;
        double val = 20 + 44 + clip(it.value).length() * MONO_CHAR;
        double grad = it.grad == null ? 0 : 20 + 44 + clip(it.grad).length() * MONO_CHAR;
        return Math.ceil(Math.max(MIN_W, Math.min(MAX_W, Math.max(head, Math.max(val, grad)))));
    }

    private static String opTag(GraphView.Item it) {
        return it.op;
    }

    /** Long tensors are cut for the drawing; the tooltip has them whole. */
    static String clip(String s) {
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS - 1) + "…";
    }

    /** The markup for the stepper's current state. */
    public static String render(Stepper st, Layout layout) {
        return render(st, layout, null);
    }

    /** The markup for the stepper's current state, with fill-in marks when {@code fill} is not null. */
    public static String render(Stepper st, Layout layout, FillIn fill) {
        GraphView g = st.graph();
        int asking = fill == null ? -1 : fill.target();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<defs>")
                .append(marker("arrow", "arrow-head", "auto"))
                .append(marker("arrow-fwd", "arrow-head fwd", "auto"))
                .append(marker("arrow-bwd", "arrow-head bwd", "auto-start-reverse"))
                .append("</defs>");
        sb.append("<g class=\"edges\">");
        for (GraphView.Item it : g.nodes()) {
            for (int k = 0; k < it.inputs.length; k++) {
                edge(sb, st, layout, it, k);
            }
        }
        sb.append("</g><g class=\"nodes\">");
        for (GraphView.Item it : g.nodes()) {
            node(sb, st, it, layout.box(it.id), it.id == st.current(), it.id == g.output(), fill, asking);
        }
        sb.append("</g>");
        return sb.toString();
    }

    /**
     * What changed in the drawing after one step from a state whose last step revealed
     * {@code previousCurrent} (-1 for none): pairs of a CSS selector and the markup that replaces
     * the element it selects. Only the two nodes involved and their edges change, so big graphs
     * step without redrawing everything.
     */
    public static List<String[]> patch(Stepper st, Layout layout, int previousCurrent) {
        GraphView g = st.graph();
        Set<Integer> nodes = new LinkedHashSet<>();
        if (previousCurrent >= 0) {
            nodes.add(previousCurrent);
        }
        if (st.current() >= 0) {
            nodes.add(st.current());
        }
        List<String[]> out = new ArrayList<>();
        Set<String> edges = new HashSet<>();
        for (int id : nodes) {
            StringBuilder sb = new StringBuilder();
            GraphView.Item it = g.node(id);
            node(sb, st, it, layout.box(id), id == st.current(), id == g.output(), null, -1);
            out.add(new String[] {"#graph g.node[data-id=\"" + id + "\"]", sb.toString()});
            for (int k = 0; k < it.inputs.length; k++) {
                edgePatch(out, edges, st, layout, it, k);
            }
            for (int c : g.consumers(id)) {
                GraphView.Item ci = g.node(c);
                for (int k = 0; k < ci.inputs.length; k++) {
                    if (ci.inputs[k] == id) {
                        edgePatch(out, edges, st, layout, ci, k);
                    }
                }
            }
        }
        return out;
    }

    private static void edgePatch(List<String[]> out, Set<String> done, Stepper st, Layout layout,
            GraphView.Item to, int k) {
        String sel = "#graph path.edge[data-to=\"" + to.id + "\"][data-k=\"" + k + "\"]";
        if (done.add(sel)) {
            StringBuilder sb = new StringBuilder();
            edge(sb, st, layout, to, k);
            out.add(new String[] {sel, sb.toString()});
        }
    }

    /** The edge into {@code it} from its input {@code k}. */
    private static void edge(StringBuilder sb, Stepper st, Layout layout, GraphView.Item it, int k) {
        int cur = st.current();
        boolean back = st.lastStepBackward();
        Layout.Box to = layout.box(it.id);
        Layout.Box from = layout.box(it.inputs[k]);
        boolean active = cur >= 0 && (back ? it.inputs[k] == cur : it.id == cur);
        String cls = active ? (back ? "edge active bwd" : "edge active fwd") : "edge";
        // A gradient flows against the edge: its arrow points back at the input.
        String mk = active ? (back ? "arrow-bwd" : "arrow-fwd") : "arrow";
        sb.append("<path class=\"").append(cls).append("\" data-from=\"").append(it.inputs[k])
                .append("\" data-to=\"").append(it.id).append("\" data-k=\"").append(k).append("\" d=\"");
        path(sb, from.x + from.w, from.y + from.h / 2, layout.route(it.id, k), to.x - 1,
                to.y + to.h * (k + 1) / (it.inputs.length + 1));
        sb.append(active && back ? "\" marker-start=\"url(#" : "\" marker-end=\"url(#").append(mk).append(")\"/>");
    }

    /** A smooth path from (x0, y0) through the waypoints to (x1, y1), level at every point. */
    private static void path(StringBuilder sb, double x0, double y0, double[] pts, double x1, double y1) {
        sb.append('M').append(num(x0)).append(' ').append(num(y0));
        double px = x0;
        double py = y0;
        for (int i = 0; i <= pts.length; i += 2) {
            double qx = i < pts.length ? pts[i] : x1;
            double qy = i < pts.length ? pts[i + 1] : y1;
            if (Math.abs(qy - py) < 0.5) {
                sb.append(" L").append(num(qx)).append(' ').append(num(qy));
            } else {
                double dx = Math.max(12, (qx - px) / 2);
                sb.append(" C").append(num(px + dx)).append(' ').append(num(py)).append(' ')
                        .append(num(qx - dx)).append(' ').append(num(qy)).append(' ')
                        .append(num(qx)).append(' ').append(num(qy));
            }
            px = qx;
            py = qy;
        }
    }

    private static String marker(String id, String cls, String orient) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"" + orient + "\"><path class=\"" + cls + "\" d=\"M0,0 L10,5 L0,10 z\"/></marker>";
    }

    private static void node(StringBuilder sb, Stepper st, GraphView.Item it, Layout.Box b, boolean current,
            boolean output, FillIn fill, int asking) {
        String kind = it.isInput() ? "input" : it.isConstant() ? "const" : "op";
        boolean valueShown = st.valueShown(it.id);
        boolean gradShown = st.gradShown(it.id);
        sb.append("<g class=\"node ").append(kind);
        if (output) {
            sb.append(" output");
        }
        if (current) {
            sb.append(" current");
        }
        String vs = fill == null ? null : fill.status(it.id, false);
        String gs = fill == null ? null : fill.status(it.id, true);
        if (vs != null) {
            sb.append(" fill-value-").append(vs);
        }
        if (gs != null) {
            sb.append(" fill-grad-").append(gs);
        }
        if (it.id == asking) {
            sb.append(" asking");
        }
        sb.append("\" data-id=\"").append(it.id).append("\" data-op=\"").append(Html.escape(it.op)).append('"');
        if (it.label != null) {
            sb.append(" data-label=\"").append(Html.escape(it.label)).append('"');
        }
        // one node at a time is the Tab stop (GraphDom.setTabStop); arrow keys move between them
        sb.append(" tabindex=\"-1\" role=\"button\" aria-label=\"")
                .append(Html.escape(it.isLeaf() ? it.name : it.name + " = " + it.expr)).append(", details\"");
        sb.append(" transform=\"translate(").append(num(b.x)).append(' ').append(num(b.y)).append(")\">");
        sb.append("<title>").append(Html.escape(tooltip(it, valueShown, gradShown, output))).append("</title>");
        sb.append("<rect class=\"box\" width=\"").append(num(b.w)).append("\" height=\"").append(num(b.h))
                .append("\" rx=\"10\"/>");
        double right = b.w - 10;
        sb.append("<text class=\"name\" x=\"10\" y=\"19\">").append(Html.escape(it.name)).append("</text>");
        sb.append("<text class=\"op\" x=\"").append(num(right)).append("\" y=\"19\" text-anchor=\"end\">")
                .append(Html.escape(opTag(it))).append("</text>");
        sb.append("<text class=\"key\" x=\"10\" y=\"39\">value</text>");
        mark(sb, vs, 39);
        if (valueShown) {
            sb.append("<text class=\"value\" x=\"").append(num(right)).append("\" y=\"39\" text-anchor=\"end\">")
                    .append(Html.escape(clip(it.value))).append("</text>");
        } else {
            pending(sb, right, 39, "?");
        }
        sb.append("<text class=\"key\" x=\"10\" y=\"57\">grad</text>");
        mark(sb, gs, 57);
        if (gradShown) {
            sb.append("<text class=\"grad\" x=\"").append(num(right)).append("\" y=\"57\" text-anchor=\"end\">")
                    .append(Html.escape(clip(it.grad))).append("</text>");
        } else {
            pending(sb, right, 57, it.grad == null ? "—" : "?");
        }
        sb.append("</g>");
    }

    /** The fill-in verdict of a row as a symbol (colour is not the only signal). */
    private static void mark(StringBuilder sb, String status, int y) {
        if (status == null) {
            return;
        }
        String sym = status.equals("correct") ? "✓" : status.equals("carried") ? "≈" : status.equals("incorrect") ? "✗" : "·";
        sb.append("<text class=\"fill-mark ").append(status).append("\" x=\"48\" y=\"").append(y).append("\">")
                .append(sym).append("</text>");
    }

    private static void pending(StringBuilder sb, double x, int y, String text) {
        sb.append("<text class=\"pending\" x=\"").append(num(x)).append("\" y=\"").append(y)
                .append("\" text-anchor=\"end\">").append(text).append("</text>");
    }

    static String tooltip(GraphView.Item it, boolean valueShown, boolean gradShown, boolean output) {
        StringBuilder t = new StringBuilder();
        if (it.isLeaf()) {
            t.append(it.name).append(it.isInput() ? " (input" : " (constant").append(output ? ", output)" : ")");
        } else {
            t.append(it.name).append(" = ").append(it.expr).append(output ? " (output)" : "");
        }
        t.append("\nshape: ").append(it.shape);
        t.append("\nvalue: ").append(valueShown ? it.valueFull : "not computed yet");
        t.append("\ngrad: ").append(it.grad == null ? "none (constant)" : gradShown ? it.gradFull : "not computed yet");
        t.append("\nrule: ").append(it.rule);
        return t.toString();
    }

    /** A coordinate with at most one decimal. */
    public static String num(double v) {
        long tenths = Math.round(v * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }
}
