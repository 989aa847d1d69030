package dev.gradlab.web.app;

import dev.gradlab.web.dom.Browser;
import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.dom.Viz;
import dev.gradlab.web.view.OptimizerConfig;
import dev.gradlab.web.view.PlaygroundHtml;
import dev.gradlab.web.view.Playground;
import dev.gradlab.web.view.PlotSvg;
import dev.gradlab.web.view.Query;

/**
 * The optimizer playground ({@code #/optimizer?…}): wires the controls, the Step/Back/Reset/Play
 * buttons, the keys and the play timer to a {@link Playground}. A change of settings recomputes the
 * runs; a step only redraws the paths, the markers and the state table.
 */
final class OptimizerPage {
    private static final String ROOT = "view-optimizer";
    /** Milliseconds per step while playing. */
    private static final int FRAME_MS = 120;

    private Playground playground;
    private boolean active;
    private int timer = -1;
    /** The surface the contour frame was drawn for ("" = none yet). */
    private String framed = "";
    /** The slider whose latest value waits to be applied, and that value; null when none waits. */
    private String pendingSlider;
    private String pendingValue;
    /** How many changes of settings were applied (data-configured on #opt-stepper). */
    private int configured;

    void start(String query) {
        Dom.setHtml(ROOT, PlaygroundHtml.skeleton());
        playground = new Playground(OptimizerConfig.fromQuery(Query.parse(query)));
        Viz.onControl("optimizer-controls", this::control);
        Page.onAction("optimizer-controls", (action, id) -> {
            if (action.equals("preset")) {
                OptimizerConfig p = OptimizerConfig.preset(id);
                if (p != null) {
                    stop();
                    playground.configure(p);
                    playground.jump(0);
                    sync();
                    render(true);
                }
            }
        });
        Dom.onClick("opt-step", () -> {
            stop();
            if (playground.step()) {
                render(false);
            }
        });
        Dom.onClick("opt-back", () -> {
            stop();
            if (playground.back()) {
                render(false);
            }
        });
        Dom.onClick("opt-reset", () -> {
            stop();
            playground.jump(0);
            render(false);
        });
        Dom.onClick("opt-play", this::togglePlay);
        Viz.onPageKeys(this::key);
        sync();
        render(true);
    }

    void setActive(boolean shown) {
        active = shown;
        if (!shown) {
            stop();
        }
    }

    /** Applies a route query; no-op if it describes the current settings or is empty (the nav link). */
    void open(String query) {
        if (query.isEmpty()) { // the nav link: keep the settings, show them in the address
            Viz.replaceHash("#/optimizer?" + playground.config().toQuery());
            return;
        }
        OptimizerConfig next = OptimizerConfig.fromQuery(Query.parse(query));
        if (!next.equals(playground.config())) {
            stop();
            playground.configure(next);
            playground.jump(0);
            sync();
            render(true);
        }
    }

    /**
     * A control changed. A slider being dragged sends many input events, and a change recomputes
     * every run (about 200 ms on Rosenbrock in the JavaScript build): only its latest value is
     * applied, once the events already waiting have been handled, so the page keeps up.
     */
    private void control(String name, String value) {
        if (!name.endsWith("~log") && !name.endsWith("~lin")) {
            apply(name, value);
            return;
        }
        if (pendingSlider != null && !pendingSlider.equals(name)) {
            apply(pendingSlider, pendingValue); // another slider moved in between: keep its value too
        }
        boolean scheduled = pendingSlider != null;
        pendingSlider = name;
        pendingValue = value;
        if (!scheduled) {
            Browser.later(() -> {
                String n = pendingSlider;
                pendingSlider = null;
                if (n != null) {
                    apply(n, pendingValue);
                }
            }, 0);
        }
    }

    private void apply(String name, String value) {
        OptimizerConfig c = playground.config();
        OptimizerConfig next;
        if (name.startsWith("use-")) {
            next = c.withOptimizer(name.substring(4), value.equals("1"));
        } else if (name.endsWith("~log") || name.endsWith("~lin")) {
            double v;
            try {
                v = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return;
            }
            String key = name.substring(0, name.length() - 4);
            double x = name.endsWith("~log") ? Double.parseDouble(dev.gradlab.core.text.Num.format(Math.pow(10, v), 3)) : v;
            next = c.with(key, OptimizerConfig.num(x));
        } else {
            if (value.trim().isEmpty() || (!name.equals("surface") && !isNumber(value))) {
                return; // mid-edit
            }
            next = c.with(name, value.trim());
        }
        if (!next.equals(c)) {
            playground.configure(next);
            Dom.setAttr("opt-stepper", "data-configured", Integer.toString(++configured));
            sync();
            render(!next.surface.equals(c.surface) || next.kappa != c.kappa);
        }
    }

