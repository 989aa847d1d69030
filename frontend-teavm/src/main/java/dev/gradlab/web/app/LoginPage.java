package dev.gradlab.web.app;

import dev.gradlab.web.dom.Browser;
import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.view.Account;
import dev.gradlab.web.view.Html;

/**
 * The login form ({@code #/login}: {@code #login-form}, {@code #login-username},
 * {@code #login-password}, {@code #login-error}); after a login the page goes back to where the
 * student came from. The top navigation shows who is logged in and a Log out button
 * ({@code #nav-login}, {@code #account-name}, {@code #logout}; {@code #nav-instructor} for
 * instructors only).
 */
final class LoginPage {
    private final Session session;
    private String returnTo = "#/";

    LoginPage(Session session) {
        this.session = session;
    }

    void bind() {
        Page.onSubmit("login-form", this::submit);
        Dom.onClick("logout", this::logout);
    }

    /** Shows the form; {@code from} is the hash of the page the student came from (null if none). */
    void show(String from, boolean focus) {
        Page.setTitle("Log in \u2014 GradLab");
        if (from != null && !from.startsWith("#/login")) {
            returnTo = from;
        }
        Account a = session.account();
        Page.show("login-form", !a.loggedIn());
        Dom.setHtml("login-state", a.loggedIn() ? "<p>You are logged in as <strong>" + Html.escape(a.username)
                + "</strong> (" + Html.escape(a.role) + "). <a href=\"#/\">Go to the exercises</a></p>" : "");
        if (focus) {
            Page.focus(a.loggedIn() ? "login-heading" : "login-username");
        }
    }

    private void submit() {
        String user = Dom.value("login-username");
        String password = Dom.value("login-password");
        if (user == null || user.trim().isEmpty() || password == null || password.isEmpty()) {
            error(user == null || user.trim().isEmpty() ? "Enter your username." : "Enter your password.");
            Page.focus(user == null || user.trim().isEmpty() ? "login-username" : "login-password");
            return;
        }
        Page.setDisabled("login-submit", true);
        Page.show("login-error", false);
        session.login(user.trim(), password, (status, message) -> {
            Page.setDisabled("login-submit", false);
            if (status != 200) {
                error(status == 401 ? "Wrong username or password." : "Could not log in: " + message + ".");
                Dom.setValue("login-password", "");
                Page.focus("login-password");
                return;
            }
            Dom.setValue("login-password", "");
            Browser.go(returnTo);
        });
    }

    private void error(String text) {
        Dom.setText("login-error", text);
        Page.show("login-error", true);
    }

    private void logout() {
        Page.setDisabled("logout", true);
        session.logout((status, body) -> {
            Page.setDisabled("logout", false);
            if (status != 204 && status != 200) {
                Dom.setText("account-name", "Could not log out (" + (status == 0 ? "offline" : "HTTP " + status) + ")");
            }
        });
    }

    /** The navigation for {@code a}. */
    static void nav(Account a) {
        Page.show("nav-login-item", !a.loggedIn());
        Page.show("nav-user-item", a.loggedIn());
        Page.show("nav-instructor-item", a.isInstructor());
        Dom.setText("account-name", a.loggedIn() ? a.username + (a.isInstructor() ? " (instructor)" : "") : "");
    }
}
