package dev.gradlab.web.app;

import dev.gradlab.web.dom.Clock;
import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.dom.Viz;
import dev.gradlab.web.view.AttentionConfig;
import dev.gradlab.web.view.AttentionHtml;
import dev.gradlab.web.view.AttentionLab;
import dev.gradlab.web.view.HeatmapHtml;
import dev.gradlab.web.view.MatrixText;
import dev.gradlab.web.view.Query;
import dev.gradlab.web.view.StageView;
import dev.gradlab.web.view.Viridis;

import java.util.HashMap;
import java.util.Map;

/**
 * The attention stepper ({@code #/attention?n=…}): wires the controls, the stage cards and the
 * keys to an {@link AttentionLab}. Every change recomputes all stages and redraws them; the time
 * it took (compute and DOM) is kept in {@code #att-stepper[data-ms]}.
 */
final class AttentionPage {
    private static final String ROOT = "view-attention";

    private AttentionLab lab;
    private boolean active;
    /** Cursor (row, column) per heatmap id, and the heatmap whose cursor is shown. */
    private final Map<String, int[]> cursors = new HashMap<>();
    private String shownCursor;
    /** The {@link AttentionLab#inputsVersion} the editors show. */
    private int shownInputs = -1;
    /** Milliseconds of the last recompute (shared-core), for {@code data-ms-compute}. */
    private double computeMs;

    /** Renders the view and binds its events (once). */
    void start(String query) {
        Dom.setHtml(ROOT, AttentionHtml.skeleton());
        Viz.palette(Viridis.table());
        double start = Clock.now();
        lab = new AttentionLab(AttentionConfig.fromQuery(Query.parse(query)));
        computeMs = Clock.now() - start;
        Viz.onControl("attention-controls", this::control);
        Dom.onClick("att-reseed", () -> configure(lab.config().withSeed(lab.config().seed + 1)));
        Dom.onClick("att-forward", () -> step(lab.current() + 1));
        Dom.onClick("att-back", () -> step(lab.current() - 1));
        Page.onAction("att-stages", (action, part) -> {
            if (action.equals("stage")) {
                step(Integer.parseInt(part));
            }
        });
        Viz.onCells("att-stages", this::cell);
        Viz.onCellKeys("att-stages", this::cellKey);
        Viz.onPageKeys(this::pageKey);
        syncControls();
        render();
    }

    void setActive(boolean shown) {
        active = shown;
    }

    /**
     * Applies a route query (a link from an exercise, or an edited address); no-op if it is the
     * current one. An empty query (the nav link) keeps the current settings.
     */
    void open(String query) {
        if (query.isEmpty()) { // the nav link: keep the settings, show them in the address
            Viz.replaceHash("#/attention?" + lab.config().toQuery());
            return;
        }
        AttentionConfig next = AttentionConfig.fromQuery(Query.parse(query));
        if (!next.equals(lab.config())) {
            configure(next);
        }
    }

    private void control(String name, String value) {
        AttentionConfig c = lab.config();
        try {
            switch (name) {
                case "mode":
                    configure(c.withMode(modeOf(value)));
                    return;
                case "causal":
                    configure(c.withCausal(value.equals("1")));
                    return;
                case "windowOn":
                    configure(c.withWindow(value.equals("1") ? Math.max(0, intOf("att-window", 1)) : -1));
                    return;
                case "window":
                    if (c.window >= 0) {
                        configure(c.withWindow(Math.max(0, Integer.parseInt(value.trim()))));
                    }
                    return;
                case "n":
                    configure(c.withN(Integer.parseInt(value.trim())));
                    return;
                case "d":
                    configure(c.withD(Integer.parseInt(value.trim())));
                    return;
                case "heads":
                    configure(c.withHeads(Integer.parseInt(value.trim())));
                    return;
                case "groups":
                    configure(c.withGroups(Integer.parseInt(value.trim())));
                    return;
                case "m":
                    configure(c.withFeatures(Integer.parseInt(value.trim())));
                    return;
                case "seed":
                    configure(c.withSeed(Long.parseLong(value.trim())));
                    return;
                default:
                    if (name.startsWith("in")) {
                        typed(Integer.parseInt(name.substring(2)), value);
                    }
            }
        } catch (NumberFormatException midEdit) {
            // an empty or partial number: wait for the next keystroke
        }
    }

