package dev.gradlab.web.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer of {@code POST /api/exercises/{id}/check}, as the page reads it. Immutable. */
public final class CheckResultView {
    /** One entry of a matrix or one test of a program. */
    public static final class Entry {
        public final String status;
        public final String feedback;

        Entry(String status, String feedback) {
            this.status = status;
            this.feedback = feedback;
        }
    }

    /** The verdict of one part. */
    public static final class PartVerdict {
        /** correct, incorrect, invalid or missing. */
        public final String status;
        public final double score;
        public final String feedback;
        /** The id of a recognised mistake, or null. */
        public final String mistake;
        /** The next hint, or null. */
        public final String hint;
        public final List<Entry> entries;

        PartVerdict(Map<String, Object> m) {
            status = JsonData.string(m, "status", "invalid");
            score = JsonData.number(m, "score", 0);
            feedback = JsonData.string(m, "feedback", "");
            mistake = JsonData.string(m, "mistake", null);
            hint = JsonData.string(m, "hint", null);
            List<Entry> es = new ArrayList<>();
            for (Object o : JsonData.array(m, "entries")) {
                Map<String, Object> e = JsonData.object(o);
                es.add(new Entry(JsonData.string(e, "status", ""), JsonData.string(e, "feedback", "")));
            }
            entries = Collections.unmodifiableList(es);
        }
    }

    public final boolean correct;
    public final double score;
    public final boolean recorded;
    private final Map<String, PartVerdict> parts;

    private CheckResultView(Map<String, Object> m) {
        correct = JsonData.bool(m, "correct");
        score = JsonData.number(m, "score", 0);
        recorded = JsonData.bool(m, "recorded");
        Map<String, PartVerdict> ps = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : JsonData.object(m, "parts").entrySet()) {
            ps.put(e.getKey(), new PartVerdict(JsonData.object(e.getValue())));
        }
        parts = Collections.unmodifiableMap(ps);
    }

    public static CheckResultView parse(String json) {
        return new CheckResultView(JsonData.object(JsonData.parse(json)));
    }

    /** The verdict of a part, or null when the answer has none. */
    public PartVerdict part(String id) {
        return parts.get(id);
    }

    /** How many parts have this status. */
    public int count(String status) {
        int n = 0;
        for (PartVerdict v : parts.values()) {
            n += v.status.equals(status) ? 1 : 0;
        }
        return n;
    }

    public int size() {
        return parts.size();
    }
}
