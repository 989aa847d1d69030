package dev.gradlab.web.view;

import java.util.List;

/**
 * The gradebook ({@code GET /api/gradebook.csv}: {@code username} and one column per exercise
 * holding the best score from 0 to 1, empty when never attempted) as an HTML table: scores as
 * percentages, a dash for "not attempted", and an average row per exercise. Each student's name
 * is a button ({@code data-action="student"}, {@code data-part} the name) that shows their work.
 */
public final class GradebookHtml {
    private GradebookHtml() {
    }

    /** The table, or a sentence when there are no students yet. */
    public static String table(String csv) {
        List<List<String>> rows = CsvText.parse(csv);
        if (rows.isEmpty()) {
            return "<p class=\"muted\">The gradebook is empty.</p>";
        }
        List<String> header = rows.get(0);
        int students = rows.size() - 1;
        StringBuilder sb = new StringBuilder("<div class=\"table-scroll\"><table id=\"gradebook-table\" class=\"data-table\">"
                + "<caption>Best score per student and exercise (").append(students)
                .append(students == 1 ? " student" : " students").append(")</caption><thead><tr>");
        for (int c = 0; c < header.size(); c++) {
            sb.append("<th scope=\"col\"").append(c == 0 ? "" : " data-exercise=\"" + Html.escape(header.get(c)) + "\"")
                    .append(">").append(Html.escape(header.get(c))).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        double[] sums = new double[header.size()];
        int[] counts = new int[header.size()];
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String user = Html.escape(cell(row, 0));
            sb.append("<tr data-user=\"").append(user).append("\"><th scope=\"row\"><button type=\"button\""
                    + " class=\"student-link\" data-action=\"student\" data-part=\"").append(user)
                    .append("\" aria-label=\"").append(user).append(": show the work\">").append(user).append("</button></th>");
            for (int c = 1; c < header.size(); c++) {
                String v = cell(row, c).trim();
                Double score = score(v);
                if (score != null) {
                    sums[c] += score;
                    counts[c]++;
                }
                sb.append("<td").append(score == null ? " class=\"none\"" : " data-score=\"" + Html.escape(v) + "\"").append(">")
                        .append(score == null ? "<span aria-label=\"not attempted\">\u2013</span>" : percent(score))
                        .append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody>");
        if (students > 0) {
            sb.append("<tfoot><tr><th scope=\"row\">average of those who tried</th>");
            for (int c = 1; c < header.size(); c++) {
                sb.append("<td>").append(counts[c] == 0 ? "\u2013" : percent(sums[c] / counts[c])).append("</td>");
            }
            sb.append("</tr></tfoot>");
        }
        return sb.append("</table></div>").toString();
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() ? row.get(c) : "";
    }

    private static Double score(String v) {
        if (v.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String percent(double score) {
        return Math.round(score * 100) + "%";
    }
}
