package dev.gradlab.web.app;

import dev.gradlab.web.dom.Page;
import dev.gradlab.web.view.Route;

/**
 * The pages around the exercises, for the router: {@code #/login} ({@code #view-login}),
 * {@code #/instructor} ({@code #view-instructor}) and {@code #/jobs} ({@code #view-jobs}). Each is
 * shown for its route and hidden for every other; a change of user shows the current one again.
 */
final class AccountPages {
    private final Session session;
    private final LoginPage login;
    private final InstructorPage instructor;
    private final JobsPage jobs;
    private Route current;

    AccountPages(Session session) {
        this.session = session;
        this.login = new LoginPage(session);
        this.instructor = new InstructorPage(session);
        this.jobs = new JobsPage(session);
    }

    void bind() {
        login.bind();
        instructor.bind();
        jobs.bind();
        LoginPage.nav(session.account());
    }

    /**
     * Shows the view of {@code r} when it is one of these pages (true), hides them all otherwise
     * (false). {@code from} is the hash of the page shown before, for the login's way back.
     */
    boolean show(Route r, boolean navigated, String from) {
        current = r;
        Page.show("view-login", r.kind == Route.Kind.LOGIN);
        Page.show("view-instructor", r.kind == Route.Kind.INSTRUCTOR);
        Page.show("view-jobs", r.kind == Route.Kind.JOBS);
        switch (r.kind) {
            case LOGIN:
                login.show(from, navigated);
                return true;
            case INSTRUCTOR:
                instructor.show(navigated);
                return true;
            case JOBS:
                jobs.show(navigated);
                return true;
            default:
                return false;
        }
    }

    /** The user changed (or the session was confirmed): the navigation and the page on screen follow. */
    void userChanged(boolean changed) {
        LoginPage.nav(session.account());
        if (changed && current != null) {
            switch (current.kind) {
                case LOGIN:
                    login.show(null, false);
                    break;
                case INSTRUCTOR:
                    instructor.show(false);
                    break;
                case JOBS:
                    jobs.show(false);
                    break;
                default:
                    break;
            }
        }
    }
}