    private static AttentionConfig.Mode modeOf(String key) {
        for (AttentionConfig.Mode m : AttentionConfig.Mode.values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return AttentionConfig.Mode.SOFTMAX;
    }

    private static int intOf(String id, int fallback) {
        try {
            return Integer.parseInt(Dom.value(id).trim());
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private void configure(AttentionConfig next) {
        double start = Clock.now();
        lab.configure(next);
        computeMs = Clock.now() - start;
        syncControls();
        render();
    }

    private void typed(int which, String text) {
        try {
            lab.setInput(which, text);
            shownInputs = lab.inputsVersion(); // the editor holds what was typed
            Dom.setAttr("att-in-" + which, "aria-invalid", null);
            Page.show("att-in-error", false);
            render();
        } catch (MatrixText.MatrixError e) {
            Dom.setAttr("att-in-" + which, "aria-invalid", "true");
            Dom.setText("att-in-error", e.getMessage());
            Page.show("att-in-error", true);
        }
    }

    /** Puts the configuration into the controls (not into the field being typed in: same value). */
    private void syncControls() {
        AttentionConfig c = lab.config();
        for (AttentionConfig.Mode m : AttentionConfig.Mode.values()) {
            Viz.setChecked("att-mode-" + m.key, c.mode == m);
        }
        setNumber("att-n", c.n);
        setNumber("att-d", c.d);
        setNumber("att-heads", c.heads);
        setNumber("att-groups", c.groups);
        Dom.setAttr("att-groups", "max", Integer.toString(c.heads));
        Viz.setChecked("att-causal", c.causal);
        Viz.setChecked("att-window-on", c.window >= 0);
        if (c.window >= 0) {
            setNumber("att-window", c.window);
        } else if (Dom.value("att-window") == null || Dom.value("att-window").isEmpty()) {
            Dom.setValue("att-window", "1");
        }
        Page.setDisabled("att-window", c.window < 0);
        setNumber("att-m", c.features);
        Dom.setValue("att-seed", Long.toString(c.seed));
        boolean softmax = c.mode == AttentionConfig.Mode.SOFTMAX;
        Page.setDisabled("att-heads", !softmax);
        Page.setDisabled("att-groups", !softmax);
        Page.setDisabled("att-mask-box", c.mode == AttentionConfig.Mode.SEPARABLE); // softmax and random features
        Page.setDisabled("att-performer-box", c.mode != AttentionConfig.Mode.PERFORMER);
        boolean refill = shownInputs != lab.inputsVersion();
        shownInputs = lab.inputsVersion();
        for (int i = 0; i < AttentionLab.INPUTS.length; i++) {
            Page.show("att-in-box-" + i, lab.inputUsed(i));
            Dom.setText("att-in-label-" + i, AttentionHtml.inputLabel(lab, i));
            if (refill) {
                Dom.setValue("att-in-" + i, lab.inputText(i));
                Dom.setAttr("att-in-" + i, "aria-invalid", null);
                Page.show("att-in-error", false);
            }
        }
        Viz.replaceHash("#/attention?" + c.toQuery());
    }

    private static void setNumber(String id, int v) {
        String now = Dom.value(id);
        try {
            if (now != null && Integer.parseInt(now.trim()) == v) {
                return; // keep the caret of the field being typed in
            }
        } catch (NumberFormatException ignored) {
            // replace it
        }
        Dom.setValue(id, Integer.toString(v));
    }

    /** Recomputed state → the stage cards, the stepper bar and the performer panel. */
    private void render() {
        double start = Clock.now();
        cursors.clear();
        shownCursor = null;
        String error = lab.error();
        Dom.setText("att-error", error == null ? "" : error);
        Page.show("att-error", error != null);
        StringBuilder sb = new StringBuilder();
        int total = lab.stages().size();
        for (int i = 0; i < total; i++) {
            sb.append(HeatmapHtml.card(i, total, lab.stage(i), state(i)));
        }
        Dom.setHtml("att-stages", sb.toString());
        double html = Clock.now();
        for (int i = 0; i < total; i++) {
            StageView s = lab.stage(i);
            for (int m = 0; m < s.matrices.size(); m++) {
                StageView.Matrix mat = s.matrices.get(m);
                if (HeatmapHtml.painted(mat)) {
                    Viz.paint(HeatmapHtml.id(i, m) + "-img", mat.rows, mat.cols, HeatmapHtml.codes(mat, mat.lo(), mat.hi()));
                }
            }
        }
        double painted = Clock.now();
        boolean performer = lab.config().mode == AttentionConfig.Mode.PERFORMER && error == null;
        Page.show("att-performer", performer);
        Dom.setHtml("att-perf-body", performer ? AttentionHtml.performer(lab) : "");
        Dom.setText("att-perf-heading", lab.mask() == null ? "Random features against exact softmax attention"
                : "Random features against exact softmax attention with the same mask");
        renderBar();
        Dom.setAttr("att-stepper", "data-ms", Double.toString(Clock.now() - start));
        Dom.setAttr("att-stepper", "data-ms-compute", Double.toString(computeMs));
        Dom.setAttr("att-stepper", "data-ms-html", Double.toString(html - start));
        Dom.setAttr("att-stepper", "data-ms-paint", Double.toString(painted - html));
    }

    private String state(int i) {
        return i < lab.current() ? "done" : i == lab.current() ? "current" : "ahead";
    }

    private void renderBar() {
        int total = lab.stages().size();
        Dom.setText("att-status", lab.status());
        Dom.setAttr("att-stepper", "data-index", Integer.toString(lab.current()));
        Dom.setAttr("att-stepper", "data-total", Integer.toString(total));
        Dom.setAttr("att-stepper", "data-stage", total == 0 ? "" : lab.stage(lab.current()).name);
        Dom.setAttr("att-back", "data-limit", lab.current() <= 0 ? "true" : null);
        Dom.setAttr("att-forward", "data-limit", lab.current() >= total - 1 ? "true" : null);
    }

    private void step(int to) {
        if (lab.jump(to)) {
            for (int i = 0; i < lab.stages().size(); i++) {
                Dom.setAttr("stage-" + i, "data-state", state(i));
            }
            renderBar();
            Viz.scrollIntoView("stage-" + lab.current());
        }
    }

    private boolean pageKey(String key) {
        if (!active || lab.stages().isEmpty()) {
            return false;
        }
        switch (key) {
            case "ArrowRight":
                step(lab.current() + 1);
                return true;
            case "ArrowLeft":
                step(lab.current() - 1);
                return true;
            case "Home":
                step(0);
                return true;
            case "End":
                step(lab.stages().size() - 1);
                return true;
            default:
                return false;
        }
    }

    /** (stage, matrix) of a heatmap id "hm-S-M", or null. */
    private StageView.Matrix matrix(String id) {
        int[] sm = indices(id);
        if (sm == null || sm[0] >= lab.stages().size() || sm[1] >= lab.stage(sm[0]).matrices.size()) {
            return null;
        }
        return lab.stage(sm[0]).matrices.get(sm[1]);
    }

    private static int[] indices(String id) {
        String[] p = id.split("-");
        try {
            return p.length == 3 ? new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2])} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void cell(String id, int i, int j) {
        StageView.Matrix m = matrix(id);
        if (m == null) {
            return;
        }
        int[] at = i >= 0 ? new int[] {i, j} : cursors.getOrDefault(id, new int[] {0, 0});
        show(id, at);
    }

    private boolean cellKey(String id, String key) {
        StageView.Matrix m = matrix(id);
        if (m == null) {
            return false;
        }
        int[] at = cursors.getOrDefault(id, new int[] {0, 0});
        int[] next = AttentionHtml.move(at[0], at[1], key, m.rows, m.cols);
        if (next == null) {
            return false;
        }
        show(id, next);
        return true;
    }

    private void show(String id, int[] at) {
        int[] sm = indices(id);
        cursors.put(id, at);
        if (shownCursor != null && !shownCursor.equals(id)) {
            Dom.setAttr(shownCursor + "-cur", "visibility", "hidden");
        }
        shownCursor = id;
        Dom.setAttr(id + "-cur", "x", Integer.toString(at[1]));
        Dom.setAttr(id + "-cur", "y", Integer.toString(at[0]));
        Dom.setAttr(id + "-cur", "visibility", "visible");
        StageView s = lab.stage(sm[0]);
        double v = s.matrices.get(sm[1]).get(at[0], at[1]);
        Viz.setTextAndData("readout-" + sm[0], AttentionHtml.readout(s, sm[1], at[0], at[1]),
                "data-hm=" + id + "\ndata-i=" + at[0] + "\ndata-j=" + at[1] + "\ndata-v=" + v);
    }
}
