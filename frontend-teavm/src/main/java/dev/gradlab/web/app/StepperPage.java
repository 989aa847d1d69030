package dev.gradlab.web.app;

import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Traces;
import dev.gradlab.core.tensor.MathException;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.GraphDom;
import dev.gradlab.web.view.FillIn;
import dev.gradlab.web.view.GraphView;
import dev.gradlab.web.view.Html;
import dev.gradlab.web.view.InputValues;
import dev.gradlab.web.view.Layout;
import dev.gradlab.web.view.NodeDetails;
import dev.gradlab.web.view.Query;
import dev.gradlab.web.view.Stepper;
import dev.gradlab.web.view.SvgRenderer;
import dev.gradlab.web.view.Viewport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The backprop stepper page: wires the elements of index.html to the view logic. The element ids
 * are a contract with the e2e tests (see index.html).
 */
final class StepperPage {
    /** The program the page starts with (also in index.html, which wins if it differs). */
    static final String DEFAULT_SOURCE = "f = 0.5*exp(x1 + x2^2) - x3*x4^2";

    private final InputValues values;
    private List<String> names = new ArrayList<>();
    private Stepper stepper;
    private Layout layout;
    private Trace trace;
    /** Zoom and pan of the drawing, or null without a graph. */
    private Viewport viewport;
    /** Fill-in mode's state, or null when stepping freely. */
    private FillIn fill;
    /** Whether fill-in mode is chosen (#fill-mode, or fill=1 in the address). */
    private boolean fillMode;
    /** The node whose details are shown, or -1. */
    private int selected = -1;
    /** The field marked aria-invalid by the last error, or null. */
    private String invalidField;
    /** Whether the stepper view is shown: the arrow keys step only then. */
    private boolean active;
    /** The route query last loaded by {@link #load}. */
    private String loadedQuery;

    StepperPage() {
        Map<String, String> defaults = new HashMap<>();
        defaults.put("x1", "-1");
        defaults.put("x2", "2");
        defaults.put("x3", "4");
        defaults.put("x4", "-3");
        values = new InputValues(defaults);
    }

    /** Binds the events, fills the inputs for the program in the editor and builds its graph. */
    void start() {
        String source = Dom.value("source");
        if (source == null || source.trim().isEmpty()) {
            Dom.setValue("source", DEFAULT_SOURCE);
        }
        Dom.onInput("source", this::sourceChanged);
        Dom.onFieldInput("inputs", values::put);
        Dom.onEnter("inputs", this::build);
        Dom.onClick("build", this::build);
        Dom.onClick("step-forward", () -> step(1));
        Dom.onClick("step-back", () -> step(-1));
        Dom.onStepKeys(this::key);
        Dom.onClick("zoom-in", () -> view("+"));
        Dom.onClick("zoom-out", () -> view("-"));
        Dom.onClick("zoom-fit", () -> view("0"));
        GraphDom.onViewKeys(k -> active && view(k));
        GraphDom.onWheel("graph", (f, x, y) -> {
            if (viewport != null) {
                viewport.zoomAt(f, x, y);
                GraphWindow.apply(viewport);
            }
        });
        GraphDom.onDragAndPick("graph", (dx, dy, unused) -> {
            if (viewport != null) {
                viewport.pan(dx, dy);
                GraphWindow.apply(viewport);
            }
        }, this::pick);
        GraphDom.onNodeArrows("graph", this::reveal);
        GraphDom.onResize(() -> {
            if (viewport != null) {
                viewport.resize(GraphWindow.width(), GraphWindow.height(layout));
                Dom.setAttr("graph", "height", SvgRenderer.num(GraphWindow.height(layout)));
                GraphWindow.apply(viewport);
            }
        });
        Dom.onInput("fill-mode", () -> {
            fillMode = GraphDom.checked("fill-mode");
            build();
        });
        Dom.onClick("fill-check", this::checkEntry);
        Dom.onEnter("fill", this::checkEntry);
        Dom.onClick("fill-reveal", () -> {
            if (fill != null && fill.giveUp() != null) {
                Dom.setValue("fill-answer", "");
                FillPanel.show(fill.log().get(fill.log().size() - 1));
                render();
                revealCurrent();
            }
        });
        sourceChanged();
        build();
    }

