package dev.gradlab.web.view;

/**
 * Contour lines by marching squares: a grid of values, then for each level the segments where the
 * piecewise-linear interpolation of the grid crosses it, as SVG path data in grid coordinates
 * scaled to pixels. Saddle cells are resolved by the cell's mean value.
 */
public final class Contours {
    private final double[][] v;
    private final int rows;
    private final int cols;

    /** @param values values[i][j] at row i (y) and column j (x) of a regular grid, at least 2 × 2 */
    public Contours(double[][] values) {
        this.v = values;
        this.rows = values.length;
        this.cols = values[0].length;
        if (rows < 2 || cols < 2) {
            throw new IllegalArgumentException("a contour grid needs at least 2 × 2 values");
        }
    }

    /** The grid's largest finite value. */
    public double max() {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] row : v) {
            for (double x : row) {
                if (Double.isFinite(x)) {
                    m = Math.max(m, x);
                }
            }
        }
        return m;
    }

    /**
     * The path data ("M x y L x y" per segment) of level {@code level}; point (j, i) of the grid
     * maps to pixel (j·sx, i·sy). Empty when the level is never crossed.
     */
    public String path(double level, double sx, double sy) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < rows; i++) {
            for (int j = 0; j + 1 < cols; j++) {
                double a = v[i][j];
                double b = v[i][j + 1];
                double c = v[i + 1][j + 1];
                double d = v[i + 1][j];
                int code = (a > level ? 8 : 0) | (b > level ? 4 : 0) | (c > level ? 2 : 0) | (d > level ? 1 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                // edge points: top (a-b), right (b-c), bottom (d-c), left (a-d)
                double tx = j + frac(a, b, level);
                double ry = i + frac(b, c, level);
                double bx = j + frac(d, c, level);
                double ly = i + frac(a, d, level);
                switch (code) {
                    case 1:
                    case 14:
                        seg(sb, j, ly, bx, i + 1, sx, sy);
                        break;
                    case 2:
                    case 13:
                        seg(sb, bx, i + 1, j + 1, ry, sx, sy);
                        break;
                    case 3:
                    case 12:
                        seg(sb, j, ly, j + 1, ry, sx, sy);
                        break;
                    case 4:
                    case 11:
                        seg(sb, tx, i, j + 1, ry, sx, sy);
                        break;
                    case 6:
                    case 9:
                        seg(sb, tx, i, bx, i + 1, sx, sy);
                        break;
                    case 7:
                    case 8:
                        seg(sb, j, ly, tx, i, sx, sy);
                        break;
                    default: { // 5 or 10: a saddle
                        boolean centreHigh = (a + b + c + d) / 4 > level;
                        if (code == 5 == centreHigh) {
                            seg(sb, j, ly, tx, i, sx, sy);
                            seg(sb, bx, i + 1, j + 1, ry, sx, sy);
                        } else {
                            seg(sb, j, ly, bx, i + 1, sx, sy);
                            seg(sb, tx, i, j + 1, ry, sx, sy);
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Where between p (at 0) and q (at 1) the interpolation reaches {@code level}. */
    private static double frac(double p, double q, double level) {
        double t = (level - p) / (q - p);
        return Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0.5;
    }

    private static void seg(StringBuilder sb, double x1, double y1, double x2, double y2, double sx, double sy) {
        sb.append('M').append(PlotSvg.px(x1 * sx)).append(' ').append(PlotSvg.px(y1 * sy)).append('L')
                .append(PlotSvg.px(x2 * sx)).append(' ').append(PlotSvg.px(y2 * sy));
    }
}
