package dev.gradlab.web.app;

import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.GraphDom;
import dev.gradlab.web.view.Layout;
import dev.gradlab.web.view.Viewport;

/** The backprop stepper's graph window ({@code #graph-window}): its size and applying a {@link Viewport}. */
final class GraphWindow {
    private GraphWindow() {
    }

    /** Writes the viewport's transform into {@code #graph-pan} and its zoom into {@code #zoom-level}. */
    static void apply(Viewport viewport) {
        Dom.setAttr("graph-pan", "transform", viewport.transform());
        Dom.setText("zoom-level", viewport.percent());
        Dom.setAttr("graph", "data-scale", Double.toString(viewport.scale()));
    }

    /** The window's width in px (800 while it is hidden). */
    static double width() {
        double w = GraphDom.width("graph-window");
        return w > 0 ? w : 800;
    }

    /** The window's height: the drawing's, between 120 px and 70 % of the screen (at least 240 px). */
    static double height(Layout layout) {
        double max = Math.max(240, Math.round(GraphDom.windowHeight() * 0.7));
        return layout == null ? max : Math.max(120, Math.min(max, Math.ceil(layout.height())));
    }
}
