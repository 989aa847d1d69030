package dev.gradlab.web.view;

import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job as the jobs page shows it: the progress bar, the live plot of the metrics that arrive with
 * each {@code progress} event, and once it has ended its result (summary, the plots the result
 * names, notes) or its error; and the list of the user's jobs ({@code GET /api/jobs}).
 */
public final class JobView {
    /** Names that are an x axis when a series carries them (the first present wins). */
    static final String[] X_NAMES = {"epoch", "step", "n", "m", "T", "t", "trial", "iteration"};

    private JobView() {
    }

    /** The progress (0..1) of an event's or a job's JSON. */
    public static double progress(String json) {
        double p = JsonData.number(JsonData.object(JsonData.parse(json)), "progress", 0);
        return Math.max(0, Math.min(1, p));
    }

    /** The status of a done event or a job document ("" when absent). */
    public static String status(String json) {
        return JsonData.string(JsonData.object(JsonData.parse(json)), "status", "");
    }

    /** Series of a {@code metrics} or {@code series} object; "NaN", "Infinity" and other non-numbers read as NaN. */
    public static Map<String, double[]> series(Map<String, Object> m) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            out.put(e.getKey(), RunPlots.numbers(JsonData.array(e.getValue())));
        }
        return out;
    }

    /** The metrics of a progress event. */
    public static Map<String, double[]> metrics(String eventJson) {
        return series(JsonData.object(JsonData.object(JsonData.parse(eventJson)), "metrics"));
    }

    /** The progress bar: a {@code <progress>} element with the percentage in words beside it. */
    public static String progressBar(double p, String status) {
        long pct = Math.round(p * 100);
        return "<progress id=\"job-progress\" max=\"100\" value=\"" + pct + "\" aria-labelledby=\"job-progress-label\"></progress>"
                + " <span id=\"job-progress-label\" data-status=\"" + Html.escape(status) + "\">" + pct + "% \u00b7 "
                + Html.escape(statusText(status)) + "</span>";
    }

    public static String statusText(String status) {
        switch (status) {
            case "queued":
                return "waiting for a worker";
            case "running":
                return "running";
            case "succeeded":
                return "finished";
            case "failed":
                return "failed";
            case "cancelled":
                return "cancelled";
            default:
                return status.isEmpty() ? "starting" : status;
        }
    }

    /** The x series of a live plot: the first of {@link #X_NAMES} present, else null (1, 2, 3, …). */
    static String xName(Map<String, double[]> series) {
        for (String n : X_NAMES) {
            if (series.containsKey(n)) {
                return n;
            }
        }
        return null;
    }

    /**
     * The live plot of a job's metrics: the x series by name, the others as lines — losses, errors
     * and norms first, at most {@link LinePlot#MAX_SERIES}.
     */
    public static String livePlot(Map<String, double[]> series) {
        String x = xName(series);
        List<LinePlot.Series> first = new ArrayList<>();
        List<LinePlot.Series> rest = new ArrayList<>();
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            if (e.getKey().equals(x)) {
                continue;
            }
            String n = e.getKey().toLowerCase();
            boolean main = n.contains("loss") || n.contains("train") || n.contains("error") || n.contains("norm");
            boolean spread = n.contains("stderr") || n.endsWith("_sd");
            (main && !spread ? first : rest).add(new LinePlot.Series(e.getKey(), e.getValue()));
        }
        first.addAll(rest);
        return LinePlot.html("job-live-plot", "Metrics so far", x == null ? "report" : x, "value",
                x == null ? null : series.get(x), first, false, false);
    }

    /** A finished job ({@code GET /api/jobs/{id}}): its status or error, summary, plots and notes. */
    public static String result(String jobJson) {
        Map<String, Object> job = JsonData.object(JsonData.parse(jobJson));
        String status = JsonData.string(job, "status", "");
        StringBuilder sb = new StringBuilder("<div class=\"job-result\" data-status=\"").append(Html.escape(status)).append("\">");
        String error = JsonData.string(job, "error", null);
        if (error != null) {
            sb.append("<p class=\"error\">").append(Html.escape(error)).append("</p>");
        }
        Map<String, Object> result = JsonData.object(job, "result");
        Map<String, Object> summary = JsonData.object(result, "summary");
        if (!summary.isEmpty()) {
            sb.append("<table class=\"data-table summary\"><caption>Summary</caption><tbody>");
            for (Map.Entry<String, Object> e : summary.entrySet()) {
                Object v = e.getValue();
                sb.append("<tr><th scope=\"row\">").append(Html.escape(e.getKey())).append("</th><td>")
                        .append(Html.escape(v instanceof Double ? Num.format((Double) v, 4) : String.valueOf(v)))
                        .append("</td></tr>");
            }
            sb.append("</tbody></table>");
        }
        Map<String, double[]> series = series(JsonData.object(result, "series"));
        // a program job's result is its run: its plots carry their own data (RunPlots)
        sb.append(RunPlots.html("job-run-plot", RunPlots.fromJson(JsonData.array(result, "plots"))));
        int k = 0;
        for (Object o : JsonData.array(result, "plots")) {
            Map<String, Object> p = JsonData.object(o);
            if (p.containsKey("kind")) {
                continue;
            }
            List<LinePlot.Series> ys = new ArrayList<>();
            for (String y : JsonData.strings(p, "y")) {
                if (series.containsKey(y)) {
                    ys.add(new LinePlot.Series(y, series.get(y)));
                }
            }
            String x = JsonData.string(p, "x", "");
            sb.append(LinePlot.html("job-plot-" + (++k), JsonData.string(p, "title", "plot"),
                    JsonData.string(p, "xLabel", x), JsonData.string(p, "yLabel", ""), series.get(x), ys,
                    JsonData.bool(p, "logX"), JsonData.bool(p, "logY")));
        }
        if (k == 0 && !series.isEmpty()) {
            sb.append(livePlot(series).replace("Metrics so far", "Series"));
        }
        String stdout = JsonData.string(result, "stdout", null);
        if (stdout != null && !stdout.isEmpty()) {
            sb.append("<p class=\"run-label\">Output</p><pre class=\"stdout\">").append(Html.escape(stdout)).append("</pre>");
        }
        List<String> notes = JsonData.strings(result, "notes");
        if (!notes.isEmpty()) {
            sb.append("<ul class=\"notes\">");
            for (String n : notes) {
                sb.append("<li>").append(Html.escape(n)).append("</li>");
            }
            sb.append("</ul>");
        }
        return sb.append("</div>").toString();
    }

    /**
     * The user's jobs ({@code GET /api/jobs}, newest first): a row each with kind, status and a
     * Show button for ended ones (their results stay on the server); {@code titles} maps kinds to titles.
     */
    public static String list(String json, Map<String, String> titles) {
        List<Object> jobs = JsonData.array(JsonData.parse(json));
        if (jobs.isEmpty()) {
            return "<p class=\"muted\">No jobs yet.</p>";
        }
        StringBuilder sb = new StringBuilder("<ul class=\"job-list\">");
        for (Object o : jobs) {
            Map<String, Object> j = JsonData.object(o);
            String id = JsonData.string(j, "id", "");
            String kind = JsonData.string(j, "kind", "");
            String status = JsonData.string(j, "status", "");
            String title = titles.containsKey(kind) ? titles.get(kind) : kind;
            sb.append("<li class=\"job-item\" data-job=\"").append(Html.escape(id)).append("\" data-status=\"")
                    .append(Html.escape(status)).append("\"><span class=\"job-kind\">").append(Html.escape(title))
                    .append("</span> <code>").append(Html.escape(kind)).append("</code> <span class=\"job-status\">")
                    .append(Html.escape(statusText(status)));
            if (status.equals("running") || status.equals("queued")) {
                sb.append(" ").append(Math.round(JsonData.number(j, "progress", 0) * 100)).append('%');
            }
            sb.append("</span> <span class=\"muted\">").append(Html.escape(when(JsonData.string(j, "createdAt", ""))))
                    .append("</span> <button type=\"button\" data-action=\"show\" data-part=\"").append(Html.escape(id))
                    .append("\">Show<span class=\"visually-hidden\"> ").append(Html.escape(title)).append("</span></button></li>");
        }
        return sb.append("</ul>").toString();
    }

    /** An ISO-8601 instant as "2026-01-01 10:00:00 UTC" (other text as it is). */
    static String when(String iso) {
        if (iso.length() >= 19 && iso.charAt(10) == 'T' && iso.endsWith("Z")) {
            return iso.substring(0, 10) + " " + iso.substring(11, 19) + " UTC";
        }
        return iso;
    }
}
