package dev.gradlab.web.view;

import dev.gradlab.core.json.JsonWriter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a student has done on one exercise page: the answer typed for each part, whether a check is
 * on its way, the last verdicts, and the hints revealed so far. A hint is revealed when a check
 * finds a part incorrect and the server sends the next one; {@code hintsShown} in the next request
 * says how many the student has seen, so each incorrect check reveals one more until there are
 * none left. Plain Java; the page only renders it.
 */
public final class ExerciseSession {
    /** Where the page is: nothing checked yet, a check on its way, or verdicts shown. */
    public enum Phase { EDITING, CHECKING, CHECKED }

    private final ExerciseDoc doc;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private final Map<String, List<String>> hints = new LinkedHashMap<>();
    private Phase phase = Phase.EDITING;
    private CheckResultView result;

    public ExerciseSession(ExerciseDoc doc) {
        this.doc = doc;
        for (ExerciseDoc.Part p : doc.parts) {
            answers.put(p.id, p.starter == null ? "" : p.starter);
            hints.put(p.id, new ArrayList<>());
        }
    }

    public ExerciseDoc doc() {
        return doc;
    }

    public Phase phase() {
        return phase;
    }

    /** Records what is in part {@code partId}'s field now; unknown parts are ignored. */
    public void answer(String partId, String text) {
        if (answers.containsKey(partId)) {
            answers.put(partId, text == null ? "" : text);
        }
    }

    public String answer(String partId) {
        String a = answers.get(partId);
        return a == null ? "" : a;
    }

    /** The hints revealed for a part, in order. */
    public List<String> hints(String partId) {
        List<String> h = hints.get(partId);
        return h == null ? Collections.<String>emptyList() : Collections.unmodifiableList(h);
    }

    /** The verdicts of the last check, or null. */
    public CheckResultView result() {
        return result;
    }

    /**
     * Starts a check: the body of {@code POST /api/exercises/{id}/check}
     * ({@code {"variant", "answers", "hintsShown"}}), or null when one is already on its way.
     */
    public String beginCheck() {
        return beginCheck(null);
    }

    /**
     * As {@link #beginCheck()}, with {@code "clientAttemptId"} when not null: the server records a
     * repeated request with the same id once.
     */
    public String beginCheck(String clientAttemptId) {
        if (phase == Phase.CHECKING) {
            return null;
        }
        phase = Phase.CHECKING;
        JsonWriter w = new JsonWriter().beginObject().name("variant").value(doc.variant);
        w.name("answers").beginObject();
        for (Map.Entry<String, String> a : answers.entrySet()) {
            w.name(a.getKey()).value(a.getValue());
        }
        w.endObject().name("hintsShown").beginObject();
        for (Map.Entry<String, List<String>> h : hints.entrySet()) {
            w.name(h.getKey()).value(h.getValue().size());
        }
        w.endObject();
        if (clientAttemptId != null) {
            w.name("clientAttemptId").value(clientAttemptId);
        }
        return w.endObject().toString();
    }

    /**
     * The check begun with {@link #beginCheck(String)} could not reach the server: it becomes an
     * attempt to send later (the answers and hint counts as they are now), and the student may go on.
     */
    public AttemptQueue.Attempt queue(String clientAttemptId, String username, double now) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> h : hints.entrySet()) {
            shown.put(h.getKey(), h.getValue().size());
        }
        failCheck();
        return new AttemptQueue.Attempt(clientAttemptId, username, doc.id, doc.variant, answers, shown, now);
    }

    /**
     * The server's verdicts arrived: keeps them and reveals, for each incorrect part, the hint sent
     * when the student has not seen all of that part's hints yet.
     */
    public CheckResultView accept(String json) {
        CheckResultView r = CheckResultView.parse(json);
        for (ExerciseDoc.Part p : doc.parts) {
            CheckResultView.PartVerdict v = r.part(p.id);
            List<String> seen = hints.get(p.id);
            if (v != null && v.status.equals("incorrect") && v.hint != null && seen.size() < Math.max(p.hintCount, 1)
                    && !seen.contains(v.hint)) {
                seen.add(v.hint);
            }
        }
        result = r;
        phase = Phase.CHECKED;
        return r;
    }

    /** The check failed (network or server error): the student may try again. */
    public void failCheck() {
        phase = result == null ? Phase.EDITING : Phase.CHECKED;
    }
}
