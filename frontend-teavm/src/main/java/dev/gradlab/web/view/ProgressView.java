package dev.gradlab.web.view;

import dev.gradlab.core.json.JsonWriter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A student's progress ({@code GET /api/progress}: per exercise the best score, the number of
 * attempts and whether it is solved) and the badges the exercise list shows for it, including
 * checks made offline that are still waiting to be sent. Immutable.
 */
public final class ProgressView {
    /** One exercise's record. */
    public static final class Entry {
        public final double bestScore;
        public final int attempts;
        public final boolean solved;

        Entry(double bestScore, int attempts, boolean solved) {
            this.bestScore = bestScore;
            this.attempts = attempts;
            this.solved = solved;
        }
    }

    private static final ProgressView EMPTY = new ProgressView(Collections.<String, Entry>emptyMap());

    private final Map<String, Entry> entries;

    private ProgressView(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static ProgressView empty() {
        return EMPTY;
    }

    /** {@code {"exercises": {id: {"bestScore", "attempts", "solved"}}}}; a wrong shape reads as empty. */
    public static ProgressView parse(String json) {
        Map<String, Entry> out = new LinkedHashMap<>();
        Map<String, Object> exercises = JsonData.object(JsonData.object(JsonData.parse(json)), "exercises");
        for (Map.Entry<String, Object> e : exercises.entrySet()) {
            Map<String, Object> m = JsonData.object(e.getValue());
            out.put(e.getKey(), new Entry(JsonData.number(m, "bestScore", 0), JsonData.integer(m, "attempts", 0),
                    JsonData.bool(m, "solved")));
        }
        return new ProgressView(Collections.unmodifiableMap(out));
    }

    /** Stored text (what {@link #json} wrote), or empty when absent or unreadable. */
    public static ProgressView fromStorage(String json) {
        if (json == null) {
            return EMPTY;
        }
        try {
            return parse(json);
        } catch (IllegalArgumentException e) {
            return EMPTY;
        }
    }

    /** The exercise's record, or null when never attempted. */
    public Entry get(String exerciseId) {
        return entries.get(exerciseId);
    }

    public int size() {
        return entries.size();
    }

    /** The same JSON shape as the server's, for storage. */
    public String json() {
        JsonWriter w = new JsonWriter().beginObject().name("exercises").beginObject();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            w.name(e.getKey()).beginObject().name("bestScore").value(e.getValue().bestScore)
                    .name("attempts").value(e.getValue().attempts).name("solved").value(e.getValue().solved).endObject();
        }
        return w.endObject().endObject().toString();
    }

    /**
     * The badge of one exercise in the list: solved, attempted (with the best score and the number
     * of attempts), and how many offline checks wait to be sent; "" when there is nothing to say.
     * Each state is in words as well as a symbol.
     */
    public String badge(String exerciseId, int pending) {
        Entry e = entries.get(exerciseId);
        StringBuilder sb = new StringBuilder();
        if (e != null && e.solved) {
            sb.append("<span class=\"badge\" data-state=\"solved\"><span aria-hidden=\"true\">\u2713</span> Solved</span>");
        } else if (e != null && e.attempts > 0) {
            sb.append("<span class=\"badge\" data-state=\"attempted\"><span aria-hidden=\"true\">\u25d0</span> Attempted</span>");
        }
        if (e != null && e.attempts > 0) {
            sb.append(" <span class=\"badge-meta\">best ").append(Math.round(e.bestScore * 100)).append("% \u00b7 ")
                    .append(e.attempts).append(e.attempts == 1 ? " attempt" : " attempts").append("</span>");
        }
        if (pending > 0) {
            sb.append(sb.length() > 0 ? " " : "").append("<span class=\"badge\" data-state=\"pending\">")
                    .append("<span aria-hidden=\"true\">\u2026</span> ").append(pending)
                    .append(pending == 1 ? " check waits" : " checks wait").append(" to be sent</span>");
        }
        return sb.toString();
    }
}
