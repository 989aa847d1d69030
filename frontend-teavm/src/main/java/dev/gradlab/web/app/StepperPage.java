package dev.gradlab.web.app;

import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Traces;
import dev.gradlab.core.tensor.MathException;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.view.GraphView;
import dev.gradlab.web.view.Html;
import dev.gradlab.web.view.InputValues;
import dev.gradlab.web.view.Layout;
import dev.gradlab.web.view.Query;
import dev.gradlab.web.view.Stepper;
import dev.gradlab.web.view.SvgRenderer;

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
        Dom.setValue("source", source);
        for (Map.Entry<String, String> e : q.asMap().entrySet()) {
            if (!e.getKey().equals("source")) {
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
            GraphView graph = GraphView.of(Traces.run(source, values.values(names), null));
            stepper = new Stepper(graph);
            layout = SvgRenderer.layout(graph);
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
                Dom.reveal(".graph-scroll", "#graph g.node.current");
                return true;
            default:
                return false;
        }
    }

    private void step(int direction) {
        if (stepper == null) {
            return;
        }
        int before = stepper.current();
        boolean moved = direction > 0 ? stepper.forward() : stepper.back();
        if (moved) {
            for (String[] change : SvgRenderer.patch(stepper, layout, before)) {
                Dom.replace(change[0], change[1]);
            }
            renderPanels();
            Dom.reveal(".graph-scroll", "#graph g.node.current");
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
            atLimit("step-forward", true);
            atLimit("step-back", true);
            return;
        }
        String w = SvgRenderer.num(layout.width());
        String h = SvgRenderer.num(layout.height());
        Dom.setAttr("graph", "viewBox", "0 0 " + w + " " + h);
        Dom.setAttr("graph", "width", w);
        Dom.setAttr("graph", "height", h);
        Dom.setHtml("graph", SvgRenderer.render(stepper, layout));
        renderPanels();
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