    /**
     * Loads a program from a route query, {@code source=…&x1=-1&x2=2} (a link from an exercise):
     * the program, its input values, then Build. Does nothing without {@code source}, or when that
     * program with those values is already loaded.
     */
    void load(String query) {
        Query q = Query.parse(query);
        String source = q.get("source");
        if (source == null || query.equals(loadedQuery)) {
            return;
        }
        loadedQuery = query;
        fillMode = "1".equals(q.get("fill"));
        GraphDom.setChecked("fill-mode", fillMode);
        Dom.setValue("source", source);
        for (Map.Entry<String, String> e : q.asMap().entrySet()) {
            if (!e.getKey().equals("source") && !e.getKey().equals("fill")) {
                values.put(e.getKey(), e.getValue());
            }
        }
        sourceChanged();
        for (String n : names) {
            String v = q.get(n);
            if (v != null) {
                Dom.setValue(Html.fieldId(n), v);
            }
        }
        build();
    }

    /** Regenerates the input fields when the set of free variables changes. */
    private void sourceChanged() {
        List<String> now;
        try {
            now = Traces.freeNames(text("source"));
        } catch (RuntimeException e) {
            return; // mid-edit (a LangException): the fields stay until the program parses again
        }
        if (now.equals(names) && !names.isEmpty()) {
            return;
        }
        names = now;
        Dom.setHtml("inputs", Html.inputFields(names, values.texts(names)));
    }

    private void build() {
        String source = text("source");
        sourceChanged();
        for (String n : names) {
            String typed = Dom.value(Html.fieldId(n));
            if (typed != null) {
                values.put(n, typed);
            }
        }
        try {
            trace = Traces.run(source, values.values(names), null);
            GraphView graph = GraphView.of(trace);
            stepper = new Stepper(graph);
            layout = SvgRenderer.layout(graph);
            fill = fillMode && FillIn.supports(trace) ? new FillIn(trace, stepper) : null;
            selected = -1;
            viewport = new Viewport(GraphWindow.width(), GraphWindow.height(layout), layout.width(), layout.height());
            if (viewport.fitScale() >= 0.6) {
                viewport.fit();
            }
            showError(null, null, null);
        } catch (InputValues.InputError e) {
            fail(e.getMessage(), null, Html.fieldId(e.name()));
            return;
        } catch (LangException e) {
            fail(Html.errorText(e), e.hint(), "source");
            return;
        } catch (ShapeException | MathException e) {
            fail(e.getMessage(), null, "source");
            return;
        } catch (RuntimeException e) {
            fail("could not build the graph: " + e.getMessage(), null, "source");
            return;
        }
        render();
    }

    private void fail(String message, String hint, String culprit) {
        stepper = null;
        layout = null;
        fill = null;
        viewport = null;
        selected = -1;
        showError(message, hint, culprit);
        render();
    }

    private void showError(String message, String hint, String culprit) {
        if (invalidField != null) {
            Dom.setAttr(invalidField, "aria-invalid", null);
            invalidField = null;
        }
        if (message == null) {
            Dom.setHtml("error", "");
            Dom.setAttr("error", "hidden", "");
            return;
        }
        Dom.setHtml("error", Html.errorHtml(message, hint));
        Dom.setAttr("error", "hidden", null);
        if (culprit != null) {
            Dom.setAttr(culprit, "aria-invalid", "true");
            invalidField = culprit;
        }
    }

    /** The view is shown (true) or hidden: the step keys are ignored while it is hidden. */
    void setActive(boolean shown) {
        active = shown;
    }

    private boolean key(String key) {
        if (stepper == null || !active) {
            return false;
        }
        if (fill != null && (key.equals("Home") || key.equals("End"))) {
            return false;
        }
        switch (key) {
            case "ArrowRight":
                step(1);
                return true;
            case "ArrowLeft":
                step(-1);
                return true;
            case "Home":
                stepper.jump(0);
                render();
                return true;
            case "End":
                stepper.jump(stepper.total());
                render();
                revealCurrent();
                return true;
            default:
                return false;
        }
    }

    private void step(int direction) {
        if (stepper == null) {
            return;
        }
        if (fill != null) {
            if (direction > 0) {
                GraphDom.focus("fill-answer");
            } else if (fill.back()) {
                Dom.setHtml("fill-feedback", "");
                render();
                revealCurrent();
            }
            return;
        }
        int before = stepper.current();
        boolean moved = direction > 0 ? stepper.forward() : stepper.back();
        if (moved) {
            keepingFocus(() -> {
                for (String[] change : SvgRenderer.patch(stepper, layout, before)) {
                    Dom.replace(change[0], change[1]);
                }
            });
            renderPanels();
            revealCurrent();
        }
    }

    /** Pans so that the node of the last step is in the window. */
    private void revealCurrent() {
        reveal(stepper == null ? -1 : stepper.current());
    }

