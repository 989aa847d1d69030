package dev.gradlab.web.view;

import dev.gradlab.core.optim.Trajectory;

/**
 * The playground's SVG: a contour plot of the surface (drawn once per surface) and the
 * trajectories up to step t with a marker at each optimizer's current point (redrawn per step).
 * Optimizers differ in colour (Okabe–Ito, safe for colour-blind readers), in dash pattern and in
 * marker shape, so none is told apart by colour alone. Coordinates are pixels; y grows upwards.
 */
public final class PlotSvg {
    public static final int WIDTH = 480;
    static final int LEFT = 44;
    static final int BOTTOM = 30;
    static final int TOP = 10;
    static final int RIGHT = 12;
    static final int GRID = 97;

    private PlotSvg() {
    }

    /** Colour, dash pattern and marker of each optimizer key. */
    public static String colour(String key) {
        switch (key) {
            case "sgd":
                return "#D55E00";
            case "momentum":
                return "#0072B2";
            case "nesterov":
                return "#009E73";
            case "adam":
                return "#CC79A7";
            default:
                return "#E69F00";
        }
    }

    static String dash(String key) {
        switch (key) {
            case "momentum":
                return "7 3";
            case "nesterov":
                return "2 3";
            case "adam":
                return "9 3 2 3";
            case "adamw":
                return "4 2";
            default:
                return "none";
        }
    }

    /** A marker centred at (x, y): circle, square, triangle, diamond or cross by optimizer. */
    public static String marker(String key, double x, double y, double r, String extra) {
        String c = colour(key);
        String at = " fill=\"" + c + "\" stroke=\"#fff\" stroke-width=\"1.5\"" + extra;
        switch (key) {
            case "sgd":
                return "<circle cx=\"" + px(x) + "\" cy=\"" + px(y) + "\" r=\"" + px(r) + "\"" + at + "/>";
            case "momentum":
                return "<rect x=\"" + px(x - r) + "\" y=\"" + px(y - r) + "\" width=\"" + px(2 * r) + "\" height=\""
                        + px(2 * r) + "\"" + at + "/>";
            case "nesterov":
                return "<path d=\"M" + px(x) + " " + px(y - 1.2 * r) + "L" + px(x + 1.1 * r) + " " + px(y + 0.8 * r) + "L"
                        + px(x - 1.1 * r) + " " + px(y + 0.8 * r) + "Z\"" + at + "/>";
            case "adam":
                return "<path d=\"M" + px(x) + " " + px(y - 1.3 * r) + "L" + px(x + 1.3 * r) + " " + px(y) + "L" + px(x)
                        + " " + px(y + 1.3 * r) + "L" + px(x - 1.3 * r) + " " + px(y) + "Z\"" + at + "/>";
            default:
                return "<path d=\"M" + px(x - r) + " " + px(y - r) + "L" + px(x + r) + " " + px(y + r) + "M" + px(x + r) + " "
                        + px(y - r) + "L" + px(x - r) + " " + px(y + r) + "\" stroke=\"" + c + "\" stroke-width=\"3.5\""
                        + " fill=\"none\"" + extra + "/>";
        }
    }

    /** Height of the plot area for {@code s} (the same scale on both axes). */
    public static int height(Surface s) {
        return (int) Math.round(WIDTH * (s.yMax - s.yMin) / (s.xMax - s.xMin));
    }

    static double sx(Surface s, double x) {
        return (x - s.xMin) / (s.xMax - s.xMin) * WIDTH;
    }

    static double sy(Surface s, double y) {
        return (s.yMax - y) / (s.yMax - s.yMin) * height(s);
    }

    /** The viewBox of the whole plot. */
    public static String viewBox(Surface s) {
        return "0 0 " + (LEFT + WIDTH + RIGHT) + " " + (TOP + height(s) + BOTTOM);
    }

