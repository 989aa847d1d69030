package dev.gradlab.core.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON parser: objects become {@link LinkedHashMap}, arrays {@link ArrayList}, numbers
 * {@link Double}, plus String, Boolean and null. Nesting deeper than {@link #MAX_DEPTH} is refused.
 */
public final class JsonReader {
    /** The deepest nesting accepted. */
    public static final int MAX_DEPTH = 64;

    /** A JSON syntax error with its 0-based character offset. */
    public static final class JsonException extends RuntimeException {
        public final int offset;

        JsonException(String message, int offset) {
            super(message + " at character " + (offset + 1));
            this.offset = offset;
        }
    }

    private final String s;
    private int pos;

    private JsonReader(String s) {
        this.s = s;
    }

    /** Parses one JSON value; nothing but whitespace may follow it. */
    public static Object parse(String text) {
        JsonReader r = new JsonReader(text);
        Object v = r.value(0);
        r.ws();
        if (r.pos != text.length()) {
            throw new JsonException("unexpected text after the JSON value", r.pos);
        }
        return v;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new JsonException("JSON nested deeper than " + MAX_DEPTH + " levels", pos);
        }
        ws();
        if (pos >= s.length()) {
            throw new JsonException("unexpected end of JSON", pos);
        }
        char c = s.charAt(pos);
        if (c == '{') {
            return object(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '"') {
            return string();
        }
        if (s.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (s.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        if (s.startsWith("null", pos)) {
            pos += 4;
            return null;
        }
        return number();
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        ws();
        if (peek() == '}') {
            pos++;
            return m;
        }
        while (true) {
            ws();
            if (peek() != '"') {
                throw new JsonException("expected a quoted key", pos);
            }
            String key = string();
            ws();
            if (peek() != ':') {
                throw new JsonException("expected ':' after key \"" + key + "\"", pos);
            }
            pos++;
            m.put(key, value(depth + 1));
            ws();
            char c = peek();
            pos++;
            if (c == '}') {
                return m;
            }
            if (c != ',') {
                throw new JsonException("expected ',' or '}'", pos - 1);
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> l = new ArrayList<>();
        pos++;
        ws();
        if (peek() == ']') {
            pos++;
            return l;
        }
        while (true) {
            l.add(value(depth + 1));
            ws();
            char c = peek();
            pos++;
            if (c == ']') {
                return l;
            }
            if (c != ',') {
                throw new JsonException("expected ',' or ']'", pos - 1);
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw new JsonException("string is not closed", pos);
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= s.length()) {
                throw new JsonException("string is not closed", pos);
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n':
                    sb.append('\n');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case 'b':
                    sb.append('\b');
                    break;
                case 'f':
                    sb.append('\f');
                    break;
                case 'u':
                    if (pos + 4 > s.length()) {
                        throw new JsonException("bad \\u escape", pos);
                    }
                    try {
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw new JsonException("bad \\u escape", pos);
                    }
                    pos += 4;
                    break;
                default:
                    sb.append(e);
            }
        }
    }

    private Double number() {
        int start = pos;
        while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw new JsonException("unexpected character '" + s.charAt(pos) + "'", pos);
        }
        try {
            return Double.parseDouble(s.substring(start, pos));
        } catch (NumberFormatException ex) {
            throw new JsonException("bad number " + s.substring(start, pos), start);
        }
    }

    private char peek() {
        if (pos >= s.length()) {
            throw new JsonException("unexpected end of JSON", pos);
        }
        return s.charAt(pos);
    }

    private void ws() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }
}
