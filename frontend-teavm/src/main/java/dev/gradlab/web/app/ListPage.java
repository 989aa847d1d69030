package dev.gradlab.web.app;

import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.Net;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.view.ExerciseList;
import dev.gradlab.web.view.Html;
import dev.gradlab.web.view.JsonData;

/** The exercise list ({@code #exercise-list}), fetched once from {@code GET /api/exercises}. */
final class ListPage {
    private boolean requested;

    void show() {
        if (requested) {
            return;
        }
        requested = true;
        Net.get("api/exercises", (status, body) -> {
            if (status == 200) {
                try {
                    Dom.setHtml("exercise-list", ExerciseList.html(body));
                } catch (IllegalArgumentException e) {
                    failed(e.getMessage());
                    return;
                }
                Dom.setAttr("exercise-list", "aria-busy", null);
                Page.mark("gradlab:list-ready");
            } else {
                String message = status == 0 ? "the server cannot be reached (" + body + ")" : JsonData.errorMessage(body);
                failed(message == null ? "HTTP " + status : message);
            }
        });
    }

    private void failed(String message) {
        requested = false;
        Dom.setAttr("exercise-list", "aria-busy", null);
        Dom.setHtml("exercise-list", "<p class=\"error\">Could not load the exercises: " + Html.escape(message)
                + ". Reload the page to try again.</p>");
    }
}
