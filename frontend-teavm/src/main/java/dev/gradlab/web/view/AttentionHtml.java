package dev.gradlab.web.view;

import dev.gradlab.core.text.Num;

/**
 * The attention stepper's fixed markup (controls, stepper bar, stage container; rendered once into
 * {@code #view-attention}) and its small texts: the value readout, the performer error panel and the
 * cell cursor's moves. Element ids are a contract with the e2e tests: {@code #att-n}, {@code #att-d},
 * {@code #att-heads}, {@code #att-groups}, {@code #att-causal}, {@code #att-window-on},
 * {@code #att-window}, {@code #att-mode-softmax|separable|performer}, {@code #att-m},
 * {@code #att-seed}, {@code #att-reseed}, {@code #att-in-0..3}, {@code #att-back},
 * {@code #att-forward}, {@code #att-stepper[data-index][data-stage]}, {@code #att-status},
 * {@code #att-stages}, {@code #att-perf-error[data-v]}, {@code #att-perf-curve tr[data-m]}.
 */
public final class AttentionHtml {
    private AttentionHtml() {
    }

    /** The view's markup. */
    public static String skeleton() {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1 id=\"attention-heading\" class=\"view-title\" tabindex=\"-1\">Attention stepper</h1>"
                + "<p class=\"view-lead\">Each stage of softmax(QK\u1d40/\u221ad + M)V as a heatmap (viridis: dark = low,"
                + " yellow = high). <kbd>\u2192</kbd>/<kbd>\u2190</kbd> step through the stages; point at a cell or"
                + " focus a matrix and use the arrow keys to read its value.</p>"
                + "<div class=\"att-layout\"><form id=\"attention-controls\" class=\"panel att-controls\" novalidate>");
        sb.append("<fieldset><legend>Variant</legend>")
                .append(radio("softmax", "softmax attention (multi-head, grouped-query, masks)"))
                .append(radio("separable", "separable: softmax_row(Q)(softmax_col(K)\u1d40V)"))
                .append(radio("performer", "random features (Performer)")).append("</fieldset>");
        sb.append("<fieldset><legend>Shapes</legend><div class=\"num-grid\">")
                .append(number("att-n", "n", "positions n", 1, AttentionConfig.MAX_N))
                .append(number("att-d", "d", "features d", 1, AttentionConfig.MAX_D))
                .append(number("att-heads", "heads", "heads h", 1, AttentionConfig.MAX_HEADS))
                .append(number("att-groups", "groups", "K/V groups g (GQA)", 1, AttentionConfig.MAX_HEADS))
                .append("</div></fieldset>");
        sb.append("<fieldset id=\"att-mask-box\"><legend>Mask</legend>"
                + "<div class=\"check\"><input type=\"checkbox\" id=\"att-causal\" name=\"causal\">"
                + "<label for=\"att-causal\">causal (query i sees keys j \u2264 i)</label></div>"
                + "<div class=\"check\"><input type=\"checkbox\" id=\"att-window-on\" name=\"windowOn\">"
                + "<label for=\"att-window-on\">local window</label>"
                + "<label for=\"att-window\" class=\"inline\">radius k</label><input type=\"number\" id=\"att-window\""
                + " name=\"window\" min=\"0\" max=\"" + AttentionConfig.MAX_N + "\" step=\"1\" inputmode=\"numeric\"></div>"
                + "</fieldset>");
        sb.append("<fieldset id=\"att-performer-box\"><legend>Random features</legend><div class=\"num-grid\">")
                .append(number("att-m", "m", "features m", 1, AttentionConfig.MAX_FEATURES)).append("</div></fieldset>");
        sb.append("<fieldset><legend>Inputs</legend><div class=\"num-grid\">")
                .append(number("att-seed", "seed", "seed", -999999, 999999))
                .append("</div><button type=\"button\" id=\"att-reseed\">New random inputs</button>"
                        + "<details id=\"att-edit\"><summary>Edit Q, K, V</summary>"
                        + "<p class=\"help\">A list of rows, <code>[[1, 2], [3, 4]]</code>, or one row per line.</p>");
        for (int i = 0; i < AttentionLab.INPUTS.length; i++) {
            sb.append("<div class=\"matrix-field\" id=\"att-in-box-").append(i).append("\"><label for=\"att-in-").append(i)
                    .append("\" id=\"att-in-label-").append(i).append("\">").append(AttentionLab.INPUTS[i])
                    .append("</label><textarea id=\"att-in-").append(i).append("\" name=\"in").append(i)
                    .append("\" rows=\"4\" spellcheck=\"false\" autocomplete=\"off\" autocapitalize=\"off\"></textarea></div>");
        }
        sb.append("<div id=\"att-in-error\" class=\"error\" role=\"alert\" hidden></div></details></fieldset></form>");
        sb.append("<div class=\"att-main\"><div id=\"att-stepper\" class=\"stepper att-bar\" data-index=\"0\">"
                + "<div class=\"step-buttons\"><button id=\"att-back\" type=\"button\" aria-keyshortcuts=\"ArrowLeft\">"
                + "<span aria-hidden=\"true\">\u2190</span> Previous stage</button>"
                + "<button id=\"att-forward\" type=\"button\" aria-keyshortcuts=\"ArrowRight\">Next stage"
                + " <span aria-hidden=\"true\">\u2192</span></button></div>"
                + "<p id=\"att-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p></div>"
                + "<div id=\"att-error\" class=\"error\" role=\"alert\" hidden></div>"
                + "<section id=\"att-performer\" class=\"panel att-performer\" aria-labelledby=\"att-perf-heading\" hidden>"
                + "<h2 id=\"att-perf-heading\">Random features against exact softmax attention</h2>"
                + "<div id=\"att-perf-body\"></div></section>"
                + "<div id=\"att-stages\" class=\"stages\"></div></div></div>");
        sb.append("<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\">")
                .append(HeatmapHtml.defs()).append("</svg>");
        return sb.toString();
    }

    private static String radio(String mode, String label) {
        return "<div class=\"check\"><input type=\"radio\" name=\"mode\" id=\"att-mode-" + mode + "\" value=\"" + mode
                + "\"><label for=\"att-mode-" + mode + "\">" + Html.escape(label) + "</label></div>";
    }

    static String number(String id, String name, String label, int min, int max) {
        return "<label for=\"" + id + "\">" + Html.escape(label) + "</label><input type=\"number\" id=\"" + id
                + "\" name=\"" + name + "\" min=\"" + min + "\" max=\"" + max + "\" step=\"1\" inputmode=\"numeric\">";
    }

    /** The label of input {@code which} with its shape, e.g. "Q (4 × 8)". */
    public static String inputLabel(AttentionLab lab, int which) {
        int[] s = lab.inputShape(which);
        return AttentionLab.INPUTS[which] + " (" + s[0] + " \u00d7 " + s[1] + ")";
    }

    /** The readout of a cell: "softmax, head 2: row 3, column 1 = 0.2453" (1-based, as in the formulas). */
    public static String readout(StageView s, int matrix, int i, int j) {
        StageView.Matrix m = s.matrices.get(matrix);
        String where = m.label.equals(s.name) ? s.name : s.name + ", " + m.label;
        double v = m.get(i, j);
        return where + ": row " + (i + 1) + ", column " + (j + 1) + " = " + HeatmapHtml.value(v)
                + (v == Double.NEGATIVE_INFINITY ? " (masked)" : "");
    }

    /**
     * The cursor after {@code key} from (i, j) in a rows × cols matrix, or null when the key does
     * not move a cursor. Arrows move one cell (stopping at the edges), Home/End go to the row's
     * first/last cell, PageUp/PageDown to the column's first/last cell.
     */
    public static int[] move(int i, int j, String key, int rows, int cols) {
        switch (key) {
            case "ArrowUp":
                return new int[] {Math.max(0, i - 1), j};
            case "ArrowDown":
                return new int[] {Math.min(rows - 1, i + 1), j};
            case "ArrowLeft":
                return new int[] {i, Math.max(0, j - 1)};
            case "ArrowRight":
                return new int[] {i, Math.min(cols - 1, j + 1)};
            case "Home":
                return new int[] {i, 0};
            case "End":
                return new int[] {i, cols - 1};
            case "PageUp":
                return new int[] {0, j};
            case "PageDown":
                return new int[] {rows - 1, j};
            default:
                return null;
        }
    }

    /** The performer panel: the error at the current m and the mean error curve. */
    public static String performer(AttentionLab lab) {
        AttentionConfig c = lab.config();
        double err = lab.performerError();
        StringBuilder sb = new StringBuilder("<p>Relative error \u2016approx \u2212 exact\u2016<sub>F</sub> /"
                + " \u2016exact\u2016<sub>F</sub> with m = ").append(c.features).append(" features: <strong id=\"att-perf-error\""
                + " data-m=\"").append(c.features).append("\" data-v=\"").append(err).append("\">")
                .append(Num.format(err, 3)).append("</strong></p>");
        double[] curve = lab.errorCurve();
        if (curve != null) {
            double max = 0;
            for (double e : curve) {
                max = Math.max(max, e);
            }
            sb.append("<table id=\"att-perf-curve\" class=\"curve\"><caption>Mean error over ").append(AttentionLab.CURVE_DRAWS)
                    .append(" draws of \u03a9</caption><thead><tr><th scope=\"col\">m</th>"
                            + "<th scope=\"col\">mean error</th><th scope=\"col\"><span class=\"visually-hidden\">bar</span></th>"
                            + "</tr></thead><tbody>");
            for (int i = 0; i < curve.length; i++) {
                int w = max > 0 ? (int) Math.round(160 * curve[i] / max) : 0;
                sb.append("<tr data-m=\"").append(AttentionLab.CURVE_FEATURES[i]).append("\"><th scope=\"row\">")
                        .append(AttentionLab.CURVE_FEATURES[i]).append("</th><td class=\"err\" data-v=\"").append(curve[i])
                        .append("\">").append(Num.format(curve[i], 3)).append("</td><td><svg width=\"160\" height=\"10\""
                                + " aria-hidden=\"true\"><rect width=\"").append(w).append("\" height=\"10\" fill=\"")
                        .append(Viridis.hex(96)).append("\"/></svg></td></tr>");
            }
            sb.append("</tbody></table><p class=\"help\">Each random-feature score estimates exp(q\u2032\u00b7k\u2032)"
                    + " (q\u2032, k\u2032 = q, k \u00b7 d<sup>\u2212\u00bc</sup>) without bias, with relative standard deviation"
                    + " \u221a((e<sup>\u2016q\u2032+k\u2032\u2016\u00b2</sup> \u2212 1)/m): for inputs of norm about \u221ad"
                    + " that factor is in the hundreds, so the error falls slowly with m; smaller inputs need fewer"
                    + " features.</p>");
        }
        return sb.toString();
    }
}
