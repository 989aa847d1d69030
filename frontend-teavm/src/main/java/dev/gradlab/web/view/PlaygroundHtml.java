package dev.gradlab.web.view;

import dev.gradlab.core.optim.Trajectory;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.Map;

/**
 * The optimizer playground's markup: the controls and frame (rendered once into
 * {@code #view-optimizer}) and the state table of step t. Element ids are a contract with the e2e
 * tests: {@code #opt-surface}, {@code #opt-kappa}, {@code #opt-x0}, {@code #opt-y0},
 * {@code #opt-use-KEY} (KEY in sgd, momentum, nesterov, adam, adamw), {@code #opt-lr},
 * {@code #opt-lr_adam}, {@code #opt-beta}, {@code #opt-beta1}, {@code #opt-beta2}, {@code #opt-wd},
 * {@code #opt-steps} (each number field with a slider {@code #opt-NAME-range}),
 * {@code [data-action=preset][data-part=ID]}, {@code #opt-reset}, {@code #opt-back},
 * {@code #opt-step}, {@code #opt-play}, {@code #opt-stepper[data-t][data-playing]},
 * {@code #opt-status}, {@code svg#opt-plot}, {@code #opt-state tr[data-opt]} with
 * {@code td.x[data-v]}, {@code td.y[data-v]}, {@code td.loss[data-v]}.
 */
public final class PlaygroundHtml {
    /** Sliders: name, label, min, max, step, log scale. */
    static final Object[][] SLIDERS = {
        {"lr", "learning rate η (SGD, momentum, Nesterov)", -4.0, 0.7, 0.01, true},
        {"lr_adam", "learning rate η (Adam, AdamW)", -4.0, 0.7, 0.01, true},
        {"beta", "momentum β (momentum, Nesterov)", 0.0, 0.999, 0.001, false},
        {"beta1", "β₁ (Adam, AdamW)", 0.0, 0.999, 0.001, false},
        {"beta2", "β₂ (Adam, AdamW)", 0.0, 0.9999, 0.0001, false},
        {"wd", "weight decay λ (AdamW)", 0.0, 1.0, 0.001, false},
        {"steps", "number of steps", 1.0, (double) OptimizerConfig.MAX_STEPS, 1.0, false},
    };

    private PlaygroundHtml() {
    }