    /** Pans so that node {@code id} is in the window. */
    private void reveal(int id) {
        if (id >= 0 && viewport != null && id < stepper.graph().size()) {
            Layout.Box b = layout.box(id);
            if (viewport.reveal(b.x, b.y, b.w, b.h)) {
                GraphWindow.apply(viewport);
            }
        }
    }

    /** The zoom keys and buttons; whether the key was used. */
    private boolean view(String key) {
        if (viewport == null || !viewport.key(key)) {
            return false;
        }
        GraphWindow.apply(viewport);
        return true;
    }

    /** A node was clicked (or Enter pressed on it): its details. */
    private void pick(int id) {
        if (stepper == null || id < 0 || id >= stepper.graph().size()) {
            return;
        }
        if (selected >= 0) {
            GraphDom.toggleClass("#graph g.node[data-id=\"" + selected + "\"]", "selected", false);
        }
        selected = id;
        GraphDom.toggleClass("#graph g.node[data-id=\"" + id + "\"]", "selected", true);
        GraphDom.setTabStop("graph", id, false);
        Dom.setHtml("node-details", NodeDetails.html(stepper, selected, fill));
    }

    private void checkEntry() {
        if (fill == null) {
            return;
        }
        FillIn.Verdict v = fill.check(text("fill-answer"));
        FillPanel.show(v);
        if (v.accepted()) {
            Dom.setValue("fill-answer", "");
            render();
            revealCurrent();
        } else {
            Dom.setAttr("fill-answer", "aria-invalid", "true");
        }
    }

    private void render() {
        if (stepper == null) {
            Dom.setAttr("stepper", "data-phase", "forward");
            Dom.setAttr("stepper", "data-step", "0");
            Dom.setText("status", "Fix the program, then press Build.");
            Dom.setText("progress", "");
            Dom.setHtml("graph", "");
            Dom.setAttr("graph", "viewBox", "0 0 10 10");
            Dom.setAttr("graph", "width", "0");
            Dom.setAttr("graph", "height", "0");
            Dom.setHtml("grads-body", "");
            Dom.setHtml("node-details", NodeDetails.html(null, -1, null));
            atLimit("step-forward", true);
            atLimit("step-back", true);
            FillPanel.render(fillMode, fill, stepper != null);
            return;
        }
        Dom.setAttr("graph", "viewBox", null);
        Dom.setAttr("graph", "width", "100%");
        Dom.setAttr("graph", "height", SvgRenderer.num(GraphWindow.height(layout)));
        keepingFocus(() -> Dom.setHtml("graph", "<g id=\"graph-pan\" transform=\"" + viewport.transform() + "\">"
                + SvgRenderer.render(stepper, layout, fill) + "</g>"));
        GraphWindow.apply(viewport);
        if (selected >= 0) {
            GraphDom.toggleClass("#graph g.node[data-id=\"" + selected + "\"]", "selected", true);
        }
        renderPanels();
        FillPanel.render(fillMode, fill, stepper != null);
    }

    /**
     * Redraws all or part of the graph with {@code redraw}: the keyboard focus, and the one Tab
     * stop among the nodes, stay on their node (the selected one, else the first, after a rebuild).
     */
    private void keepingFocus(Runnable redraw) {
        int focused = GraphDom.focusedNode("graph");
        int stop = GraphDom.tabStop("graph");
        redraw.run();
        GraphDom.setTabStop("graph", focused >= 0 ? focused : stop >= 0 ? stop : selected, focused >= 0);
    }

    /** Everything but the graph drawing: stepper attributes, status, table, buttons. */
    private void renderPanels() {
        Dom.setAttr("stepper", "data-phase", stepper.phase());
        Dom.setAttr("stepper", "data-step", Integer.toString(stepper.step()));
        Dom.setText("status", stepper.status());
        Dom.setText("progress", "step " + stepper.step() + " of " + stepper.total());
        Dom.setHtml("grads-body", Html.gradRows(stepper, names));
        Dom.setText("grad-col", "∂" + stepper.graph().node(stepper.graph().output()).name + "/∂input");
        atLimit("step-forward", !stepper.canForward());
        atLimit("step-back", !stepper.canBack());
        if (selected >= 0) {
            Dom.setHtml("node-details", NodeDetails.html(stepper, selected, fill));
        }
    }

    /**
     * Dims a step button that has nothing to do. It stays enabled and focusable (a click is then
     * a no-op), so keyboard focus is not lost at either end and scripted clicks never block.
     */
    private static void atLimit(String id, boolean limit) {
        Dom.setAttr(id, "data-limit", limit ? "true" : null);
    }

    private static String text(String id) {
        String v = Dom.value(id);
        return v == null ? "" : v;
    }
}
