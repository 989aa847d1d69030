package dev.gradlab.web.view;

import dev.gradlab.core.text.Num;

/**
 * Markup of the attention stepper's stage cards: one {@code <svg class="hm">} heatmap per matrix
 * on the viridis scale. Small matrices (at most {@link #SMALL} cells) are drawn cell by cell, each
 * {@code <rect>} carrying {@code data-i}, {@code data-j} and {@code data-v}, with the value written
 * in the cell when it is large enough; larger ones are a {@code <canvas>} (one pixel per cell,
 * scaled up) under the {@code svg.hm} that holds the cursor, painted from {@link #codes} (one
 * character per cell), so n = 64 stays fast. Masked scores (−∞) are hatched (cell by cell) or
 * near-white (painted). Every heatmap is focusable; its value readout is
 * {@code #readout-S}.
 */
public final class HeatmapHtml {
    /** Matrices with at most this many cells are drawn as one rect per cell. */
    public static final int SMALL = 160;
    /** Code of a masked (−∞) cell in {@link #codes}; finite levels are 0..255. */
    public static final int MASKED = 256;
    /** Code of a NaN cell. */
    public static final int NAN = 257;
    /** Added to every code so the characters are plain BMP letters. */
    public static final int CODE_BASE = 0x100;

    private HeatmapHtml() {
    }

    /** Pixels per cell: large for small matrices (room for the value), at least 3. */
    public static int cellSize(int rows, int cols) {
        int longest = Math.max(rows, cols);
        return Math.max(3, Math.min(40, 272 / longest));
    }

    /**
     * {width, height} of a cell in pixels: square ({@link #cellSize}), except that a long thin
     * matrix whose cells are too small for text (a 64 × 4 head) gets cells up to 3 times wider (or
     * taller), so it is not a hairline.
     */
    public static int[] cellBox(int rows, int cols) {
        int base = cellSize(rows, cols);
        int w = base;
        int h = base;
        if (base < 26 && cols * base < 96) {
            w = Math.min(3 * base, Math.max(base, 96 / cols));
        }
        if (base < 26 && rows * base < 48) {
            h = Math.min(3 * base, Math.max(base, 48 / rows));
        }
        return new int[] {w, h};
    }

    /** The id of stage {@code s}'s matrix {@code m}'s heatmap, e.g. "hm-3-0". */
    public static String id(int stage, int matrix) {
        return "hm-" + stage + "-" + matrix;
    }

    /** Whether matrix {@code m} is painted as an image rather than drawn cell by cell. */
    public static boolean painted(StageView.Matrix m) {
        return m.rows * m.cols > SMALL;
    }

    /** A value as the readout and the cells show it: 4 significant digits, "−∞" for a masked score. */
    public static String value(double v) {
        if (v == Double.NEGATIVE_INFINITY) {
            return "\u2212\u221e";
        }
        return Num.format(v, 4).replace('-', '\u2212');
    }

    /** One character per cell, row-major: {@link #CODE_BASE} + the viridis level, {@link #MASKED} or {@link #NAN}. */
    public static String codes(StageView.Matrix m, double lo, double hi) {
        char[] c = new char[m.rows * m.cols];
        int k = 0;
        for (int i = 0; i < m.rows; i++) {
            for (int j = 0; j < m.cols; j++) {
                c[k++] = (char) (CODE_BASE + code(m.get(i, j), lo, hi));
            }
        }
        return new String(c);
    }

    static int code(double v, double lo, double hi) {
        if (Double.isNaN(v)) {
            return NAN;
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return MASKED;
        }
        return Viridis.level(v, lo, hi);
    }

