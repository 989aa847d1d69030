package dev.gradlab.web.app;

import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.Forms;
import dev.gradlab.web.dom.Net;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.view.AnalyticsHtml;
import dev.gradlab.web.view.ExerciseList;
import dev.gradlab.web.view.GradebookHtml;
import dev.gradlab.web.view.Html;
import dev.gradlab.web.view.JsonData;
import dev.gradlab.web.view.Query;
import dev.gradlab.web.view.StudentWorkHtml;

import java.util.List;

/**
 * The instructor's page ({@code #/instructor}): the gradebook ({@code GET /api/gradebook.csv}) as a
 * table with a download link, the mistakes of one exercise ({@code GET /api/analytics/{id}}) as
 * bar charts, and a CSV upload that creates student accounts ({@code POST /api/users},
 * {@code text/csv}). A student's name in the gradebook shows their recorded work
 * ({@code GET /api/submissions?user=NAME}). Students and visitors get a notice instead.
 */
final class InstructorPage {
    /** The newest checks of one student listed. */
    private static final int MAX_SHOWN = 200;

    private final Session session;
    private boolean exercisesLoaded;

    InstructorPage(Session session) {
        this.session = session;
    }

    void bind() {
        Forms.onChange("analytics-exercise", this::analytics);
        Dom.onClick("gradebook-refresh", this::gradebook);
        Page.onAction("gradebook", (action, user) -> {
            if (action.equals("student")) {
                student(user);
            }
        });
        Forms.onChange("users-file", () -> Forms.readFile("users-file", text -> Dom.setValue("users-csv", text)));
        Page.onSubmit("users-form", this::upload);
    }

    void show(boolean focus) {
        Page.setTitle("Instructor \u2014 GradLab");
        boolean instructor = session.account().isInstructor();
        Page.show("instructor-content", instructor);
        Page.show("instructor-notice", !instructor);
        if (!instructor) {
            Dom.setHtml("instructor-notice", session.account().loggedIn()
                    ? "This page is for instructors; you are logged in as a student."
                    : "This page is for instructors. <a href=\"#/login\">Log in</a> first.");
        } else {
            gradebook();
            exercises();
        }
        if (focus) {
            Page.focus("instructor-heading");
        }
    }

    private void gradebook() {
        Dom.setAttr("gradebook", "aria-busy", "true");
        Net.getText("api/gradebook.csv", (status, body) -> {
            Dom.setAttr("gradebook", "aria-busy", null);
            if (status != 200) {
                Dom.setHtml("gradebook", "<p class=\"error\">Could not load the gradebook: " + Html.escape(message(status, body)) + "</p>");
                return;
            }
            try {
                Dom.setHtml("gradebook", GradebookHtml.table(body));
            } catch (IllegalArgumentException e) {
                Dom.setHtml("gradebook", "<p class=\"error\">" + Html.escape(e.getMessage()) + "</p>");
            }
        });
    }

    /** One student's recorded work ({@code GET /api/submissions?user=NAME}) under the gradebook. */
    private void student(String user) {
        Page.show("student-block", true);
        Dom.setText("student-heading", "Work of " + user);
        Dom.setAttr("student-work", "aria-busy", "true");
        Dom.setHtml("student-work", "<p class=\"muted\">Loading\u2026</p>");
        Page.focus("student-heading");
        Net.get("api/submissions?user=" + Query.encode(user) + "&limit=" + MAX_SHOWN, (status, body) -> {
            Dom.setAttr("student-work", "aria-busy", null);
            if (status != 200) {
                Dom.setHtml("student-work", "<p class=\"error\">Could not load the work of " + Html.escape(user) + ": "
                        + Html.escape(message(status, body)) + "</p>");
                return;
            }
            try {
                Dom.setHtml("student-work", StudentWorkHtml.html(user, body));
            } catch (IllegalArgumentException e) {
                Dom.setHtml("student-work", "<p class=\"error\">" + Html.escape(e.getMessage()) + "</p>");
            }
        });
    }

    private void exercises() {
        if (exercisesLoaded) {
            analytics();
            return;
        }
        Net.get("api/exercises", (status, body) -> {
            if (status != 200) {
                Dom.setHtml("analytics", "<p class=\"error\">Could not load the exercises: " + Html.escape(message(status, body)) + "</p>");
                return;
            }
            List<String> ids = ExerciseList.ids(body);
            StringBuilder sb = new StringBuilder();
            for (String id : ids) {
                sb.append("<option value=\"").append(Html.escape(id)).append("\">").append(Html.escape(id)).append("</option>");
            }
            Dom.setHtml("analytics-exercise", sb.toString());
            exercisesLoaded = true;
            analytics();
        });
    }

    private void analytics() {
        String id = Dom.value("analytics-exercise");
        if (id == null || id.isEmpty()) {
            Dom.setHtml("analytics", "<p class=\"muted\">No exercises.</p>");
            return;
        }
        Dom.setAttr("analytics", "aria-busy", "true");
        Net.get("api/analytics/" + id, (status, body) -> {
            if (!id.equals(Dom.value("analytics-exercise"))) {
                return; // another exercise was chosen meanwhile
            }
            Dom.setAttr("analytics", "aria-busy", null);
            if (status != 200) {
                Dom.setHtml("analytics", "<p class=\"error\">Could not load the analytics: " + Html.escape(message(status, body)) + "</p>");
                return;
            }
            try {
                Dom.setHtml("analytics", AnalyticsHtml.html(body));
            } catch (IllegalArgumentException e) {
                Dom.setHtml("analytics", "<p class=\"error\">" + Html.escape(e.getMessage()) + "</p>");
            }
        });
    }

    private void upload() {
        String csv = Dom.value("users-csv");
        if (csv == null || csv.trim().isEmpty()) {
            Dom.setHtml("users-result", "<p class=\"error\">Choose a CSV file or paste its lines (header"
                    + " <code>username,password[,role]</code>).</p>");
            return;
        }
        Page.setDisabled("users-submit", true);
        Dom.setHtml("users-result", "<p class=\"muted\">Creating the accounts\u2026</p>");
        session.send("POST", "api/users", csv, "text/csv; charset=utf-8", (status, body) -> {
            Page.setDisabled("users-submit", false);
            if (status != 200) {
                Dom.setHtml("users-result", "<p class=\"error\">The accounts were not created: "
                        + Html.escape(message(status, body)) + "</p>");
                return;
            }
            try {
                Dom.setHtml("users-result", AnalyticsHtml.uploadReport(body));
            } catch (IllegalArgumentException e) {
                Dom.setHtml("users-result", "<p class=\"error\">" + Html.escape(e.getMessage()) + "</p>");
                return;
            }
            gradebook();
        });
    }

    private static String message(int status, String body) {
        if (status == 0) {
            return "the server cannot be reached";
        }
        String m = JsonData.errorMessage(body);
        return m == null ? "HTTP " + status : m;
    }
}
