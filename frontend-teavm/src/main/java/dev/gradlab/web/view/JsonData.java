package dev.gradlab.web.view;

import dev.gradlab.core.json.JsonReader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of the trees {@link JsonReader} builds (maps, lists, doubles, strings, booleans,
 * null): a missing or mistyped field reads as the given default, so an answer from a newer server
 * with extra or absent fields still renders.
 */
public final class JsonData {
    private JsonData() {
    }

    /** Parses {@code text}; a JSON syntax error becomes IllegalArgumentException. */
    public static Object parse(String text) {
        try {
            return JsonReader.parse(text);
        } catch (JsonReader.JsonException e) {
            throw new IllegalArgumentException("the server sent JSON that cannot be read: " + e.getMessage());
        }
    }

    /** {@code o} as an object, or an empty one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Collections.<String, Object>emptyMap();
    }

    /** {@code o} as an array, or an empty one. */
    @SuppressWarnings("unchecked")
    public static List<Object> array(Object o) {
        return o instanceof List ? (List<Object>) o : Collections.emptyList();
    }

    public static Map<String, Object> object(Map<String, Object> m, String key) {
        return object(m.get(key));
    }

    public static List<Object> array(Map<String, Object> m, String key) {
        return array(m.get(key));
    }

    /** A string field (numbers and booleans as text), or {@code fallback}. */
    public static String string(Map<String, Object> m, String key, String fallback) {
        Object v = m.get(key);
        if (v instanceof String) {
            return (String) v;
        }
        if (v instanceof Double) {
            double d = (Double) v;
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        return v instanceof Boolean ? v.toString() : fallback;
    }

    public static double number(Map<String, Object> m, String key, double fallback) {
        Object v = m.get(key);
        return v instanceof Double ? (Double) v : fallback;
    }

    public static int integer(Map<String, Object> m, String key, int fallback) {
        Object v = m.get(key);
        return v instanceof Double ? (int) Math.round((Double) v) : fallback;
    }

    public static boolean bool(Map<String, Object> m, String key) {
        return Boolean.TRUE.equals(m.get(key));
    }

    /** An array of strings (other items skipped). */
    public static List<String> strings(Map<String, Object> m, String key) {
        List<String> out = new ArrayList<>();
        for (Object o : array(m, key)) {
            if (o instanceof String) {
                out.add((String) o);
            }
        }
        return out;
    }

    /** The {@code error.message} of an API error document, or null when {@code json} is not one. */
    public static String errorMessage(String json) {
        try {
            Map<String, Object> e = object(object(parse(json)), "error");
            return e.isEmpty() ? null : string(e, "message", "unknown error");
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }

    /** The {@code error.code} of an API error document, or null when {@code json} is not one. */
    public static String errorCode(String json) {
        try {
            Map<String, Object> e = object(object(parse(json)), "error");
            return e.isEmpty() ? null : string(e, "code", null);
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }
}