    /** The whole card of stage {@code index}; {@code state} is "done", "current" or "ahead". */
    public static String card(int index, int total, StageView s, String state) {
        StringBuilder sb = new StringBuilder();
        sb.append("<section class=\"stage-card\" id=\"stage-").append(index).append("\" data-index=\"").append(index)
                .append("\" data-stage=\"").append(Html.escape(s.name)).append("\" data-state=\"").append(state)
                .append("\" aria-labelledby=\"stage-title-").append(index).append("\">");
        sb.append("<h3 id=\"stage-title-").append(index).append("\"><button type=\"button\" class=\"stage-jump\""
                + " data-action=\"stage\" data-part=\"").append(index).append("\"")
                .append("current".equals(state) ? " aria-current=\"step\"" : "").append("><span class=\"stage-no\">")
                .append(index + 1).append('/').append(total).append("</span> ").append(Html.escape(s.name))
                .append("</button></h3>");
        sb.append("<p class=\"formula\">").append(Html.escape(s.formula));
        if (!s.shape.isEmpty()) {
            sb.append(" <span class=\"shape\">").append(Html.escape(s.shape)).append("</span>");
        }
        sb.append("</p><div class=\"hm-row\">");
        for (int m = 0; m < s.matrices.size(); m++) {
            sb.append(figure(index, m, s));
        }
        sb.append("</div>");
        if (s.shared) {
            sb.append(scale(s.lo, s.hi, s.masked, count(s)));
        }
        sb.append("<p class=\"hm-readout\" id=\"readout-").append(index).append("\" aria-live=\"polite\">"
                + "Point at a cell, or focus a matrix and use the arrow keys, to read a value.</p>");
        return sb.append("</section>").toString();
    }

    /** One matrix's figure: caption and heatmap. */
    public static String figure(int stage, int matrix, StageView s) {
        StageView.Matrix m = s.matrices.get(matrix);
        int[] box = cellBox(m.rows, m.cols);
        int cell = cellSize(m.rows, m.cols);
        String id = id(stage, matrix);
        StringBuilder sb = new StringBuilder();
        sb.append("<figure class=\"hm-fig\" tabindex=\"0\" id=\"").append(id).append("-fig\" data-hm=\"").append(id)
                .append("\" aria-describedby=\"readout-").append(stage).append("\" aria-label=\"")
                .append(Html.escape(s.name + (m.label.equals(s.name) ? "" : ", " + m.label) + ": " + m.rows + " by "
                        + m.cols + " heatmap, arrow keys move between cells"))
                .append("\"><figcaption>").append(Html.escape(m.label)).append(" <span class=\"dims\">").append(m.rows)
                .append("×").append(m.cols).append("</span></figcaption>");
        int width = m.cols * box[0];
        int height = m.rows * box[1];
        boolean painted = painted(m);
        if (painted) {
            sb.append("<div class=\"hm-stack\"><canvas class=\"hm-canvas\" id=\"").append(id).append("-img\" width=\"")
                    .append(m.cols).append("\" height=\"").append(m.rows).append("\" style=\"width:").append(width)
                    .append("px;height:").append(height).append("px\" aria-hidden=\"true\"></canvas>");
        }
        sb.append("<svg class=\"hm\" id=\"").append(id).append("\" data-rows=\"").append(m.rows).append("\" data-cols=\"")
                .append(m.cols).append("\" data-stage=\"").append(stage).append("\" data-matrix=\"").append(matrix)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(m.cols).append(' ').append(m.rows)
                .append("\" preserveAspectRatio=\"none\" aria-hidden=\"true\">");
        if (!painted) {
            cells(sb, m, cell >= 26);
        }
        sb.append("<rect class=\"hm-cursor\" id=\"").append(id).append("-cur\" x=\"0\" y=\"0\" width=\"1\" height=\"1\""
                + " visibility=\"hidden\"/></svg>");
        if (painted) {
            sb.append("</div>");
        }
        if (!s.shared) {
            sb.append(scale(m.lo(), m.hi(), false, m.rows * m.cols));
        }
        return sb.append("</figure>").toString();
    }

