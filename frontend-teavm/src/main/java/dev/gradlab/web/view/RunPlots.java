package dev.gradlab.web.view;

import dev.gradlab.core.lang.Plot;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures a program drew with {@code plot}, {@code scatter} and {@code heatmap}, as HTML
 * under a run's output. As in matplotlib, a line or scatter without a title joins the figure
 * above it (up to {@link LinePlot#MAX_SERIES} series), so a training and a test curve share
 * axes; a titled one, or a heatmap, starts a new figure. Long series are thinned to
 * {@value #MAX_POINTS} points and large heatmaps averaged down to {@value #MAX_SIDE} cells a side,
 * and the figure says so.
 */
public final class RunPlots {
    static final int MAX_POINTS = 2000;
    static final int MAX_SIDE = 64;

    private RunPlots() {
    }

    /** The figures of {@code plots}, ids {@code prefix-0, prefix-1, …}; "" when there are none. */
    public static String html(String prefix, List<Plot> plots) {
        StringBuilder sb = new StringBuilder();
        List<LinePlot.Series> series = new ArrayList<>();
        String title = null;
        String note = "";
        int figure = 0;
        for (Plot p : plots) {
            boolean joins = !p.kind.equals("heatmap") && isBlank(p.title) && !series.isEmpty()
                    && series.size() < LinePlot.MAX_SERIES;
            if (!joins && !series.isEmpty()) {
                sb.append(lines(prefix + "-" + figure++, title, series, note));
                series.clear();
                note = "";
            }
            if (p.kind.equals("heatmap")) {
                sb.append(heatmap(prefix + "-" + figure++, p));
                continue;
            }
            if (series.isEmpty()) {
                title = isBlank(p.title) ? "Figure " + (figure + 1) : p.title;
            }
            int every = (p.y.length + MAX_POINTS - 1) / MAX_POINTS;
            if (every > 1) {
                note = "1 point in " + every + " is drawn.";
            }
            String name = isBlank(p.label) ? "series " + (series.size() + 1) : p.label;
            series.add(new LinePlot.Series(name, thin(p.x, every), thin(p.y, every), p.kind.equals("scatter")));
        }
        if (!series.isEmpty()) {
            sb.append(lines(prefix + "-" + figure, title, series, note));
        }
        return sb.length() == 0 ? "" : "<div class=\"run-plots\">" + sb + "</div>";
    }

    /**
     * The plots of a run's JSON ({@code "plots"} of {@code POST /api/run} or of a program job's
     * result: {@code {"kind", "title", "label", "x", "y", "shape"}}); entries without a kind are skipped.
     */
    public static List<Plot> fromJson(List<Object> plots) {
        List<Plot> out = new ArrayList<>();
        for (Object o : plots) {
            Map<String, Object> p = JsonData.object(o);
            String kind = JsonData.string(p, "kind", "");
            double[] y = numbers(JsonData.array(p, "y"));
            List<Integer> shape = new ArrayList<>();
            for (Object d : JsonData.array(p, "shape")) {
                shape.add(d instanceof Double ? (int) (double) (Double) d : 0);
            }
            boolean heatmap = kind.equals("heatmap");
            if (kind.isEmpty() || (heatmap && (shape.size() != 2 || shape.get(0) * shape.get(1) != y.length))) {
                continue;
            }
            double[] x = heatmap ? null : p.containsKey("x") ? numbers(JsonData.array(p, "x")) : LinePlot.index(y.length);
            out.add(new Plot(kind, JsonData.string(p, "title", null), JsonData.string(p, "label", null), x, y, shape));
        }
        return out;
    }

    /** Numbers of a JSON array; "Infinity", "-Infinity" and anything else not a number become ±∞ and NaN. */
    static double[] numbers(List<Object> l) {
        double[] v = new double[l.size()];
        for (int i = 0; i < v.length; i++) {
            Object o = l.get(i);
            v[i] = o instanceof Double ? (Double) o
                    : "Infinity".equals(o) ? Double.POSITIVE_INFINITY
                    : "-Infinity".equals(o) ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        return v;
    }

    private static String lines(String id, String title, List<LinePlot.Series> series, String note) {
        String html = LinePlot.html(id, title, "x", "y", null, new ArrayList<>(series), false, false);
        return note.isEmpty() ? html : html.replace("</figcaption>", " <span class=\"plot-note\">" + note + "</span></figcaption>");
    }

    static double[] thin(double[] v, int every) {
        if (every <= 1) {
            return v;
        }
        double[] out = new double[(v.length + every - 1) / every];
        for (int i = 0; i < out.length; i++) {
            out[i] = v[i * every];
        }
        return out;
    }

    /** A heatmap: one rect per cell (after averaging blocks of a large matrix), value as its tooltip. */
    static String heatmap(String id, Plot p) {
        int rows = p.shape.get(0);
        int cols = p.shape.get(1);
        int block = (Math.max(rows, cols) + MAX_SIDE - 1) / MAX_SIDE;
        int r = (rows + block - 1) / block;
        int c = (cols + block - 1) / block;
        double[] v = block == 1 ? p.y : pool(p.y, rows, cols, block, r, c);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        String title = isBlank(p.title) ? "Heatmap" : p.title;
        int cell = Math.max(4, Math.min(48, 320 / Math.max(r, c)));
        StringBuilder sb = new StringBuilder("<figure class=\"plot run-heatmap\" id=\"").append(Html.escape(id))
                .append("\"><svg role=\"img\" aria-label=\"").append(Html.escape(title + ": " + rows + " by " + cols + " heatmap"))
                .append("\" width=\"").append(c * cell).append("\" height=\"").append(r * cell).append("\" viewBox=\"0 0 ")
                .append(c).append(' ').append(r).append("\" preserveAspectRatio=\"none\">");
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double x = v[i * c + j];
                String fill = Double.isFinite(x) ? Viridis.hex(lo > hi ? 0 : Viridis.level(x, lo, hi)) : "#ff00ff";
                sb.append("<rect x=\"").append(j).append("\" y=\"").append(i).append("\" width=\"1\" height=\"1\" fill=\"")
                        .append(fill).append("\"><title>").append(block == 1 ? "[" + i + ", " + j + "]"
                                : "rows " + i * block + "–" + Math.min(rows, (i + 1) * block) + ", columns " + j * block + "–"
                                        + Math.min(cols, (j + 1) * block) + ", mean")
                        .append(" = ").append(Html.escape(Num.format(x, 4))).append("</title></rect>");
            }
        }
        sb.append("</svg><figcaption><span class=\"plot-title\">").append(Html.escape(title)).append("</span> ")
                .append("<span class=\"dims\">").append(rows).append("×").append(cols).append("</span>");
        if (lo <= hi) {
            sb.append(" <span class=\"hm-range\">").append(HeatmapHtml.value(lo)).append(" (dark) to ")
                    .append(HeatmapHtml.value(hi)).append(" (yellow)</span>");
        }
        if (block > 1) {
            sb.append(" <span class=\"plot-note\">Each cell is the mean of a ").append(block).append("×").append(block)
                    .append(" block.</span>");
        }
        return sb.append("</figcaption></figure>").toString();
    }

    static double[] pool(double[] v, int rows, int cols, int block, int r, int c) {
        double[] sum = new double[r * c];
        int[] count = new int[r * c];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int k = (i / block) * c + j / block;
                sum[k] += v[i * cols + j];
                count[k]++;
            }
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= count[k];
        }
        return sum;
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }
}
