package dev.gradlab.core.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses one inline YAML value: a plain or quoted scalar, or a flow list/map (maybe over lines). */
final class FlowParser {
    private final String s;
    private final Yaml owner;
    private final int line;
    private final int column;
    private int i;

    FlowParser(String s, Yaml owner, int line, int column) {
        this.s = s;
        this.owner = owner;
        this.line = line;
        this.column = column;
    }

    /** True when every bracket opened outside quotes is closed. */
    boolean balanced() {
        int depth = 0;
        char quote = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    k++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (k == 0 || s.charAt(k - 1) == ' ')) {
                int nl = s.indexOf('\n', k);
                if (nl < 0) {
                    break;
                }
                k = nl;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return depth <= 0;
    }

    /** The whole value; anything but a comment after it is an error. */
    Object document() {
        skipSpace();
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        Object v;
        if (c == '[' || c == '{' || c == '"' || c == '\'') {
            v = value(false);
        } else {
            String rest = Yaml.stripComment(s.substring(i)).trim();
            i = s.length();
            return rest;
        }
        skipSpace();
        if (i < s.length() && s.charAt(i) != '#') {
            throw err("unexpected text after the value: " + s.substring(i).trim());
        }
        return v;
    }

    private Object value(boolean inFlow) {
        skipSpace();
        if (i >= s.length()) {
            throw err("a value is missing");
        }
        char c = s.charAt(i);
        if (c == '[') {
            return flowList();
        }
        if (c == '{') {
            return flowMap();
        }
        if (c == '"') {
            return doubleQuoted();
        }
        if (c == '\'') {
            return singleQuoted();
        }
        int start = i;
        while (i < s.length() && ",]}".indexOf(s.charAt(i)) < 0
                && !(inFlow && s.charAt(i) == ':' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
            i++;
        }
        String v = s.substring(start, i).trim();
        return v.isEmpty() ? null : v;
    }

    private List<Object> flowList() {
        i++;
        List<Object> out = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            i++;
            return out;
        }
        while (true) {
            out.add(value(true));
            skipSpace();
            char c = peek();
            i++;
            if (c == ']') {
                return out;
            }
            if (c != ',') {
                i--;
                throw err("expected ',' or ']' in the list");
            }
        }
    }

    private Map<String, Object> flowMap() {
        i++;
        Map<String, Object> out = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            i++;
            return out;
        }
        while (true) {
            skipSpace();
            Object key = value(true);
            skipSpace();
            if (peek() != ':') {
                throw err("expected ':' after the key '" + key + "'");
            }
            i++;
            skipSpace();
            char n = peek();
            Object v = n == ',' || n == '}' ? null : value(true);
            out.put(String.valueOf(key), v);
            skipSpace();
            char c = peek();
            i++;
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                i--;
                throw err("expected ',' or '}' in the map");
            }
        }
    }

    private String doubleQuoted() {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                char e = i < s.length() ? s.charAt(i++) : ' ';
                switch (e) {
                    case '\\': sb.append('\\'); break;
                    case '"': sb.append('"'); break;
                    case 'n': sb.append('\n'); break;
                    case '/': sb.append('/'); break;
                    default:
                        i -= 2;
                        throw err("unknown escape '\\" + e + "' in a double-quoted string: write \\\\ for a "
                                + "backslash (\\\\frac), or use single quotes");
                }
            } else if (c == '\n') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        throw err("the double-quoted string is never closed");
    }

    private String singleQuoted() {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '\'') {
                if (peek() == '\'') {
                    sb.append('\'');
                    i++;
                    continue;
                }
                return sb.toString();
            }
            sb.append(c == '\n' ? ' ' : c);
        }
        throw err("the single-quoted string is never closed");
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private void skipSpace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '#' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ' ' || c == '\n' || c == '\t') {
                i++;
            } else {
                return;
            }
        }
    }

    private YamlException err(String message) {
        int l = line;
        int col = column;
        for (int k = 0; k < i && k < s.length(); k++) {
            if (s.charAt(k) == '\n') {
                l++;
                col = 0;
            } else {
                col++;
            }
        }
        return owner.error(l, col, message);
    }
}
