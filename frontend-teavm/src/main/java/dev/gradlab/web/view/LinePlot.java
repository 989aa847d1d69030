package dev.gradlab.web.view;

import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.List;

/**
 * A line plot as SVG markup: one {@code <path class="line series-K">} per series (or, for a series
 * of points, a {@code <g class="points series-K">} of circles), over a shared x series or the
 * series' own, linear or logarithmic axes with round tick values, and a legend in HTML beside it.
 * Non-finite values (and values at or below 0 on a log axis) leave a gap. Colours come from the
 * CSS classes {@code series-0 … series-7}, which also differ in their dash patterns, so lines
 * are told apart without colour.
 */
public final class LinePlot {
    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final int LEFT = 64;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 44;
    /** At most this many series are drawn. */
    public static final int MAX_SERIES = 8;

    /** A named series of y values, drawn as a line or as points. Immutable. */
    public static final class Series {
        public final String name;
        public final double[] values;
        /** This series' own x values (as many as {@link #values}), or null for the plot's shared x. */
        public final double[] x;
        /** Points (a scatter) rather than a line. */
        public final boolean points;

        /** A line over the plot's shared x. */
        public Series(String name, double[] values) {
            this(name, null, values, false);
        }

        public Series(String name, double[] x, double[] values, boolean points) {
            this.name = name;
            this.x = x;
            this.values = values;
            this.points = points;
        }
    }

    private LinePlot() {
    }

    /**
     * The plot (an {@code <svg role="img">} whose label is {@code title}) followed by its legend.
     *
     * @param x the x value of each point; null for 1, 2, 3, …
     */
    public static String html(String id, String title, String xLabel, String yLabel, double[] x, List<Series> ys,
            boolean logX, boolean logY) {
        List<Series> drawn = ys.size() > MAX_SERIES ? ys.subList(0, MAX_SERIES) : ys;
        int points = 0;
        for (Series s : drawn) {
            points = Math.max(points, s.values.length);
        }
        double[] xs = x != null ? x : index(points);
        List<double[]> allX = new ArrayList<>();
        for (Series s : drawn) {
            allX.add(s.x != null ? s.x : xs);
        }
        double[] xr = range(allX, logX);
        List<double[]> allY = new ArrayList<>();
        for (Series s : drawn) {
            allY.add(s.values);
        }
        double[] yr = range(allY, logY);
        if (drawn.stream().anyMatch(s -> s.points)) {
            pad(xr);
            pad(yr);
        }
        StringBuilder sb = new StringBuilder("<figure class=\"plot\" id=\"").append(Html.escape(id)).append("\">");
        sb.append("<svg class=\"line-plot\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" aria-label=\"").append(Html.escape(title)).append("\">");
        if (xr == null || yr == null) {
            sb.append("<text class=\"plot-empty\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\">no data yet</text></svg>");
            return sb.append(caption(title, drawn)).append("</figure>").toString();
        }
        axes(sb, xr, yr, logX, logY, xLabel, yLabel);
        for (int k = 0; k < drawn.size(); k++) {
            Series s = drawn.get(k);
            double[] sx = s.x != null ? s.x : xs;
            if (s.points) {
                points(sb, k, s, sx, xr, yr, logX, logY);
                continue;
            }
            String d = path(sx, s.values, xr, yr, logX, logY);
            sb.append("<path class=\"line series-").append(k).append("\" data-series=\"").append(Html.escape(s.name))
                    .append("\" d=\"").append(d).append("\" fill=\"none\"><title>").append(Html.escape(s.name))
                    .append("</title></path>");
        }
        sb.append("</svg>");
        return sb.append(caption(title, drawn)).append("</figure>").toString();
    }

    private static String caption(String title, List<Series> drawn) {
        StringBuilder sb = new StringBuilder("<figcaption><span class=\"plot-title\">").append(Html.escape(title))
                .append("</span><ul class=\"plot-legend\">");
        for (int k = 0; k < drawn.size(); k++) {
            sb.append("<li><svg class=\"swatch-line\" width=\"28\" height=\"10\" aria-hidden=\"true\">")
                    .append(drawn.get(k).points
                            ? "<circle class=\"point series-" + k + "\" cx=\"14\" cy=\"5\" r=\"3\"/>"
                            : "<line class=\"line series-" + k + "\" x1=\"0\" y1=\"5\" x2=\"28\" y2=\"5\"/>")
                    .append("</svg>")
                    .append(Html.escape(drawn.get(k).name)).append("</li>");
        }
        return sb.append("</ul></figcaption>").toString();
    }

