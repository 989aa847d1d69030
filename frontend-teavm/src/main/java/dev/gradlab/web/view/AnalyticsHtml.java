package dev.gradlab.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Mistake analytics of one exercise ({@code GET /api/analytics/{id}}: how many students made each
 * recognised mistake, per part) as one SVG bar chart per part: a bar per mistake, most common
 * first, its length the share of the students who attempted the exercise, labelled with the count
 * in words ("3 of 5 students"). Each chart is an {@code <svg role="img">} with a text alternative.
 */
public final class AnalyticsHtml {
    static final int WIDTH = 560;
    static final int LABEL = 190;
    static final int BAR_HEIGHT = 22;
    static final int GAP = 8;

    private AnalyticsHtml() {
    }

    /** One mistake's count. */
    static final class Bar {
        final String mistake;
        final int students;

        Bar(String mistake, int students) {
            this.mistake = mistake;
            this.students = students;
        }
    }

    /** The whole section for the answer of {@code GET /api/analytics/{id}}. */
    public static String html(String json) {
        Map<String, Object> m = JsonData.object(JsonData.parse(json));
        String exercise = JsonData.string(m, "exerciseId", "");
        int students = JsonData.integer(m, "students", 0);
        Map<String, Object> parts = JsonData.object(m, "parts");
        StringBuilder sb = new StringBuilder("<p class=\"analytics-summary\">");
        sb.append(students).append(students == 1 ? " student has" : " students have").append(" attempted <code>")
                .append(Html.escape(exercise)).append("</code>.</p>");
        if (students == 0 || parts.isEmpty()) {
            return sb.append("<p class=\"muted\">No recorded attempts yet.</p>").toString();
        }
        for (Map.Entry<String, Object> part : parts.entrySet()) {
            List<Bar> bars = bars(JsonData.object(JsonData.object(part.getValue()), "mistakes"));
            String key = ExerciseHtml.partKey(part.getKey());
            sb.append("<section class=\"analytics-part\" data-part=\"").append(Html.escape(part.getKey()))
                    .append("\"><h3 id=\"analytics-title-").append(key).append("\">Part <code>")
                    .append(Html.escape(part.getKey())).append("</code></h3>");
            if (bars.isEmpty()) {
                sb.append("<p class=\"muted\">No recognised mistakes.</p>");
            } else {
                sb.append(chart(key, bars, students));
            }
            sb.append("</section>");
        }
        return sb.toString();
    }

    static List<Bar> bars(Map<String, Object> mistakes) {
        List<Bar> out = new ArrayList<>();
        for (String id : mistakes.keySet()) {
            out.add(new Bar(id, JsonData.integer(mistakes, id, 0)));
        }
        out.sort((a, b) -> a.students != b.students ? Integer.compare(b.students, a.students) : a.mistake.compareTo(b.mistake));
        return out;
    }

    /** The SVG of one part: one {@code <g class="bar" data-mistake data-students>} per mistake. */
    static String chart(String key, List<Bar> bars, int students) {
        int height = bars.size() * (BAR_HEIGHT + GAP) + GAP;
        int span = WIDTH - LABEL - 120;
        StringBuilder alt = new StringBuilder();
        for (Bar b : bars) {
            alt.append(alt.length() > 0 ? "; " : "").append(b.mistake.replace('-', ' ')).append(": ").append(b.students)
                    .append(" of ").append(students);
        }
        StringBuilder sb = new StringBuilder("<svg class=\"bar-chart\" id=\"analytics-chart-").append(key)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"analytics-title-").append(key).append(" analytics-desc-").append(key)
                .append("\"><desc id=\"analytics-desc-").append(key).append("\">Students who made each mistake: ")
                .append(Html.escape(alt.toString())).append(".</desc>");
        int y = GAP;
        for (Bar b : bars) {
            double share = students == 0 ? 0 : Math.min(1.0, b.students / (double) students);
            int w = (int) Math.round(share * span);
            sb.append("<g class=\"bar\" data-mistake=\"").append(Html.escape(b.mistake)).append("\" data-students=\"")
                    .append(b.students).append("\"><title>").append(Html.escape(b.mistake)).append(": ").append(b.students)
                    .append(" of ").append(students).append(" students</title>");
            sb.append("<text class=\"bar-label\" x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR_HEIGHT / 2 + 5)
                    .append("\" text-anchor=\"end\">").append(Html.escape(b.mistake.replace('-', ' '))).append("</text>");
            sb.append("<rect class=\"bar-track\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(span).append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"3\"/>");
            sb.append("<rect class=\"bar-fill\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(Math.max(w, b.students > 0 ? 2 : 0)).append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"3\"/>");
            sb.append("<text class=\"bar-value\" x=\"").append(LABEL + span + 8).append("\" y=\"").append(y + BAR_HEIGHT / 2 + 5)
                    .append("\">").append(b.students).append(" of ").append(students).append("</text></g>");
            y += BAR_HEIGHT + GAP;
        }
        return sb.append("</svg>").toString();
    }

    /**
     * The answer of a CSV upload ({@code {"created": [{"line", "username", "role"}], "errors":
     * [{"line", "field"?, "message"}]}}) as a short report.
     */
    public static String uploadReport(String json) {
        Map<String, Object> m = JsonData.object(JsonData.parse(json));
        List<Object> created = JsonData.array(m, "created");
        List<Object> errors = JsonData.array(m, "errors");
        StringBuilder sb = new StringBuilder("<p class=\"upload-summary\" data-created=\"").append(created.size())
                .append("\" data-errors=\"").append(errors.size()).append("\">Created ").append(created.size())
                .append(created.size() == 1 ? " account" : " accounts");
        if (!errors.isEmpty()) {
            sb.append("; ").append(errors.size()).append(errors.size() == 1 ? " line was" : " lines were")
                    .append(" not accepted");
        }
        sb.append(".</p>");
        if (!created.isEmpty()) {
            sb.append("<ul class=\"created\">");
            for (Object o : created) {
                Map<String, Object> c = JsonData.object(o);
                sb.append("<li><strong>").append(Html.escape(JsonData.string(c, "username", ""))).append("</strong> (")
                        .append(Html.escape(JsonData.string(c, "role", "student"))).append(")</li>");
            }
            sb.append("</ul>");
        }
        if (!errors.isEmpty()) {
            sb.append("<ul class=\"upload-errors\">");
            for (Object o : errors) {
                Map<String, Object> e = JsonData.object(o);
                String field = JsonData.string(e, "field", null);
                sb.append("<li>Line ").append(JsonData.integer(e, "line", 0));
                if (field != null) {
                    sb.append(", ").append(Html.escape(field));
                }
                sb.append(": ").append(Html.escape(JsonData.string(e, "message", ""))).append("</li>");
            }
            sb.append("</ul>");
        }
        return sb.toString();
    }
}