    /** The view's markup. */
    public static String skeleton() {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1 id=\"optimizer-heading\" class=\"view-title\" tabindex=\"-1\">Optimizer playground</h1>"
                + "<p class=\"view-lead\">Trajectories of SGD, momentum, Nesterov, Adam and AdamW on a 2-D loss surface,"
                + " computed by GradLab's optimizers with backprop gradients. <kbd>\u2192</kbd>/<kbd>\u2190</kbd> step;"
                + " the table shows every optimizer's state at the current step.</p>"
                + "<div class=\"opt-layout\"><form id=\"optimizer-controls\" class=\"panel opt-controls\" novalidate>");
        sb.append("<fieldset><legend>Presets</legend><div class=\"presets\">");
        for (String[] p : OptimizerConfig.PRESETS) {
            sb.append("<button type=\"button\" data-action=\"preset\" data-part=\"").append(p[0]).append("\" id=\"opt-preset-")
                    .append(p[0]).append("\">").append(Html.escape(p[1])).append("</button>");
        }
        sb.append("</div></fieldset>");
        sb.append("<fieldset><legend>Surface</legend><label for=\"opt-surface\">function</label>"
                + "<select id=\"opt-surface\" name=\"surface\"><option value=\"quadratic\">quadratic ½(x² + κy²)</option>"
                + "<option value=\"rosenbrock\">Rosenbrock (1 − x)² + 100(y − x²)²</option>"
                + "<option value=\"quarter\">x²/4 (seed 003)</option></select>");
        sb.append(slider("kappa", "condition number κ", 1, 100, 1, false));
        sb.append("<div class=\"num-grid\">").append(field("x0", "start x₀")).append(field("y0", "start y₀"))
                .append("</div></fieldset>");
        sb.append("<fieldset><legend>Optimizers</legend>");
        for (String key : OptimizerConfig.OPTIMIZERS) {
            sb.append("<div class=\"check\"><input type=\"checkbox\" id=\"opt-use-").append(key).append("\" name=\"use-")
                    .append(key).append("\"><label for=\"opt-use-").append(key).append("\"><svg width=\"34\" height=\"14\""
                            + " aria-hidden=\"true\"><path d=\"M1 7H33\" stroke=\"").append(PlotSvg.colour(key))
                    .append("\" stroke-width=\"2.5\" stroke-dasharray=\"").append(PlotSvg.dash(key)).append("\"/>")
                    .append(PlotSvg.marker(key, 17, 7, 4.5, "")).append("</svg> ").append(Playground.label(key))
                    .append(note(key)).append("</label></div>");
        }
        sb.append("</fieldset><fieldset><legend>Hyperparameters</legend>");
        for (Object[] s : SLIDERS) {
            sb.append(slider((String) s[0], (String) s[1], (Double) s[2], (Double) s[3], (Double) s[4], (Boolean) s[5]));
        }
        sb.append("</fieldset></form><div class=\"opt-main\">");
        sb.append("<div id=\"opt-stepper\" class=\"stepper opt-bar\" data-t=\"0\" data-playing=\"false\"><div class=\"step-buttons\">"
                + "<button id=\"opt-reset\" type=\"button\" aria-keyshortcuts=\"Home\">Reset</button>"
                + "<button id=\"opt-back\" type=\"button\" aria-keyshortcuts=\"ArrowLeft\"><span aria-hidden=\"true\">\u2190</span> Back</button>"
                + "<button id=\"opt-step\" type=\"button\" class=\"primary\" aria-keyshortcuts=\"ArrowRight\">Step"
                + " <span aria-hidden=\"true\">\u2192</span></button>"
                + "<button id=\"opt-play\" type=\"button\" aria-pressed=\"false\">Play</button></div>"
                + "<p id=\"opt-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p></div>");
        sb.append("<figure class=\"panel plot-panel\"><div class=\"plot-scroll\"><svg id=\"opt-plot\" role=\"img\""
                + " aria-labelledby=\"opt-plot-caption\" xmlns=\"http://www.w3.org/2000/svg\"></svg></div>"
                + "<figcaption id=\"opt-plot-caption\"></figcaption></figure>");
        sb.append("<section class=\"panel opt-state-panel\" aria-labelledby=\"opt-state-heading\"><h2 id=\"opt-state-heading\">"
                + "State at the current step</h2><div class=\"table-scroll\"><table id=\"opt-state\"><thead><tr>"
                + "<th scope=\"col\">optimizer</th><th scope=\"col\">x</th><th scope=\"col\">y</th><th scope=\"col\">f(\u03b8)</th>"
                + "<th scope=\"col\">\u2207f(\u03b8)</th><th scope=\"col\">state after the step</th><th scope=\"col\">\u0394\u03b8</th>"
                + "</tr></thead><tbody id=\"opt-state-body\"></tbody></table></div>"
                + "<p class=\"help\">Momentum and Nesterov use the buffer form v \u2190 \u03b2v + g, \u03b8 \u2190 \u03b8 \u2212 \u03b7v"
                + " (PyTorch's); Adam's m, v are the running averages of g and g\u00b2, m\u0302, v\u0302 their bias-corrected"
                + " values; AdamW also shrinks \u03b8 by the factor 1 \u2212 \u03b7\u03bb per step.</p></section></div></div>");
        return sb.toString();
    }

    private static String note(String key) {
        switch (key) {
            case "momentum":
                return " <span class=\"muted\">(heavy ball)</span>";
            case "adamw":
                return " <span class=\"muted\">(decoupled decay)</span>";
            default:
                return "";
        }
    }

    private static String field(String name, String label) {
        return "<label for=\"opt-" + name + "\">" + Html.escape(label) + "</label><input type=\"number\" id=\"opt-" + name
                + "\" name=\"" + name + "\" step=\"any\" inputmode=\"decimal\">";
    }

    /** A labelled slider (name "NAME~log" or "NAME~lin") with its number field (name "NAME"). */
    static String slider(String name, String label, double min, double max, double step, boolean log) {
        String id = "opt-" + name;
        return "<div class=\"slider\" id=\"" + id + "-box\"><label for=\"" + id + "\" id=\"" + id + "-label\">" + Html.escape(label)
                + (log ? " <span class=\"muted\">(log scale)</span>" : "") + "</label><input type=\"range\" id=\"" + id
                + "-range\" name=\"" + name + (log ? "~log" : "~lin") + "\" min=\"" + OptimizerConfig.num(min) + "\" max=\""
                + OptimizerConfig.num(max) + "\" step=\"" + OptimizerConfig.num(step) + "\" aria-labelledby=\"" + id
                + "-label\"><input type=\"number\" id=\"" + id + "\" name=\"" + name + "\" step=\"any\" min=\""
                + (log ? "0" : OptimizerConfig.num(min)) + "\" inputmode=\"decimal\"></div>";
    }

    /** The rows of {@code #opt-state-body} for the step on display. */
    public static String stateRows(Playground p) {
        StringBuilder sb = new StringBuilder();
        for (Playground.Run r : p.runs()) {
            Trajectory.Point pt = r.at(p.t());
            Map<String, Tensor> named = pt.named();
            double x = pt.params().get(0);
            double y = pt.params().get(1);
            sb.append("<tr data-opt=\"").append(r.key).append("\" data-t=\"").append(pt.t()).append("\"><th scope=\"row\">")
                    .append("<svg width=\"16\" height=\"14\" aria-hidden=\"true\">").append(PlotSvg.marker(r.key, 8, 7, 4.5, ""))
                    .append("</svg> ").append(Html.escape(r.label)).append(r.trajectory.diverged() && p.t() >= r.trajectory.steps()
                            ? " <span class=\"bad\">diverged</span>" : "").append("</th>");
            cell(sb, "x", x);
            cell(sb, "y", y);
            cell(sb, "loss", pt.loss());
            sb.append("<td class=\"grad\">").append(vec(pt.grad())).append("</td><td class=\"buffers\">");
            boolean any = false;
            for (Map.Entry<String, Tensor> e : named.entrySet()) {
                String k = e.getKey();
                if (k.equals("v") || k.equals("m") || k.equals("m_hat") || k.equals("v_hat") || k.equals("u")) {
                    sb.append(any ? "<br>" : "").append("<span class=\"key\">").append(symbol(k)).append("</span> = ")
                            .append(vec(e.getValue()));
                    any = true;
                }
            }
            if (!any) {
                sb.append(pt.step() == null ? "<span class=\"muted\">(start)</span>" : "<span class=\"muted\">none (SGD keeps no state)</span>");
            }
            sb.append("</td><td class=\"delta\">").append(pt.step() == null ? "" : vec(pt.step().delta())).append("</td></tr>");
        }
        return sb.toString();
    }

    private static void cell(StringBuilder sb, String cls, double v) {
        sb.append("<td class=\"").append(cls).append("\" data-v=\"").append(v).append("\">").append(num(v)).append("</td>");
    }

    private static String symbol(String key) {
        switch (key) {
            case "m_hat":
                return "m\u0302";
            case "v_hat":
                return "v\u0302";
            default:
                return key;
        }
    }

    /** 4 significant digits with a real minus sign. */
    public static String num(double v) {
        return Num.format(v, 4).replace('-', '\u2212');
    }

    /** (a, b) for a vector. */
    static String vec(Tensor t) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < t.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(num(t.get(i)));
        }
        return sb.append(')').toString();
    }
}
