package dev.gradlab.web.app;

import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.view.Route;

/**
 * The hash router: shows one of the views of index.html ({@code #view-list},
 * {@code #view-exercise}, {@code #view-stepper}, {@code #view-attention}, {@code #view-optimizer})
 * for the route in the location hash, marks the current top-navigation link, sets the title and,
 * after a navigation, moves the focus to the new view's heading. The steppers and the playground
 * are built the first time they are shown; a changed query on the same page is handed to it.
 */
final class App {
    private final ListPage list = new ListPage();
    private final ExercisePage exercise = new ExercisePage();
    private StepperPage stepper;
    private final VizRoutes viz = new VizRoutes();
    private Route current;

    void start() {
        exercise.bind();
        Page.onHashChange(this::route);
        route();
    }

    private void route() {
        Route r = Route.parse(Page.hash());
        if (r != null && r.equals(current)) {
            viz.query(r); // the same page with (maybe) new settings in the query
            if (r.kind == Route.Kind.STEPPER && stepper != null) {
                stepper.load(r.query);
            }
            return;
        }
        if (r == null) {
            return; // an in-page anchor (skip link)
        }
        boolean navigated = current != null;
        current = r;
        boolean listLike = r.kind == Route.Kind.LIST || r.kind == Route.Kind.NOT_FOUND;
        Page.show("view-list", listLike);
        Page.show("view-exercise", r.kind == Route.Kind.EXERCISE);
        Page.show("view-stepper", r.kind == Route.Kind.STEPPER);
        Page.markNav("nav-" + r.section());
        if (viz.show(r, navigated)) {
            if (stepper != null) {
                stepper.setActive(false);
            }
            if (navigated) {
                Page.scrollTop();
            }
            return;
        }
        if (stepper != null) {
            stepper.setActive(r.kind == Route.Kind.STEPPER);
        }
        switch (r.kind) {
            case EXERCISE:
                exercise.open(r.id, navigated);
                break;
            case STEPPER:
                Page.setTitle("Backprop stepper \u2014 GradLab");
                if (stepper == null) {
                    stepper = new StepperPage();
                    stepper.start();
                    stepper.setActive(true);
                }
                stepper.load(r.query);
                if (navigated) {
                    Page.focus("stepper-heading");
                }
                break;
            default:
                Page.setTitle("Exercises \u2014 GradLab");
                boolean missing = r.kind == Route.Kind.NOT_FOUND;
                Dom.setText("list-notice", missing ? "There is no page at " + Page.hash() + "; here are the exercises." : "");
                Page.show("list-notice", missing);
                list.show();
                if (navigated) {
                    Page.focus("list-heading");
                }
        }
        if (navigated) {
            Page.scrollTop();
        }
    }
}