    static double[] index(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = i + 1;
        }
        return out;
    }

    private static boolean usable(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    /** [lo, hi] of the usable values (in log10 for a log axis), widened when flat; null when none. */
    static double[] range(List<double[]> all, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] vs : all) {
            for (double v : vs) {
                if (usable(v, log)) {
                    double t = log ? Math.log10(v) : v;
                    lo = Math.min(lo, t);
                    hi = Math.max(hi, t);
                }
            }
        }
        if (lo > hi) {
            return null;
        }
        if (hi - lo < 1e-12) {
            double pad = log ? 0.5 : Math.max(Math.abs(lo) * 0.1, 1e-9);
            lo -= pad;
            hi += pad;
        }
        return new double[] {lo, hi};
    }

    /** Widens a range by 4% on each side, so points at its ends are not cut by the frame. */
    private static void pad(double[] r) {
        if (r != null) {
            double d = (r[1] - r[0]) * 0.04;
            r[0] -= d;
            r[1] += d;
        }
    }

    static double px(double v, double[] r, boolean log) {
        double t = log ? Math.log10(v) : v;
        return LEFT + (t - r[0]) / (r[1] - r[0]) * (WIDTH - LEFT - RIGHT);
    }

    static double py(double v, double[] r, boolean log) {
        double t = log ? Math.log10(v) : v;
        return HEIGHT - BOTTOM - (t - r[0]) / (r[1] - r[0]) * (HEIGHT - TOP - BOTTOM);
    }

    /** The path of one series: "M" after every gap. */
    static String path(double[] xs, double[] ys, double[] xr, double[] yr, boolean logX, boolean logY) {
        StringBuilder sb = new StringBuilder();
        boolean pen = false;
        int n = Math.min(xs.length, ys.length);
        for (int i = 0; i < n; i++) {
            if (!usable(xs[i], logX) || !usable(ys[i], logY)) {
                pen = false;
                continue;
            }
            sb.append(sb.length() > 0 ? " " : "").append(pen ? 'L' : 'M').append(fmt(px(xs[i], xr, logX))).append(' ')
                    .append(fmt(py(ys[i], yr, logY)));
            pen = true;
        }
        return sb.toString();
    }

    /** One circle per usable point of {@code s}, with its coordinates as its tooltip. */
    private static void points(StringBuilder sb, int k, Series s, double[] xs, double[] xr, double[] yr, boolean logX,
            boolean logY) {
        sb.append("<g class=\"points series-").append(k).append("\" data-series=\"").append(Html.escape(s.name))
                .append("\">");
        int n = Math.min(xs.length, s.values.length);
        for (int i = 0; i < n; i++) {
            if (usable(xs[i], logX) && usable(s.values[i], logY)) {
                sb.append("<circle class=\"point\" cx=\"").append(fmt(px(xs[i], xr, logX))).append("\" cy=\"")
                        .append(fmt(py(s.values[i], yr, logY))).append("\" r=\"3\"><title>(")
                        .append(Html.escape(Num.format(xs[i], 4))).append(", ")
                        .append(Html.escape(Num.format(s.values[i], 4))).append(")</title></circle>");
            }
        }
        sb.append("</g>");
    }

    private static void axes(StringBuilder sb, double[] xr, double[] yr, boolean logX, boolean logY, String xLabel,
            String yLabel) {
        int x0 = LEFT;
        int x1 = WIDTH - RIGHT;
        int y0 = HEIGHT - BOTTOM;
        int y1 = TOP;
        sb.append("<g class=\"axes\"><rect class=\"plot-area\" x=\"").append(x0).append("\" y=\"").append(y1)
                .append("\" width=\"").append(x1 - x0).append("\" height=\"").append(y0 - y1).append("\"/>");
        for (double t : ticks(xr[0], xr[1], logX)) {
            double p = LEFT + (t - xr[0]) / (xr[1] - xr[0]) * (x1 - x0);
            sb.append("<line class=\"grid\" x1=\"").append(fmt(p)).append("\" y1=\"").append(y1).append("\" x2=\"")
                    .append(fmt(p)).append("\" y2=\"").append(y0).append("\"/><text class=\"tick\" x=\"").append(fmt(p))
                    .append("\" y=\"").append(y0 + 16).append("\" text-anchor=\"middle\">").append(label(t, logX))
                    .append("</text>");
        }
        for (double t : ticks(yr[0], yr[1], logY)) {
            double p = y0 - (t - yr[0]) / (yr[1] - yr[0]) * (y0 - y1);
            sb.append("<line class=\"grid\" x1=\"").append(x0).append("\" y1=\"").append(fmt(p)).append("\" x2=\"")
                    .append(x1).append("\" y2=\"").append(fmt(p)).append("\"/><text class=\"tick\" x=\"").append(x0 - 6)
                    .append("\" y=\"").append(fmt(p + 4)).append("\" text-anchor=\"end\">").append(label(t, logY))
                    .append("</text>");
        }
        sb.append("<text class=\"axis-label\" x=\"").append((x0 + x1) / 2).append("\" y=\"").append(HEIGHT - 6)
                .append("\" text-anchor=\"middle\">").append(Html.escape(xLabel)).append(logX ? " (log)" : "")
                .append("</text><text class=\"axis-label\" transform=\"translate(14 ").append((y0 + y1) / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(Html.escape(yLabel)).append(logY ? " (log)" : "")
                .append("</text></g>");
    }

    /**
     * Round tick positions inside [lo, hi]. On a log axis (log10 units) whole decades when there
     * are two or more, else 1-2-5 steps (or every digit) within the decades.
     */
    static List<Double> ticks(double lo, double hi, boolean log) {
        List<Double> out = new ArrayList<>();
        if (log && Math.floor(hi) - Math.ceil(lo) >= 1) {
            int step = (int) Math.max(1, Math.ceil((Math.floor(hi) - Math.ceil(lo)) / 6));
            for (double e = Math.ceil(lo); e <= hi + 1e-9; e += step) {
                out.add(e);
            }
            return out;
        }
        if (log) {
            for (int[] mantissas : new int[][] {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}}) {
                out.clear();
                for (int e = (int) Math.floor(lo); e <= (int) Math.ceil(hi); e++) {
                    for (int m : mantissas) {
                        double t = Math.log10(m) + e;
                        if (t >= lo - 1e-9 && t <= hi + 1e-9) {
                            out.add(t);
                        }
                    }
                }
                if (out.size() >= 3) {
                    return out;
                }
            }
            out.clear();
        }
        double raw = (hi - lo) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double step = (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * mag;
        for (double t = Math.ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return out;
    }

    static String label(double t, boolean log) {
        return Html.escape(Num.format(log ? Math.pow(10, t) : t, 3));
    }

    static String fmt(double v) {
        return Double.toString(Math.round(v * 10) / 10.0);
    }
}
