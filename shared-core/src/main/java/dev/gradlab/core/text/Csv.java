package dev.gradlab.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: reading (quoted fields with commas, quotes and line breaks; CRLF or LF) and
 * writing fields. Blank lines are skipped. The server reads account uploads and writes the
 * gradebook with it; the browser reads the gradebook.
 */
public final class Csv {
    private Csv() {
    }

    /** One record and the line it starts on (1-based). Immutable. */
    public static final class Row {
        private final int line;
        private final List<String> fields;

        Row(int line, List<String> fields) {
            this.line = line;
            this.fields = java.util.Collections.unmodifiableList(fields);
        }

        public int line() {
            return line;
        }

        public List<String> fields() {
            return fields;
        }
    }

    /** @throws IllegalArgumentException for a quote that is never closed, naming its line */
    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean blank = true;
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1;
        }
        for (; i < n; i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
                blank = false;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                blank = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!blank || field.length() > 0) {
                    fields.add(field.toString());
                    rows.add(new Row(start, fields));
                }
                fields = new ArrayList<>();
                field.setLength(0);
                blank = true;
                line++;
                start = line;
            } else {
                field.append(ch);
                blank = false;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + start + ": a quoted field is not closed");
        }
        if (!blank || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(start, fields));
        }
        return rows;
    }

    /**
     * A field as CSV: quoted when it holds a comma, quote or line break; a text starting with
     * {@code = + - @} (which spreadsheets run as a formula) is prefixed with {@code '}.
     */
    public static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static boolean isNumber(String v) {
        try {
            Double.parseDouble(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
