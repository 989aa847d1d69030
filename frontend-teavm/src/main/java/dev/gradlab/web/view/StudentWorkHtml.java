package dev.gradlab.web.view;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One student's recorded work for the instructor ({@code GET /api/submissions?user=NAME}, newest
 * first): a summary line, then a row per check with its time, exercise, variant, score, each
 * part's verdict with the recognised mistake, and the answers as sent.
 */
public final class StudentWorkHtml {
    private StudentWorkHtml() {
    }

    /** The summary and the table; a sentence when the student has not checked anything yet. */
    public static String html(String username, String json) {
        List<Object> subs = JsonData.array(JsonData.object(JsonData.parse(json)), "submissions");
        if (subs.isEmpty()) {
            return "<p class=\"muted\">" + Html.escape(username) + " has not checked any answer yet.</p>";
        }
        Set<String> tried = new HashSet<>();
        Set<String> solved = new HashSet<>();
        StringBuilder rows = new StringBuilder();
        for (Object o : subs) {
            Map<String, Object> s = JsonData.object(o);
            String exercise = JsonData.string(s, "exerciseId", "");
            boolean correct = JsonData.bool(s, "correct");
            tried.add(exercise);
            if (correct) {
                solved.add(exercise);
            }
            rows.append("<tr data-exercise=\"").append(Html.escape(exercise)).append("\" data-correct=\"").append(correct)
                    .append("\"><td>").append(Html.escape(JobView.when(JsonData.string(s, "submittedAt", ""))))
                    .append("</td><td><a href=\"#/exercises/").append(Html.escape(exercise)).append("\">")
                    .append(Html.escape(exercise)).append("</a></td><td>").append(JsonData.integer(s, "variant", 0))
                    .append("</td><td>").append(correct ? "\u2713 " : "")
                    .append(Math.round(JsonData.number(s, "score", 0) * 100)).append(" %</td><td>")
                    .append(parts(JsonData.object(s, "answers"), JsonData.object(JsonData.object(s, "result"), "parts")))
                    .append("</td></tr>");
        }
        StringBuilder sb = new StringBuilder("<p class=\"student-summary\">").append(subs.size())
                .append(subs.size() == 1 ? " check" : " checks").append(" on ").append(tried.size())
                .append(tried.size() == 1 ? " exercise" : " exercises").append(", ").append(solved.size())
                .append(" solved (newest first).</p>");
        sb.append("<div class=\"table-scroll\"><table id=\"student-table\" class=\"data-table student-work\"><thead><tr>"
                + "<th scope=\"col\">When</th><th scope=\"col\">Exercise</th><th scope=\"col\">Variant</th>"
                + "<th scope=\"col\">Score</th><th scope=\"col\">Parts: answer, verdict, mistake</th></tr></thead><tbody>");
        return sb.append(rows).append("</tbody></table></div>").toString();
    }

    /** Each part's answer and verdict, with the recognised mistake's id when there is one. */
    private static String parts(Map<String, Object> answers, Map<String, Object> verdicts) {
        StringBuilder sb = new StringBuilder("<ul class=\"attempt-answers\">");
        for (Map.Entry<String, Object> e : answers.entrySet()) {
            Map<String, Object> v = JsonData.object(verdicts.get(e.getKey()));
            String status = JsonData.string(v, "status", "");
            String mistake = JsonData.string(v, "mistake", null);
            sb.append("<li data-part=\"").append(Html.escape(e.getKey())).append("\" data-status=\"")
                    .append(Html.escape(status)).append("\"><span class=\"part-name\">").append(Html.escape(e.getKey()))
                    .append("</span> <code>").append(Html.escape(AttemptsHtml.shown(String.valueOf(e.getValue()), "text")))
                    .append("</code> ").append(Html.escape(status.replace('_', ' ')));
            if (mistake != null) {
                sb.append(" <span class=\"mistake-id\">").append(Html.escape(mistake)).append("</span>");
            }
            sb.append("</li>");
        }
        return sb.append("</ul>").toString();
    }
}
