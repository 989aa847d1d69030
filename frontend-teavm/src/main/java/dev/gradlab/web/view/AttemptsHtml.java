package dev.gradlab.web.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's recorded attempts on one exercise ({@code GET /api/submissions?exercise=ID}, newest
 * first), as the exercise page lists them under the Check button: when, score, the answers, and
 * a button ({@code data-action="restore"}, {@code data-part} the row's index) that puts an
 * attempt's answers back into the fields.
 */
public final class AttemptsHtml {
    /** Answers longer than this are cut in the table (the button restores them whole). */
    static final int SHOWN_CHARS = 48;

    /** One recorded attempt. Immutable. */
    public static final class Attempt {
        public final String submittedAt;
        public final double score;
        public final boolean correct;
        /** Part id → answer text, as it was sent. */
        public final Map<String, String> answers;

        Attempt(String submittedAt, double score, boolean correct, Map<String, String> answers) {
            this.submittedAt = submittedAt;
            this.score = score;
            this.correct = correct;
            this.answers = Collections.unmodifiableMap(answers);
        }
    }

    private AttemptsHtml() {
    }

    /** Parses {@code {"submissions": [...]}}. @throws IllegalArgumentException for malformed JSON */
    public static List<Attempt> parse(String json) {
        List<Attempt> out = new ArrayList<>();
        for (Object o : JsonData.array(JsonData.object(JsonData.parse(json)), "submissions")) {
            Map<String, Object> s = JsonData.object(o);
            Map<String, String> answers = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : JsonData.object(s, "answers").entrySet()) {
                if (e.getValue() instanceof String) {
                    answers.put(e.getKey(), (String) e.getValue());
                }
            }
            out.add(new Attempt(JsonData.string(s, "submittedAt", ""), JsonData.number(s, "score", 0),
                    JsonData.bool(s, "correct"), answers));
        }
        return out;
    }

    /** The section; "" when there are no attempts. */
    public static String html(List<Attempt> attempts, ExerciseDoc doc) {
        if (attempts.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<details class=\"attempts\" id=\"attempts\"><summary>Your attempts ("
                + attempts.size() + ")</summary><table class=\"data-table\"><thead><tr><th scope=\"col\">#</th>"
                + "<th scope=\"col\">When</th><th scope=\"col\">Score</th><th scope=\"col\">Answers</th>"
                + "<th scope=\"col\"><span class=\"visually-hidden\">Use</span></th></tr></thead><tbody>");
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            int number = attempts.size() - i;
            sb.append("<tr data-attempt=\"").append(i).append("\" data-correct=\"").append(a.correct)
                    .append("\"><td>").append(number).append("</td><td>").append(Html.escape(JobView.when(a.submittedAt)))
                    .append("</td><td>").append(a.correct ? "\u2713 " : "").append(Math.round(a.score * 100))
                    .append(" %</td><td><ul class=\"attempt-answers\">");
            for (ExerciseDoc.Part p : doc.parts) {
                String text = a.answers.get(p.id);
                if (text != null) {
                    sb.append("<li><span class=\"part-name\">").append(Html.escape(p.id)).append("</span> <code>")
                            .append(Html.escape(shown(text, p.kind))).append("</code></li>");
                }
            }
            sb.append("</ul></td><td><button type=\"button\" data-action=\"restore\" data-part=\"").append(i)
                    .append("\">Use these answers<span class=\"visually-hidden\"> (attempt ").append(number)
                    .append(")</span></button></td></tr>");
        }
        return sb.append("</tbody></table></details>").toString();
    }

    /** An answer as the table shows it: a program as its line count, long text cut with "…". */
    static String shown(String text, String kind) {
        if (kind.equals("program")) {
            int lines = text.split("\n", -1).length - (text.endsWith("\n") ? 1 : 0);
            return "program, " + lines + (lines == 1 ? " line" : " lines");
        }
        String one = text.replace('\n', ' ').trim();
        return one.length() <= SHOWN_CHARS ? one : one.substring(0, SHOWN_CHARS - 1) + "\u2026";
    }
}