    private static boolean isNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s.trim()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Puts the settings into the controls (a number field being typed in keeps its text when equal). */
    private void sync() {
        OptimizerConfig c = playground.config();
        Dom.setValue("opt-surface", c.surface);
        Page.show("opt-kappa-box", c.surface.equals("quadratic"));
        Page.setDisabled("opt-kappa", !c.surface.equals("quadratic"));
        Page.setDisabled("opt-kappa-range", !c.surface.equals("quadratic"));
        number("kappa", c.kappa, false);
        number("x0", c.x0, false);
        number("y0", c.y0, false);
        number("lr", c.lr, true);
        number("lr_adam", c.lrAdam, true);
        number("beta", c.beta, false);
        number("beta1", c.beta1, false);
        number("beta2", c.beta2, false);
        number("wd", c.weightDecay, false);
        number("steps", c.steps, false);
        for (String key : OptimizerConfig.OPTIMIZERS) {
            Viz.setChecked("opt-use-" + key, c.enabled.contains(key));
        }
        Viz.replaceHash("#/optimizer?" + c.toQuery());
    }

    private static void number(String name, double v, boolean log) {
        String id = "opt-" + name;
        String now = Dom.value(id);
        boolean same = false;
        try {
            same = now != null && Double.parseDouble(now.trim()) == v;
        } catch (NumberFormatException ignored) {
            // replace it
        }
        if (!same) {
            Dom.setValue(id, OptimizerConfig.num(v));
        }
        String text = OptimizerConfig.num(v);
        Dom.setValue(id + "-range", log ? Double.toString(v > 0 ? Math.log10(v) : -4) : text);
        Dom.setAttr(id + "-range", "aria-valuetext", text);
    }

    private void render(boolean frame) {
        String surface = playground.surface().key + playground.surface().label;
        if (frame || !surface.equals(framed)) {
            Dom.setAttr("opt-plot", "viewBox", PlotSvg.viewBox(playground.surface()));
            Dom.setHtml("opt-plot", PlotSvg.frame(playground.surface()));
            Dom.setText("opt-plot-caption", "Contours of " + playground.surface().label
                    + "; + marks the minimum, the ring the start.");
            framed = surface;
        }
        Dom.setHtml("opt-paths", PlotSvg.paths(playground));
        Dom.setHtml("opt-state-body", PlaygroundHtml.stateRows(playground));
        Dom.setText("opt-status", playground.status());
        Dom.setAttr("opt-stepper", "data-t", Integer.toString(playground.t()));
        Dom.setAttr("opt-stepper", "data-playing", Boolean.toString(playground.playing()));
        Dom.setText("opt-play", playground.playing() ? "Pause" : "Play");
        Dom.setAttr("opt-play", "aria-pressed", Boolean.toString(playground.playing()));
        int t = playground.t();
        int n = playground.config().steps;
        Dom.setAttr("opt-step", "data-limit", t >= n ? "true" : null);
        Dom.setAttr("opt-back", "data-limit", t <= 0 ? "true" : null);
    }

    private void togglePlay() {
        if (playground.playing()) {
            stop();
            render(false);
            return;
        }
        playground.play();
        render(false);
        timer = Viz.every(FRAME_MS, () -> {
            boolean more = playground.tick();
            render(false);
            if (!more) {
                stop();
            }
        });
    }

    private void stop() {
        playground.pause();
        if (timer >= 0) {
            Viz.cancel(timer);
            timer = -1;
            Dom.setText("opt-play", "Play");
            Dom.setAttr("opt-play", "aria-pressed", "false");
            Dom.setAttr("opt-stepper", "data-playing", "false");
        }
    }

    private boolean key(String key) {
        if (!active) {
            return false;
        }
        switch (key) {
            case "ArrowRight":
                stop();
                if (playground.step()) {
                    render(false);
                }
                return true;
            case "ArrowLeft":
                stop();
                if (playground.back()) {
                    render(false);
                }
                return true;
            case "Home":
                stop();
                playground.jump(0);
                render(false);
                return true;
            case "End":
                stop();
                playground.jump(playground.config().steps);
                render(false);
                return true;
            default:
                return false;
        }
    }
}
