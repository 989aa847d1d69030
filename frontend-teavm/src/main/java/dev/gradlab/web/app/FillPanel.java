package dev.gradlab.web.app;

import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.view.FillIn;

/**
 * The backprop stepper's fill-in panel ({@code #fill}): the question for the next entry and the
 * verdict on the last one. {@link FillIn} holds the state; this only writes it to the page.
 */
final class FillPanel {
    private FillPanel() {
    }

    /** The verdict on an entry, in {@code #fill-feedback}. */
    static void show(FillIn.Verdict v) {
        Dom.setText("fill-feedback", v.message);
        Dom.setAttr("fill-feedback", "data-status", v.status);
        Dom.setAttr("fill-feedback", "data-node", Integer.toString(v.node));
    }

    /**
     * The panel, shown only in fill-in mode: the question for the next entry, that all is filled
     * in, or why there is nothing to fill in ({@code fill} is null: no graph was built, or a node
     * is not one number).
     */
    static void render(boolean fillMode, FillIn fill, boolean built) {
        Dom.setAttr("fill", "hidden", fillMode ? null : "");
        if (!fillMode) {
            return;
        }
        Dom.setAttr("fill-answer", "aria-invalid", null);
        if (fill == null) {
            Dom.setText("fill-label", built ? "Fill-in mode needs a graph whose every node is one number."
                    : "Build a graph first.");
            Dom.setAttr("fill-answer", "disabled", "");
            return;
        }
        int t = fill.target();
        Dom.setAttr("fill-answer", "disabled", t < 0 ? "" : null);
        Dom.setText("fill-label", t < 0 ? "All filled in." : (fill.targetIsGrad() ? fill.what(t, true)
                : fill.what(t, false).substring("the value of ".length())) + " =");
        Dom.setAttr("fill", "data-target", Integer.toString(t));
        Dom.setAttr("fill", "data-kind", t < 0 ? "done" : fill.targetIsGrad() ? "grad" : "value");
    }
}
