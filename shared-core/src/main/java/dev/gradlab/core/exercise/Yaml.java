package dev.gradlab.core.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML subset of exercise front matter: block maps and lists, flow lists {@code [a, b]} and
 * maps {@code {k: v}} (which may span lines), plain, double-quoted and single-quoted scalars,
 * literal blocks ({@code key: |}) and {@code #} comments. Maps are {@link LinkedHashMap}s in file
 * order, lists are {@link List}s and every scalar is a {@link String} (consumers convert numbers);
 * an empty value is {@code null}. Errors are {@link YamlException}s naming the line and column.
 */
public final class Yaml {
    private final String[] lines;
    private final int firstLine;
    private int pos;

    private Yaml(String text, int firstLine) {
        this.lines = text.replace("\r\n", "\n").split("\n", -1);
        this.firstLine = firstLine;
    }

    /** Parses {@code text}; line numbers in errors start at {@code firstLine}. */
    public static Object parse(String text, int firstLine) {
        Yaml y = new Yaml(text, firstLine);
        y.skipBlank();
        if (y.pos >= y.lines.length) {
            return new LinkedHashMap<String, Object>();
        }
        Object out = y.block(y.indent(y.pos));
        y.skipBlank();
        if (y.pos < y.lines.length) {
            throw y.error(y.pos, y.indent(y.pos), "unexpected indentation: this line does not belong to the block above");
        }
        return out;
    }

    private Object block(int indent) {
        return isListItem(pos) ? list(indent) : map(indent);
    }

    private Map<String, Object> map(int indent) {
        Map<String, Object> out = new LinkedHashMap<>();
        while (true) {
            skipBlank();
            if (pos >= lines.length || indent(pos) < indent) {
                return out;
            }
            int line = pos;
            if (indent(line) > indent) {
                throw error(line, indent(line), "unexpected indentation");
            }
            if (isListItem(line)) {
                throw error(line, indent, "a list item where a 'key: value' line was expected");
            }
            String text = lines[line];
            int colon = keyColon(text, indent);
            if (colon < 0) {
                throw error(line, indent, "expected 'key: value'");
            }
            String key = unquoteKey(text.substring(indent, colon).trim());
            if (out.containsKey(key)) {
                throw error(line, indent, "the key '" + key + "' appears twice");
            }
            pos++;
            out.put(key, value(text.substring(colon + 1), line, colon + 1, indent));
        }
    }

    private List<Object> list(int indent) {
        List<Object> out = new ArrayList<>();
        while (true) {
            skipBlank();
            if (pos >= lines.length || indent(pos) < indent) {
                return out;
            }
            int line = pos;
            if (indent(line) > indent || !isListItem(line)) {
                throw error(line, indent(line), isListItem(line) ? "unexpected indentation" : "expected a list item '- …'");
            }
            String text = lines[line];
            int start = indent + 1;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            String rest = stripComment(text.substring(start)).trim();
            if (rest.isEmpty()) {
                pos++;
                out.add(nested(indent));
            } else if (keyColon(text, start) > 0 && "[{\"'".indexOf(rest.charAt(0)) < 0) {
                // "- key: value" starts a map whose keys sit at the column of "key".
                lines[line] = spaces(start) + text.substring(start);
                out.add(map(start));
            } else {
                pos++;
                out.add(inline(text.substring(start), line, start));
            }
        }
    }

    /** The value after "key:" (or "-"): inline, a literal block, or a nested block below. */
    private Object value(String rest, int line, int column, int indent) {
        String r = stripComment(rest).trim();
        if (r.isEmpty()) {
            return nested(indent);
        }
        if (r.equals("|") || r.equals("|-") || r.equals("|+")) {
            return literal(indent, r);
        }
        return inline(rest, line, column);
    }

    private Object nested(int indent) {
        skipBlank();
        if (pos >= lines.length) {
            return null;
        }
        int child = indent(pos);
        if (child > indent || (child == indent && isListItem(pos))) {
            return block(child);
        }
        return null;
    }

    private String literal(int indent, String style) {
        int blockIndent = -1;
        List<String> body = new ArrayList<>();
        while (pos < lines.length) {
            String l = lines[pos];
            if (l.trim().isEmpty()) {
                body.add("");
                pos++;
                continue;
            }
            int ind = indent(pos);
            if (ind <= indent) {
                break;
            }
            if (blockIndent < 0) {
                blockIndent = ind;
            }
            if (ind < blockIndent) {
                throw error(pos, ind, "this line of the literal block is indented less than its first line");
            }
            body.add(l.substring(blockIndent));
            pos++;
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        StringBuilder sb = new StringBuilder();
        for (String b : body) {
            sb.append(b).append('\n');
        }
        String s = sb.toString();
        return style.equals("|-") && s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** A scalar or flow collection starting on {@code line} at {@code column}, maybe continuing below. */
    private Object inline(String rest, int line, int column) {
        String text = rest;
        FlowParser p = new FlowParser(text, this, line, column);
        char first = text.trim().isEmpty() ? ' ' : text.trim().charAt(0);
        if (first == '[' || first == '{') {
            while (!p.balanced() && pos < lines.length) {
                text = text + "\n" + lines[pos];
                pos++;
                p = new FlowParser(text, this, line, column);
            }
        }
        return p.document();
    }

    YamlException error(int line, int column, String message) {
        return new YamlException(message, firstLine + line, column + 1);
    }

    private void skipBlank() {
        while (pos < lines.length) {
            String t = lines[pos].trim();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return;
            }
            pos++;
        }
    }

    private int indent(int line) {
        String l = lines[line];
        int i = 0;
        while (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        if (i < l.length() && l.charAt(i) == '\t') {
            throw error(line, i, "tabs cannot indent YAML; use spaces");
        }
        return i;
    }

    private boolean isListItem(int line) {
        String t = lines[line].trim();
        return t.equals("-") || t.startsWith("- ");
    }

    /** The column of the ':' that ends a plain key on this line, or -1. */
    private static int keyColon(String text, int from) {
        if (from < text.length() && (text.charAt(from) == '"' || text.charAt(from) == '\'')) {
            char q = text.charAt(from);
            int close = text.indexOf(q, from + 1);
            if (close > 0 && close + 1 < text.length() && text.charAt(close + 1) == ':') {
                return close + 1;
            }
            return -1;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' && (i == from || text.charAt(i - 1) == ' ')) {
                return -1;
            }
            if (c == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
            if (c == '[' || c == '{' || c == '"' || c == '\'') {
                return -1;
            }
        }
        return -1;
    }

    private static String unquoteKey(String key) {
        if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')) {
            return key.substring(1, key.length() - 1);
        }
        return key;
    }

    /** Removes a trailing {@code # comment} outside quotes. */
    static String stripComment(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                if (i == 0 || " [{,:".indexOf(s.charAt(i - 1)) >= 0) {
                    quote = c;
                }
            } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ')) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static String spaces(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
