package dev.gradlab.web.view;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.List;

/**
 * A matrix as a student types it: a list literal {@code [[1, 2], [3, 4]]}, or one row per line
 * (or per {@code ;}) with the numbers separated by spaces or commas. Also the reverse (one row per
 * line, so the text area reads as a grid) and seeded random matrices whose text is exact.
 */
public final class MatrixText {
    /** A matrix that could not be read; the message names the row or the token. */
    public static final class MatrixError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public MatrixError(String message) {
            super(message);
        }
    }

    private MatrixText() {
    }

    /**
     * The rows of {@code text}.
     *
     * @throws MatrixError if a token is not a number, the brackets do not match, the rows differ in
     *         length or there is no number at all
     */
    public static double[][] parse(String text) {
        String s = text == null ? "" : text.trim();
        List<List<Double>> rows = s.indexOf('[') >= 0 || s.indexOf(']') >= 0 ? bracketed(s) : lines(s);
        if (rows.isEmpty()) {
            throw new MatrixError("no numbers: type rows like [[1, 2], [3, 4]], or one row per line");
        }
        int cols = rows.get(0).size();
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != cols) {
                throw new MatrixError("row " + (i + 1) + " has " + rows.get(i).size() + " numbers but row 1 has " + cols);
            }
            out[i] = new double[cols];
            for (int j = 0; j < cols; j++) {
                out[i][j] = rows.get(i).get(j);
            }
        }
        return out;
    }

    /**
     * {@link #parse} checked against a shape.
     *
     * @param what the matrix's name in messages, e.g. "Q"
     * @throws MatrixError naming the expected and the typed shape
     */
    public static double[][] parse(String text, int rows, int cols, String what) {
        double[][] m;
        try {
            m = parse(text);
        } catch (MatrixError e) {
            throw new MatrixError(what + ": " + e.getMessage());
        }
        if (m.length != rows || m[0].length != cols) {
            throw new MatrixError(what + " must be " + rows + " × " + cols + " but has " + m.length + " row"
                    + (m.length == 1 ? "" : "s") + " of " + m[0].length);
        }
        return m;
    }

    private static List<List<Double>> lines(String s) {
        List<List<Double>> rows = new ArrayList<>();
        for (String line : s.split("[\\n;]")) {
            List<Double> row = numbers(line);
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<Double>> bracketed(String s) {
        List<List<Double>> rows = new ArrayList<>();
        int depth = 0;
        int maxDepth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
                maxDepth = Math.max(maxDepth, depth);
                if (depth > 2) {
                    throw new MatrixError("too many brackets: a matrix is a list of rows, [[1, 2], [3, 4]]");
                }
                cur.setLength(0);
            } else if (c == ']') {
                if (depth == 0) {
                    throw new MatrixError("a ']' without its '['");
                }
                List<Double> row = numbers(cur.toString());
                if (!row.isEmpty() || depth == 2) {
                    rows.add(row);
                }
                cur.setLength(0);
                depth--;
            } else if (depth == 0 && c != ',' && !Character.isWhitespace(c)) {
                throw new MatrixError("'" + c + "' outside the brackets");
            } else if (depth > 0) {
                cur.append(c);
            }
        }
        if (depth != 0) {
            throw new MatrixError("a '[' is not closed");
        }
        if (maxDepth == 1 && rows.size() > 1) {
            throw new MatrixError("write the rows inside one pair of brackets: [[1, 2], [3, 4]]");
        }
        return rows;
    }

    private static List<Double> numbers(String part) {
        List<Double> out = new ArrayList<>();
        for (String tok : part.trim().split("[\\s,]+")) {
            if (tok.isEmpty()) {
                continue;
            }
            try {
                double v = Double.parseDouble(tok.replace('\u2212', '-'));
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                out.add(v);
            } catch (NumberFormatException e) {
                throw new MatrixError("'" + tok + "' is not a number");
            }
        }
        return out;
    }

    /** One row per line as a list literal, {@code sig} significant digits per entry. */
    public static String format(double[][] m, int sig) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < m.length; i++) {
            sb.append(i == 0 ? "[" : ",\n [");
            for (int j = 0; j < m[i].length; j++) {
                if (j > 0) {
                    sb.append(", ");
                }
                sb.append(Num.format(m[i][j], sig));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    /**
     * A rows × cols matrix of standard normal numbers drawn with {@link SplitMix64}, row by row,
     * each rounded to two decimals so that {@link #format} shows it exactly.
     */
    public static double[][] random(SplitMix64 rng, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = Math.round(rng.nextGaussian() * 100) / 100.0;
            }
        }
        return m;
    }
}
