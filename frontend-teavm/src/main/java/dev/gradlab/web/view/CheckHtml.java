package dev.gradlab.web.view;

import dev.gradlab.core.check.Answers;
import dev.gradlab.core.check.ExprChecker;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.Collections;
import java.util.List;

/**
 * The verdicts of a check as HTML: per part a status in words and a symbol (never colour alone),
 * the feedback, a recognised mistake, matrix entries as a grid of marks and program tests as a
 * list; the hints revealed so far; a one-line summary.
 */
public final class CheckHtml {
    private CheckHtml() {
    }

    /** The status in words. */
    public static String statusText(String status) {
        switch (status) {
            case "correct":
                return "Correct";
            case "incorrect":
                return "Incorrect";
            case "missing":
                return "No answer";
            default:
                return "Could not read this answer";
        }
    }

    static String symbol(String status) {
        switch (status) {
            case "correct":
                return "\u2713";
            case "incorrect":
                return "\u2717";
            case "missing":
                return "\u2013";
            default:
                return "!";
        }
    }

    /** The verdict box of one part; {@code answer} is what was sent (for the matrix grid). */
    public static String verdict(ExerciseDoc.Part part, CheckResultView.PartVerdict v, String answer) {
        if (v == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<div class=\"verdict-box\" data-status=\"").append(Html.escape(v.status))
                .append("\"><p class=\"verdict-line\"><span class=\"verdict-symbol\" aria-hidden=\"true\">")
                .append(symbol(v.status)).append("</span> <strong class=\"verdict-status\">")
                .append(statusText(v.status)).append("</strong>");
        if (v.status.equals("incorrect") && v.score > 0) {
            sb.append(" <span class=\"partial\">partial credit ").append(percent(v.score)).append("</span>");
        }
        sb.append("</p>");
        boolean saysNothingMore = v.feedback.isEmpty() || v.status.equals("missing")
                || v.status.equals("correct") && v.feedback.trim().equalsIgnoreCase("correct.");
        if (!saysNothingMore) {
            sb.append("<p class=\"feedback\">").append(Markdown.inline(v.feedback)).append("</p>");
        }
        if (v.mistake != null && !v.mistake.isEmpty()) {
            sb.append("<p class=\"mistake\">Recognised mistake: <span class=\"mistake-id\">")
                    .append(Html.escape(v.mistake.replace('-', ' '))).append("</span></p>");
        }
        if (!v.entries.isEmpty()) {
            sb.append(part.kind.equals("matrix") ? matrixEntries(v.entries, answer) : testEntries(v.entries));
        }
        return sb.append("</div>").toString();
    }

    /** Program tests (or entries of unknown layout): one line per entry. */
    static String testEntries(List<CheckResultView.Entry> entries) {
        StringBuilder sb = new StringBuilder("<ul class=\"entries\">");
        for (CheckResultView.Entry e : entries) {
            sb.append("<li data-status=\"").append(Html.escape(e.status)).append("\"><span class=\"verdict-symbol\" aria-hidden=\"true\">")
                    .append(symbol(e.status)).append("</span> <span class=\"visually-hidden\">").append(statusText(e.status))
                    .append(": </span>").append(Markdown.inline(e.feedback)).append("</li>");
        }
        return sb.append("</ul>").toString();
    }

    /**
     * Matrix entries as a grid shaped like the student's matrix, each cell holding the entry and
     * its mark; a list when the answer's shape cannot be recovered.
     */
    static String matrixEntries(List<CheckResultView.Entry> entries, String answer) {
        Tensor t;
        try {
            t = ExprChecker.evaluateOrThrow(Answers.parse(answer), Collections.<String, Tensor>emptyMap());
        } catch (RuntimeException e) {
            return testEntries(entries);
        }
        int[] shape = t.shape();
        int rows = shape.length == 2 ? shape[0] : 1;
        int cols = shape.length == 2 ? shape[1] : shape.length == 1 ? shape[0] : 1;
        if (rows * cols != entries.size() || t.size() != entries.size()) {
            return testEntries(entries);
        }
        int wrong = 0;
        StringBuilder sb = new StringBuilder("<table class=\"entry-grid\"><caption>Entries of your matrix</caption><tbody>");
        for (int r = 0; r < rows; r++) {
            sb.append("<tr>");
            for (int c = 0; c < cols; c++) {
                int k = r * cols + c;
                CheckResultView.Entry e = entries.get(k);
                boolean ok = e.status.equals("correct");
                wrong += ok ? 0 : 1;
                sb.append("<td data-status=\"").append(Html.escape(e.status)).append("\" title=\"")
                        .append(Html.escape(ok ? "correct" : e.feedback)).append("\">")
                        .append(Html.escape(Num.format(t.get(k), 6))).append(" <span class=\"verdict-symbol\" aria-hidden=\"true\">")
                        .append(symbol(e.status)).append("</span><span class=\"visually-hidden\"> ")
                        .append(ok ? "correct" : "wrong").append("</span></td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    /** The hints revealed for a part, numbered. */
    public static String hints(List<String> hints, int hintCount) {
        if (hints.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<p class=\"hints-title\">Hint").append(hints.size() > 1 ? "s" : "")
                .append(" <span class=\"muted\">(").append(hints.size()).append(" of ")
                .append(Math.max(hintCount, hints.size())).append(")</span></p><ol class=\"hint-list\">");
        for (String h : hints) {
            sb.append("<li>").append(Markdown.inline(h)).append("</li>");
        }
        return sb.append("</ol>").toString();
    }

    /** "All 2 parts correct." or "1 of 2 parts correct · score 50%.", and whether it counted. */
    public static String summary(CheckResultView r) {
        int n = r.size();
        StringBuilder sb = new StringBuilder();
        if (r.correct) {
            sb.append(n == 1 ? "Correct." : "All " + n + " parts correct.");
        } else {
            sb.append(r.count("correct")).append(" of ").append(n).append(n == 1 ? " part" : " parts")
                    .append(" correct \u00b7 score ").append(percent(r.score)).append(".");
        }
        if (r.count("invalid") > 0) {
            sb.append(" An answer could not be read, so this check does not count as an attempt.");
        }
        return sb.toString();
    }

    static String percent(double score) {
        return Math.round(score * 100) + "%";
    }

    /**
     * After the summary: " Recorded." when the server kept the attempt, a reminder that nothing is
     * kept without logging in, or "" (a logged-in check that did not count, e.g. an unreadable answer).
     */
    public static String recordedNote(boolean recorded, boolean loggedIn) {
        if (recorded) {
            return " Recorded.";
        }
        return loggedIn ? "" : " Practice only: log in to keep your progress.";
    }
}