    /** The static part: background, contours, axes with ticks, the minimum, and the empty {@code #opt-paths}. */
    public static String frame(Surface s) {
        int h = height(s);
        int rows = (int) Math.round((GRID - 1) * (s.yMax - s.yMin) / (s.xMax - s.xMin)) + 1;
        double[][] grid = new double[rows][GRID];
        for (int i = 0; i < rows; i++) {
            double y = s.yMax - i * (s.yMax - s.yMin) / (rows - 1);
            for (int j = 0; j < GRID; j++) {
                grid[i][j] = s.value(s.xMin + j * (s.xMax - s.xMin) / (GRID - 1), y);
            }
        }
        Contours c = new Contours(grid);
        double[] levels = s.levels(c.max());
        StringBuilder sb = new StringBuilder();
        sb.append("<defs><clipPath id=\"opt-clip\"><rect width=\"").append(WIDTH).append("\" height=\"").append(h)
                .append("\"/></clipPath></defs><g transform=\"translate(").append(LEFT).append(' ').append(TOP).append(")\">");
        sb.append("<rect class=\"plot-bg\" width=\"").append(WIDTH).append("\" height=\"").append(h).append("\"/>");
        sb.append("<g class=\"contours\" clip-path=\"url(#opt-clip)\">");
        for (int k = 0; k < levels.length; k++) {
            String d = c.path(levels[k], WIDTH / (double) (GRID - 1), h / (double) (rows - 1));
            if (!d.isEmpty()) {
                sb.append("<path class=\"contour\" data-level=\"").append(levels[k]).append("\" stroke=\"")
                        .append(Viridis.hex(40 + 170 * k / Math.max(1, levels.length - 1))).append("\" d=\"").append(d)
                        .append("\"/>");
            }
        }
        sb.append("</g>");
        axes(sb, s, h);
        double mx = sx(s, s.minimum[0]);
        double my = sy(s, s.minimum[1]);
        sb.append("<path class=\"minimum\" d=\"M").append(px(mx - 6)).append(' ').append(px(my)).append('H').append(px(mx + 6))
                .append('M').append(px(mx)).append(' ').append(px(my - 6)).append('V').append(px(my + 6))
                .append("\"><title>minimum</title></path>");
        sb.append("<g id=\"opt-paths\" clip-path=\"url(#opt-clip)\"></g></g>");
        return sb.toString();
    }

    private static void axes(StringBuilder sb, Surface s, int h) {
        sb.append("<g class=\"axes\"><rect class=\"plot-frame\" width=\"").append(WIDTH).append("\" height=\"").append(h)
                .append("\"/>");
        double step = (s.xMax - s.xMin) > 3.5 ? 1 : 0.5;
        for (double x = Math.ceil(s.xMin / step) * step; x <= s.xMax + 1e-9; x += step) {
            double p = sx(s, x);
            sb.append("<path class=\"tick\" d=\"M").append(px(p)).append(' ').append(h).append("v5\"/><text class=\"tick-label\" x=\"")
                    .append(px(p)).append("\" y=\"").append(h + 18).append("\" text-anchor=\"middle\">").append(tick(x)).append("</text>");
        }
        for (double y = Math.ceil(s.yMin / step) * step; y <= s.yMax + 1e-9; y += step) {
            double p = sy(s, y);
            sb.append("<path class=\"tick\" d=\"M-5 ").append(px(p)).append("h5\"/><text class=\"tick-label\" x=\"-8\" y=\"")
                    .append(px(p + 4)).append("\" text-anchor=\"end\">").append(tick(y)).append("</text>");
        }
        sb.append("<text class=\"axis-label\" x=\"").append(WIDTH - 2).append("\" y=\"").append(h - 6)
                .append("\" text-anchor=\"end\">x</text><text class=\"axis-label\" x=\"6\" y=\"14\">y</text></g>");
    }

    private static String tick(double v) {
        return OptimizerConfig.num(Math.round(v * 100) / 100.0).replace('-', '\u2212');
    }

    /**
     * The dynamic part (inside {@code #opt-paths}): each run's path from the start to step t and a
     * marker at its point of step t ({@code data-opt}, {@code data-x}, {@code data-y}); the start
     * as a ring.
     */
    public static String paths(Playground p) {
        Surface s = p.surface();
        StringBuilder sb = new StringBuilder();
        OptimizerConfig c = p.config();
        sb.append("<circle class=\"start\" cx=\"").append(px(sx(s, c.x0))).append("\" cy=\"").append(px(sy(s, c.y0)))
                .append("\" r=\"7\"><title>start</title></circle>");
        for (Playground.Run r : p.runs()) {
            int last = Math.min(p.t(), r.trajectory.steps());
            sb.append("<polyline class=\"trajectory\" data-opt=\"").append(r.key).append("\" stroke=\"").append(colour(r.key))
                    .append("\" stroke-dasharray=\"").append(dash(r.key)).append("\" points=\"");
            for (int k = 0; k <= last; k++) {
                Trajectory.Point pt = r.trajectory.point(k);
                sb.append(k == 0 ? "" : " ").append(px(sx(s, pt.params().get(0)))).append(',')
                        .append(px(sy(s, pt.params().get(1))));
            }
            sb.append("\"/>");
        }
        for (Playground.Run r : p.runs()) {
            Trajectory.Point pt = r.at(p.t());
            double x = pt.params().get(0);
            double y = pt.params().get(1);
            sb.append(marker(r.key, sx(s, x), sy(s, y), 6, " class=\"current-point\" data-opt=\"" + r.key + "\" data-x=\""
                    + x + "\" data-y=\"" + y + "\""));
        }
        return sb.toString();
    }

    /** A pixel coordinate with one decimal, clamped far outside the plot so the SVG numbers stay small. */
    public static String px(double v) {
        double c = Double.isNaN(v) ? 0 : Math.max(-10000, Math.min(10000, v));
        long r = Math.round(c * 10);
        long whole = Math.abs(r) / 10;
        long tenth = Math.abs(r) % 10;
        return (r < 0 ? "-" : "") + whole + (tenth == 0 ? "" : "." + tenth);
    }
}