    private static void cells(StringBuilder sb, StageView.Matrix m, boolean text) {
        for (int i = 0; i < m.rows; i++) {
            for (int j = 0; j < m.cols; j++) {
                double v = m.get(i, j);
                int code = code(v, m.lo(), m.hi());
                String fill = code == MASKED ? "url(#hm-hatch)" : code == NAN ? "#ff00ff" : Viridis.hex(code);
                sb.append("<rect x=\"").append(j).append("\" y=\"").append(i).append("\" width=\"1\" height=\"1\" fill=\"")
                        .append(fill).append("\" data-i=\"").append(i).append("\" data-j=\"").append(j)
                        .append("\" data-v=\"").append(Double.isFinite(v) ? Double.toString(v) : v < 0 ? "-Infinity" : "NaN")
                        .append("\"/>");
                if (text) {
                    boolean dark = code >= MASKED || Viridis.darkText(code);
                    sb.append("<text x=\"").append(j + 0.5).append("\" y=\"").append(i + 0.62)
                            .append("\" class=\"hm-val").append(dark ? " dark" : "").append("\">")
                            .append(Html.escape(short3(v))).append("</text>");
                }
            }
        }
    }

    /** At most 3 significant digits and no leading "0" (fits a cell): −0.53, .12, 12.3, −∞. */
    static String short3(double v) {
        if (v == Double.NEGATIVE_INFINITY) {
            return "\u2212\u221e";
        }
        String s = Num.format(v, Math.abs(v) >= 10 ? 3 : 2);
        if (s.startsWith("0.")) {
            s = s.substring(1);
        } else if (s.startsWith("-0.")) {
            s = "-" + s.substring(2);
        }
        return s.replace('-', '\u2212');
    }

    private static int count(StageView s) {
        int n = 0;
        for (StageView.Matrix m : s.matrices) {
            n += m.rows * m.cols;
        }
        return n;
    }

    /**
     * A colour bar from lo to hi, with the masked swatch when some score is masked; for 100 values
     * or more the ends are quantiles ({@link StageView#CLIP}), which the bar's title says.
     */
    static String scale(double lo, double hi, boolean masked, int values) {
        StringBuilder sb = new StringBuilder("<div class=\"hm-scale\"");
        if (values >= 100) {
            sb.append(" title=\"the ends are the 1st and 99th percentiles; values beyond them get the end colours\"");
        }
        sb.append("><span class=\"lo\">").append(value(lo)).append("</span><svg width=\"96\" height=\"10\" aria-hidden=\"true\">"
                + "<rect width=\"96\" height=\"10\" fill=\"url(#hm-viridis)\"/></svg><span class=\"hi\">").append(value(hi))
                .append("</span>");
        if (masked) {
            sb.append("<span class=\"masked-key\"><svg width=\"14\" height=\"10\" aria-hidden=\"true\"><rect width=\"14\""
                    + " height=\"10\" fill=\"url(#hm-hatch)\"/></svg> masked (−∞)</span>");
        }
        return sb.append("</div>").toString();
    }

    /** The shared {@code <defs>}: the viridis gradient of the colour bars and the masked hatch. */
    public static String defs() {
        StringBuilder sb = new StringBuilder("<defs><linearGradient id=\"hm-viridis\">");
        for (int k = 0; k <= 8; k++) {
            sb.append("<stop offset=\"").append(k / 8.0).append("\" stop-color=\"")
                    .append(Viridis.hex(Math.min(255, k * 32))).append("\"/>");
        }
        // in the units of the hatched shape's box, so one cell of any heatmap gets four stripes
        sb.append("</linearGradient><pattern id=\"hm-hatch\" width=\".25\" height=\".25\""
                + " patternUnits=\"objectBoundingBox\" patternContentUnits=\"objectBoundingBox\">"
                + "<rect width=\".25\" height=\".25\" fill=\"#f2f2f2\"/>"
                + "<path d=\"M0 .25L.25 0\" stroke=\"#808080\" stroke-width=\".05\"/></pattern></defs>");
        return sb.toString();
    }
}
