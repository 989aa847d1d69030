package dev.gradlab.web.app;

import dev.gradlab.core.check.AnswerPreview;
import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.Net;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.view.CheckHtml;
import dev.gradlab.web.view.CheckResultView;
import dev.gradlab.web.view.ExerciseDoc;
import dev.gradlab.web.view.ExerciseHtml;
import dev.gradlab.web.view.ExerciseSession;
import dev.gradlab.web.view.Html;
import dev.gradlab.web.view.JsonData;
import dev.gradlab.web.view.ProgramRun;

/**
 * One exercise ({@code #exercise}): fetched from {@code GET /api/exercises/{id}}, rendered by
 * {@link ExerciseHtml}; every keystroke in an expression field is read in the browser
 * ({@link AnswerPreview}, no request); Check and Submit send all answers to
 * {@code POST /api/exercises/{id}/check}; Run executes a program part in the browser
 * ({@link ProgramRun}). The state lives in {@link ExerciseSession}.
 */
final class ExercisePage {
    private static final String ROOT = "exercise";

    private String id;
    private ExerciseSession session;
    /** Incremented per load, so a late answer for an exercise left behind is dropped. */
    private int generation;

    /** Binds the delegated events of {@code #exercise} once. */
    void bind() {
        Dom.onFieldInput(ROOT, this::changed);
        Page.onAction(ROOT, (action, part) -> {
            if (action.equals("run")) {
                run(part);
            } else if (action.equals("submit")) {
                check();
            }
        });
        Page.onSubmit(ROOT, this::check);
    }

    void open(String exerciseId, boolean focus) {
        if (exerciseId.equals(id) && session != null) {
            Page.setTitle(session.doc().title + " \u2014 GradLab");
            if (focus) {
                Page.focus("exercise-title");
            }
            return;
        }
        id = exerciseId;
        session = null;
        int gen = ++generation;
        Page.setTitle("Loading \u2014 GradLab");
        Dom.setHtml(ROOT, "<p class=\"muted\" role=\"status\">Loading the exercise\u2026</p>");
        Net.get("api/exercises/" + exerciseId, (status, body) -> {
            if (gen != generation) {
                return;
            }
            if (status != 200) {
                String message = status == 404 ? "There is no exercise called \u201c" + exerciseId + "\u201d."
                        : "Could not load the exercise: " + (status == 0 ? body : message(status, body));
                Dom.setHtml(ROOT, "<h1 id=\"exercise-title\" tabindex=\"-1\">Exercise not available</h1><p class=\"error\">"
                        + Html.escape(message) + "</p><p><a href=\"#/\">Back to the exercises</a></p>");
                Page.setTitle("Exercise not available \u2014 GradLab");
                id = null;
                return;
            }
            try {
                render(ExerciseDoc.parse(body), focus);
            } catch (IllegalArgumentException e) {
                Dom.setHtml(ROOT, "<p class=\"error\">" + Html.escape(e.getMessage()) + "</p>");
                id = null;
            }
        });
    }

    private void render(ExerciseDoc doc, boolean focus) {
        session = new ExerciseSession(doc);
        Dom.setHtml(ROOT, ExerciseHtml.page(doc));
        Page.setTitle(doc.title + " \u2014 GradLab");
        Page.renderMath(ROOT);
        for (ExerciseDoc.Part p : doc.parts) {
            if (p.kind.equals("program")) {
                String part = p.id;
                Page.editor(ExerciseHtml.id("answer", part), this::changed, () -> run(part));
            }
        }
        if (focus) {
            Page.focus("exercise-title");
        }
        Page.mark("gradlab:exercise-ready");
    }

    /** A field changed: keep the text, mark an old verdict as stale, and preview how it is read. */
    private void changed(String partId, String text) {
        if (session == null) {
            return;
        }
        ExerciseDoc.Part p = session.doc().part(partId);
        if (p == null) {
            return;
        }
        session.answer(partId, text);
        Dom.setAttr(ExerciseHtml.id("verdict", partId), "data-stale", session.result() == null ? null : "true");
        if (AnswerPreview.previewed(p.kind)) {
            AnswerPreview pv = AnswerPreview.of(p.kind, text, p.variables);
            String previewId = ExerciseHtml.id("preview", partId);
            Dom.setHtml(previewId, ExerciseHtml.preview(pv));
            Page.renderMath(previewId);
            Dom.setAttr(ExerciseHtml.id("answer", partId), "aria-invalid", pv.error == null ? null : "true");
        }
    }

    /** Copies every field into the session (values the browser restored without an input event too). */
    private void collect() {
        for (ExerciseDoc.Part p : session.doc().parts) {
            String fieldId = ExerciseHtml.id("answer", p.id);
            String v = p.kind.equals("choice") ? Page.checkedValue(fieldId)
                    : p.kind.equals("program") ? Page.code(fieldId) : Dom.value(fieldId);
            if (v != null) {
                session.answer(p.id, v);
            }
        }
    }

    private void check() {
        if (session == null) {
            return;
        }
        collect();
        String body = session.beginCheck();
        if (body == null) {
            return;
        }
        ExerciseSession s = session;
        Page.setDisabled("check", true);
        Dom.setAttr("check-status", "data-correct", null);
        Dom.setText("check-status", "Checking\u2026");
        Net.post("api/exercises/" + s.doc().id + "/check", body, (status, text) -> {
            if (s != session) {
                return;
            }
            Page.setDisabled("check", false);
            if (status != 200) {
                s.failCheck();
                Dom.setText("check-status", "The check did not go through: "
                        + (status == 0 ? "the server cannot be reached." : message(status, text)));
                return;
            }
            CheckResultView r;
            try {
                r = s.accept(text);
            } catch (IllegalArgumentException e) {
                s.failCheck();
                Dom.setText("check-status", e.getMessage());
                return;
            }
            show(r);
        });
    }

    private void show(CheckResultView r) {
        for (ExerciseDoc.Part p : session.doc().parts) {
            CheckResultView.PartVerdict v = r.part(p.id);
            String verdictId = ExerciseHtml.id("verdict", p.id);
            Dom.setHtml(verdictId, CheckHtml.verdict(p, v, session.answer(p.id)));
            Dom.setAttr(verdictId, "data-stale", null);
            Dom.setAttr(ExerciseHtml.id("part", p.id), "data-status", v == null ? null : v.status);
            Dom.setHtml(ExerciseHtml.id("hints", p.id), CheckHtml.hints(session.hints(p.id), p.hintCount));
        }
        Dom.setText("check-status", CheckHtml.summary(r));
        Dom.setAttr("check-status", "data-correct", r.correct ? "true" : "false");
        Page.renderMath(ROOT);
    }

    private void run(String partId) {
        if (session == null) {
            return;
        }
        ExerciseDoc.Part p = session.doc().part(partId);
        if (p == null) {
            return;
        }
        String fieldId = ExerciseHtml.id("answer", partId);
        String text = Page.code(fieldId);
        if (text != null) {
            session.answer(partId, text);
        }
        ProgramRun.Outcome out = ProgramRun.run(session.answer(partId), p.tests);
        Page.clearLineMarks(fieldId);
        if (!out.ok && out.line > 0) {
            Page.markLine(fieldId, out.line);
        }
        String outputId = ExerciseHtml.id("output", partId);
        Dom.setHtml(outputId, out.html);
        Dom.setAttr(outputId, "data-ok", out.ok ? "true" : "false");
    }

    private static String message(int status, String body) {
        String m = JsonData.errorMessage(body);
        return m == null ? "HTTP " + status : m;
    }
}
