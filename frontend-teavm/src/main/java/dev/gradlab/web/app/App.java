package dev.gradlab.web.app;

import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.dom.Browser;
import dev.gradlab.web.view.Route;

/**
 * The hash router: shows one of the views of index.html ({@code #view-list},
 * {@code #view-exercise}, {@code #view-stepper}, {@code #view-attention}, {@code #view-optimizer},
 * and the login, instructor and jobs views of {@link AccountPages}) for the route in the location
 * hash, marks the current top-navigation link, sets the title and, after a navigation, moves the
 * focus to the new view's heading. The steppers and the playground are built the first time they
 * are shown; a changed query on the same page is handed to it. Who is logged in comes from
 * {@code GET /api/me} at start ({@link Session}), and {@link Connectivity} watches whether the
 * server can be reached.
 */
final class App {
    private final Session session = new Session();
    private final Connectivity connectivity = new Connectivity(session);
    private final ListPage list = new ListPage(session, connectivity);
    private final ExercisePage exercise = new ExercisePage(session, connectivity);
    private final AccountPages account = new AccountPages(session);
    private StepperPage stepper;
    private final VizRoutes viz = new VizRoutes();
    private Route current;

    void start() {
        Browser.ensureAnonymousId(Browser.randomId());
        exercise.bind();
        account.bind();
        session.listen((a, changed) -> {
            account.userChanged(changed);
            if (changed) {
                exercise.userChanged(); // Session has emptied the cached exercises
            }
            list.refreshProgress();
        });
        connectivity.start();
        Page.onHashChange(this::route);
        route();
        if (connectivity.online()) {
            session.renew((status, body) -> {
                if (status == 0) {
                    connectivity.unreachable();
                } else {
                    connectivity.sync();
                }
            });
        }
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
        String from = current == null ? null : current.hash();
        current = r;
        boolean listLike = r.kind == Route.Kind.LIST || r.kind == Route.Kind.NOT_FOUND;
        Page.show("view-list", listLike);
        Page.show("view-exercise", r.kind == Route.Kind.EXERCISE);
        Page.show("view-stepper", r.kind == Route.Kind.STEPPER);
        Page.markNav("nav-" + r.section());
        exercise.setVisible(r.kind == Route.Kind.EXERCISE);
        boolean vizShown = viz.show(r, navigated); // each hides its own views when not shown
        boolean accountShown = account.show(r, navigated, from);
        if (vizShown || accountShown) {
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
