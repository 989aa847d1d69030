package dev.gradlab.core.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Typed reads of front-matter values, with errors that name where the value sits. */
final class Fields {
    private final Map<String, Object> map;
    private final String where;

    Fields(Object map, String where) {
        if (!(map instanceof Map)) {
            throw new ExerciseException(where + ": expected a map of 'key: value' entries");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) map;
        this.map = m;
        this.where = where;
    }

    String where() {
        return where;
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    Object raw(String key) {
        return map.get(key);
    }

    String string(String key) {
        Object v = map.get(key);
        if (v == null) {
            throw new ExerciseException(where + ": '" + key + "' is required");
        }
        if (!(v instanceof String)) {
            throw new ExerciseException(where + ": '" + key + "' must be text, not a " + kind(v));
        }
        return (String) v;
    }

    String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    double number(String key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        String s = string(key);
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new ExerciseException(where + ": '" + key + "' must be a number, not '" + s + "'");
        }
    }

    int integer(String key, int fallback) {
        double d = number(key, fallback);
        if (d != Math.rint(d)) {
            throw new ExerciseException(where + ": '" + key + "' must be a whole number");
        }
        return (int) d;
    }

    boolean flag(String key) {
        return has(key) && string(key).equals("true");
    }

    List<Object> list(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Collections.emptyList();
        }
        if (!(v instanceof List)) {
            throw new ExerciseException(where + ": '" + key + "' must be a list");
        }
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) v;
        return l;
    }

    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Object o : list(key)) {
            if (!(o instanceof String)) {
                throw new ExerciseException(where + ": every entry of '" + key + "' must be text");
            }
            out.add((String) o);
        }
        return out;
    }

    Fields child(String key) {
        return new Fields(map.get(key), where + "." + key);
    }

    static String kind(Object v) {
        return v instanceof Map ? "map" : v instanceof List ? "list" : "text";
    }
}
