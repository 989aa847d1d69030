package dev.gradlab.web.app;

import dev.gradlab.web.dom.Page;
import dev.gradlab.web.view.Route;

/**
 * The router's part for the attention stepper ({@code #/attention}) and the optimizer playground
 * ({@code #/optimizer}): shows or hides their views, builds each page the first time, hands it the
 * route's query and tells it whether it is shown (its keys work only then).
 */
final class VizRoutes {
    private AttentionPage attention;
    private OptimizerPage optimizer;

    /** Shows the view of {@code r} if it is one of these pages (returns true), else hides both. */
    boolean show(Route r, boolean navigated) {
        boolean att = r.kind == Route.Kind.ATTENTION;
        boolean opt = r.kind == Route.Kind.OPTIMIZER;
        Page.show("view-attention", att);
        Page.show("view-optimizer", opt);
        if (attention != null) {
            attention.setActive(att);
        }
        if (optimizer != null) {
            optimizer.setActive(opt);
        }
        if (att) {
            Page.setTitle("Attention stepper \u2014 GradLab");
            if (attention == null) {
                attention = new AttentionPage();
                attention.start(r.query);
            } else {
                attention.open(r.query);
            }
            attention.setActive(true);
            if (navigated) {
                Page.focus("attention-heading");
            }
        } else if (opt) {
            Page.setTitle("Optimizer playground \u2014 GradLab");
            if (optimizer == null) {
                optimizer = new OptimizerPage();
                optimizer.start(r.query);
            } else {
                optimizer.open(r.query);
            }
            optimizer.setActive(true);
            if (navigated) {
                Page.focus("optimizer-heading");
            }
        }
        return att || opt;
    }

    /** The hash changed but the page did not: a new query for the page shown. */
    void query(Route r) {
        if (r.kind == Route.Kind.ATTENTION && attention != null) {
            attention.open(r.query);
        } else if (r.kind == Route.Kind.OPTIMIZER && optimizer != null) {
            optimizer.open(r.query);
        }
    }
}
