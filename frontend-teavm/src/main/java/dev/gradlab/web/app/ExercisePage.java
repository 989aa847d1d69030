package dev.gradlab.web.app;

import dev.gradlab.core.check.AnswerPreview;
import dev.gradlab.web.dom.Browser;
import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.GraphDom;
import dev.gradlab.web.dom.Net;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.view.AttemptQueue;
import dev.gradlab.web.view.AttemptsHtml;
import dev.gradlab.web.view.CheckHtml;
import dev.gradlab.web.view.CheckResultView;
import dev.gradlab.web.view.ExerciseDoc;
import dev.gradlab.web.view.ExerciseHtml;
import dev.gradlab.web.view.ExerciseSession;
import dev.gradlab.web.view.Html;
import dev.gradlab.web.view.JsonData;
import dev.gradlab.web.view.OfflineHtml;
import dev.gradlab.web.view.ProgramRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One exercise ({@code #exercise}): fetched from {@code GET /api/exercises/{id}}, rendered by
 * {@link ExerciseHtml}; every keystroke in an expression field is read in the browser
 * ({@link AnswerPreview}, no request); Check and Submit send all answers to
 * {@code POST /api/exercises/{id}/check}; Run executes a program part in the browser
 * ({@link ProgramRun}). The state lives in {@link ExerciseSession}. Without a session a check is
 * practice; with one the server uses the student's assigned variant (it picks it when the page
 * asks for no variant) and records the attempt, identified by a fresh client attempt id. When the
 * server cannot be reached, a check is saved ({@link Connectivity}) and graded once it is back.
 */
final class ExercisePage {
    private static final String ROOT = "exercise";
    /** At most this many recorded attempts are listed. */
    private static final int MAX_ATTEMPTS = 20;

    private final Session account;
    private final Connectivity connectivity;
    private boolean visible;

    private String id;
    private ExerciseSession session;
    /** The recorded attempts listed under the Check button, newest first. */
    private List<AttemptsHtml.Attempt> attempts = new ArrayList<>();
    /** Incremented per load, so a late answer for an exercise left behind is dropped. */
    private int generation;

    ExercisePage(Session account, Connectivity connectivity) {
        this.account = account;
        this.connectivity = connectivity;
        connectivity.listen(new Connectivity.Listener() {
            @Override
            public void sent(AttemptQueue.Attempt attempt, String resultJson) {
                graded(attempt, resultJson);
            }

            @Override
            public void changed() {
                // nothing: the banner says it
            }
        });
    }

    /** Whether the exercise view is the one shown. */
    void setVisible(boolean v) {
        visible = v;
    }

    /**
     * Someone else logged in or out: the variant may differ, so the exercise is loaded again
     * (now if it is on screen, else when it is next opened).
     */
    void userChanged() {
        String shown = id;
        id = null;
        session = null;
        if (visible && shown != null) {
            open(shown, false);
        }
    }

    /** Binds the delegated events of {@code #exercise} once. */
    void bind() {
        Dom.onFieldInput(ROOT, this::changed);
        Page.onAction(ROOT, (action, part) -> {
            if (action.equals("run")) {
                run(part);
            } else if (action.equals("submit")) {
                check();
            } else if (action.equals("restore")) {
                restore(part);
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
                        : status == 0 ? OfflineHtml.notKeptMessage()
                        : "Could not load the exercise: " + message(status, body);
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
        attempts = new ArrayList<>();
        loadAttempts();
        Page.mark("gradlab:exercise-ready");
    }

    /** A logged-in student's recorded attempts on this exercise, listed under the Check button. */
    private void loadAttempts() {
        ExerciseSession s = session;
        if (s == null || !account.account().loggedIn() || !connectivity.online()) {
            return;
        }
        Net.get("api/submissions?exercise=" + s.doc().id + "&limit=" + MAX_ATTEMPTS, (status, body) -> {
            if (s != session || status != 200) {
                return;
            }
            try {
                attempts = AttemptsHtml.parse(body);
            } catch (IllegalArgumentException e) {
                return;
            }
            boolean open = Dom.attr("attempts", "open") != null; // a refresh keeps the list open
            Dom.setHtml("attempts-box", AttemptsHtml.html(attempts, s.doc()));
            Dom.setAttr("attempts", "open", open ? "" : null);
        });
    }

    /** Puts the answers of attempt {@code index} (0 = newest) back into the fields. */
    private void restore(String index) {
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return;
        }
        if (session == null || i < 0 || i >= attempts.size()) {
            return;
        }
        for (Map.Entry<String, String> e : attempts.get(i).answers.entrySet()) {
            ExerciseDoc.Part p = session.doc().part(e.getKey());
            if (p == null) {
                continue;
            }
            String fieldId = ExerciseHtml.id("answer", p.id);
            if (p.kind.equals("choice")) {
                GraphDom.setChecked(fieldId + "-" + ExerciseHtml.partKey(e.getValue()), true);
            } else if (p.kind.equals("program")) {
                Page.setCode(fieldId, e.getValue());
            } else {
                Dom.setValue(fieldId, e.getValue());
            }
            changed(p.id, e.getValue());
        }
        Dom.setAttr("check-status", "data-correct", null);
        Dom.setText("check-status", "The answers of attempt " + (attempts.size() - i)
                + " are back in the fields: Check grades them again.");
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
        String clientAttemptId = Browser.randomId();
        String body = session.beginCheck(clientAttemptId);
        if (body == null) {
            return;
        }
        ExerciseSession s = session;
        if (!connectivity.online()) {
            saveForLater(s, clientAttemptId);
            return;
        }
        Page.setDisabled("check", true);
        Dom.setAttr("check-status", "data-correct", null);
        Dom.setText("check-status", "Checking\u2026");
        account.post("api/exercises/" + s.doc().id + "/check", body, (status, text) -> {
            if (s != session) {
                return;
            }
            Page.setDisabled("check", false);
            if (status == 0) {
                connectivity.unreachable();
                saveForLater(s, clientAttemptId);
                return;
            }
            if (status != 200) {
                s.failCheck();
                Dom.setText("check-status", "The check did not go through: " + message(status, text));
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

    /**
     * The server cannot be reached: the check is saved with its client attempt id; program parts
     * are run against their public tests here, every part shows that it waits.
     */
    private void saveForLater(ExerciseSession s, String clientAttemptId) {
        connectivity.enqueue(s.queue(clientAttemptId, account.account().username, Browser.now()));
        for (ExerciseDoc.Part p : s.doc().parts) {
            int ran = -1;
            boolean failed = false;
            if (p.kind.equals("program")) {
                ProgramRun.Outcome out = run(p.id);
                failed = out != null && !out.ok;
                ran = p.tests.size();
            }
            String verdictId = ExerciseHtml.id("verdict", p.id);
            Dom.setHtml(verdictId, OfflineHtml.queuedVerdict(p, ran, failed));
            Dom.setAttr(verdictId, "data-stale", null);
            Dom.setAttr(ExerciseHtml.id("part", p.id), "data-status", "queued");
        }
        Dom.setAttr("check-status", "data-correct", null);
        Dom.setText("check-status", OfflineHtml.queuedSummary(connectivity.pending()));
    }

    /** A saved check was graded now that the server is back: shown if its exercise is on screen. */
    private void graded(AttemptQueue.Attempt attempt, String resultJson) {
        if (session == null || !session.doc().id.equals(attempt.exerciseId) || session.doc().variant != attempt.variant
                || session.phase() == ExerciseSession.Phase.CHECKING) {
            return;
        }
        CheckResultView r;
        try {
            r = session.accept(resultJson);
        } catch (IllegalArgumentException e) {
            return;
        }
        show(r);
        Dom.setText("check-status", "Graded now that the server is back: " + summary(r));
    }

    private String summary(CheckResultView r) {
        return CheckHtml.summary(r) + CheckHtml.recordedNote(r.recorded, account.account().loggedIn());
    }

    private void show(CheckResultView r) {
        if (r.recorded) {
            loadAttempts();
        }
        for (ExerciseDoc.Part p : session.doc().parts) {
            CheckResultView.PartVerdict v = r.part(p.id);
            String verdictId = ExerciseHtml.id("verdict", p.id);
            Dom.setHtml(verdictId, CheckHtml.verdict(p, v, session.answer(p.id)));
            Dom.setAttr(verdictId, "data-stale", null);
            Dom.setAttr(ExerciseHtml.id("part", p.id), "data-status", v == null ? null : v.status);
            Dom.setHtml(ExerciseHtml.id("hints", p.id), CheckHtml.hints(session.hints(p.id), p.hintCount));
        }
        Dom.setText("check-status", summary(r));
        Dom.setAttr("check-status", "data-correct", r.correct ? "true" : "false");
        Page.renderMath(ROOT);
    }

    /** Runs a program part in the browser and shows what it did; null when there is no such part. */
    private ProgramRun.Outcome run(String partId) {
        if (session == null) {
            return null;
        }
        ExerciseDoc.Part p = session.doc().part(partId);
        if (p == null) {
            return null;
        }
        String fieldId = ExerciseHtml.id("answer", partId);
        String text = Page.code(fieldId);
        if (text != null) {
            session.answer(partId, text);
        }
        ProgramRun.Outcome out = ProgramRun.run(partId, session.answer(partId), p.tests);
        Page.clearLineMarks(fieldId);
        if (!out.ok && out.line > 0) {
            Page.markLine(fieldId, out.line);
        }
        String outputId = ExerciseHtml.id("output", partId);
        Dom.setHtml(outputId, out.html);
        Dom.setAttr(outputId, "data-ok", out.ok ? "true" : "false");
        return out;
    }

    private static String message(int status, String body) {
        String m = JsonData.errorMessage(body);
        return m == null ? "HTTP " + status : m;
    }
}
