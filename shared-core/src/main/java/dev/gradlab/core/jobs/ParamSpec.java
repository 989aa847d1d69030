package dev.gradlab.core.jobs;

import dev.gradlab.core.json.JsonWriter;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One parameter of a job kind: its name, type, default, allowed range and what it means. It
 * checks a value sent by a client ({@link #check}) and describes itself for
 * {@code GET /api/jobs/kinds} ({@link #write}). Immutable.
 */
public final class ParamSpec {
    /** The types a parameter can have, with their names in JSON. */
    public enum Type {
        INTEGER("integer"), NUMBER("number"), STRING("string"), CHOICE("choice"),
        INTEGER_LIST("integer list"), NUMBER_LIST("number list");

        private final String json;

        Type(String json) {
            this.json = json;
        }

        /** The name used in JSON and messages. */
        public String json() {
            return json;
        }

        /** The type whose JSON name is {@code json}, or null. */
        public static Type of(String json) {
            for (Type t : values()) {
                if (t.json.equals(json)) {
                    return t;
                }
            }
            return null;
        }
    }

    private final String name;
    private final Type type;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final int maxItems;
    private final List<String> choices;
    private final String description;

    private ParamSpec(String name, Type type, Object defaultValue, double min, double max, int maxItems,
            List<String> choices, String description) {
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.maxItems = maxItems;
        this.choices = choices;
        this.description = description;
    }

    /** An integer in [min, max] (JSON numbers up to 2⁵³ are exact). */
    public static ParamSpec integer(String name, long def, long min, long max, String description) {
        return new ParamSpec(name, Type.INTEGER, def, min, max, 0, null, description);
    }

    /** A finite number in [min, max]. */
    public static ParamSpec number(String name, double def, double min, double max, String description) {
        return new ParamSpec(name, Type.NUMBER, def, min, max, 0, null, description);
    }

    /** A string of at most {@code maxLength} characters. */
    public static ParamSpec string(String name, String def, int maxLength, String description) {
        return new ParamSpec(name, Type.STRING, def, 0, maxLength, 0, null, description);
    }

    /** One of {@code choices}; the first is the default. */
    public static ParamSpec choice(String name, String description, String... choices) {
        List<String> c = new ArrayList<>();
        Collections.addAll(c, choices);
        return new ParamSpec(name, Type.CHOICE, choices[0], 0, 0, 0, Collections.unmodifiableList(c), description);
    }

    /** 1 to {@code maxItems} integers, each in [min, max]. */
    public static ParamSpec integers(String name, int[] def, int min, int max, int maxItems, String description) {
        return new ParamSpec(name, Type.INTEGER_LIST, def.clone(), min, max, maxItems, null, description);
    }

    /** 1 to {@code maxItems} finite numbers, each in [min, max]. */
    public static ParamSpec numbers(String name, double[] def, double min, double max, int maxItems, String description) {
        return new ParamSpec(name, Type.NUMBER_LIST, def.clone(), min, max, maxItems, null, description);
    }

    /**
     * The parameter as {@link #write} describes it, read from the tree {@code JsonReader} parses
     * (numbers as Double): {@code {"name", "type", "default", "min", "max" | "maxLength",
     * "maxItems"?, "choices"?, "description"}}; null when the type is none of {@link Type}'s. A
     * missing bound reads as ±10³⁰⁰ (a string's length as 100000), a missing maxItems as 16, a
     * missing or mistyped default as null (a choice's as its first choice).
     */
    public static ParamSpec read(Map<String, ?> m) {
        Type type = Type.of(text(m.get("type"), ""));
        if (type == null) {
            return null;
        }
        String name = text(m.get("name"), "");
        String description = text(m.get("description"), "");
        Object d = m.get("default");
        if (type == Type.STRING) {
            return new ParamSpec(name, type, d instanceof String ? d : null, 0, number(m.get("maxLength"), 100_000), 0,
                    null, description);
        }
        if (type == Type.CHOICE) {
            List<String> choices = new ArrayList<>();
            if (m.get("choices") instanceof List) {
                for (Object c : (List<?>) m.get("choices")) {
                    if (c instanceof String) {
                        choices.add((String) c);
                    }
                }
            }
            Object def = d instanceof String ? d : choices.isEmpty() ? null : choices.get(0);
            return new ParamSpec(name, type, def, 0, 0, 0, Collections.unmodifiableList(choices), description);
        }
        double min = number(m.get("min"), -1e300);
        double max = number(m.get("max"), 1e300);
        switch (type) {
            case INTEGER:
                return new ParamSpec(name, type, d instanceof Number ? Long.valueOf(((Number) d).longValue()) : null,
                        min, max, 0, null, description);
            case NUMBER:
                return new ParamSpec(name, type, d instanceof Number ? Double.valueOf(((Number) d).doubleValue()) : null,
                        min, max, 0, null, description);
            default:
                int maxItems = (int) Math.round(number(m.get("maxItems"), 16));
                double[] def = numbers(d);
                // separate constructor calls, not one variable holding an int[] or a double[] (see check)
                if (type == Type.INTEGER_LIST) {
                    return new ParamSpec(name, type, def == null ? null : ints(def), min, max, maxItems, null, description);
                }
                return new ParamSpec(name, type, def, min, max, maxItems, null, description);
        }
    }

    /** A JSON list of numbers as a double[], or null when {@code v} is not one. */
    private static double[] numbers(Object v) {
        if (!(v instanceof List)) {
            return null;
        }
        List<?> items = (List<?>) v;
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(items.get(i) instanceof Number)) {
                return null;
            }
            out[i] = ((Number) items.get(i)).doubleValue();
        }
        return out;
    }

    private static String text(Object v, String fallback) {
        return v instanceof String ? (String) v : fallback;
    }

    private static double number(Object v, double fallback) {
        return v instanceof Number ? ((Number) v).doubleValue() : fallback;
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    /** The default: a Long, Double, String, int[] or double[] (arrays are copies). */
    public Object defaultValue() {
        if (defaultValue instanceof int[]) {
            return ((int[]) defaultValue).clone();
        }
        if (defaultValue instanceof double[]) {
            return ((double[]) defaultValue).clone();
        }
        return defaultValue;
    }

    /** The smallest value (of each item of a list); for a string 0. */
    public double min() {
        return min;
    }

    /** The largest value (of each item of a list); for a string its maximum length. */
    public double max() {
        return max;
    }

    /** The most items of a list; 0 for the other types. */
    public int maxItems() {
        return maxItems;
    }

    /** The choices of a choice, in order; empty for the other types. */
    public List<String> choices() {
        return choices == null ? Collections.<String>emptyList() : choices;
    }

    public String description() {
        return description;
    }

    /**
     * The allowed values of a number in words, as {@link #check}'s messages say them: "an integer
     * from 1 to 20000", "a number from 0.01 to 100" (of a list: of each item).
     */
    public String range() {
        boolean integer = type == Type.INTEGER || type == Type.INTEGER_LIST;
        return (integer ? "an integer" : "a number") + " from " + fmt(min) + " to " + fmt(max);
    }

    /**
     * The value to use for {@code raw} as a client sent it (a Number, String or List of Numbers, as
     * {@code JsonReader} or a JSON library gives them; null for absent): the default when null,
     * else a Long, Double, String, int[] or double[].
     *
     * @throws JobParamException naming this parameter and saying what is allowed
     */
    public Object check(Object raw) {
        if (raw == null) {
            return defaultValue();
        }
        switch (type) {
            case INTEGER:
                return (long) scalar(raw, name, true);
            case NUMBER:
                return scalar(raw, name, false);
            case STRING:
                if (!(raw instanceof String)) {
                    throw fail(name + " must be a string, not " + kind(raw));
                }
                if (((String) raw).length() > max) {
                    throw fail(name + " must be at most " + fmt(max) + " characters long, not " + ((String) raw).length());
                }
                return raw;
            case CHOICE:
                if (!(raw instanceof String) || !choices.contains(raw)) {
                    throw fail(name + " must be one of " + String.join(", ", choices) + ", not "
                            + (raw instanceof String ? "\"" + raw + "\"" : kind(raw)));
                }
                return raw;
            case INTEGER_LIST:
                return ints(items(raw));
            default:
                return items(raw);
        }
    }

    /*
     * The int[] and the double[] of a list are returned by separate return statements on purpose:
     * TeaVM 0.15's WebAssembly GC back end types a variable that only ever holds an int[] or a
     * double[] as Object[] (its PreciseTypeInference.merge joins two array types into an array of
     * the join of their item types), and a method that joins them in one variable, even only after
     * inlining (as list(raw) returning either did), is an invalid WasmGC function that the browser
     * rejects: "local.set[0] expected type (ref null …), found local.get of type (ref null …)".
     */

    /** The items of a list, each checked (as integers for an integer list). */
    private double[] items(Object raw) {
        boolean ints = type == Type.INTEGER_LIST;
        if (!(raw instanceof List)) {
            throw fail(name + " must be a list of " + maxItems + " or fewer " + (ints ? "integers" : "numbers")
                    + ", not " + kind(raw));
        }
        List<?> items = (List<?>) raw;
        if (items.isEmpty() || items.size() > maxItems) {
            throw fail(name + " must have 1 to " + maxItems + " items, not " + items.size());
        }
        double[] values = new double[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = scalar(items.get(i), name + "[" + i + "]", ints);
        }
        return values;
    }

    private static int[] ints(double[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) values[i];
        }
        return out;
    }

    private double scalar(Object raw, String what, boolean integer) {
        if (!(raw instanceof Number)) {
            throw fail(what + " must be " + range() + ", not " + kind(raw));
        }
        double v = ((Number) raw).doubleValue();
        if (!Double.isFinite(v) || (integer && v != Math.rint(v)) || v < min || v > max) {
            throw fail(what + " must be " + range() + ", not " + fmt(v));
        }
        return v;
    }

    private JobParamException fail(String message) {
        return new JobParamException(name, message);
    }

    private static String kind(Object raw) {
        if (raw instanceof String) {
            return "a string";
        }
        if (raw instanceof Boolean) {
            return "a boolean";
        }
        if (raw instanceof List) {
            return "a list";
        }
        if (raw instanceof Number) {
            return "a number";
        }
        return "an object";
    }

    /** A number as a person writes it: integers without a decimal point. */
    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Num.format(v, 6);
    }

    /** {"name", "type", "default", "min", "max" | "maxLength", "maxItems"?, "choices"?, "description"}. */
    public JsonWriter write(JsonWriter w) {
        w.beginObject().name("name").value(name).name("type").value(type.json());
        w.name("default");
        writeValue(w, defaultValue);
        switch (type) {
            case STRING:
                w.name("maxLength").value((long) max);
                break;
            case CHOICE:
                w.name("choices").beginArray();
                for (String c : choices) {
                    w.value(c);
                }
                w.endArray();
                break;
            default:
                w.name("min").value(min).name("max").value(max);
                if (maxItems > 0) {
                    w.name("maxItems").value((long) maxItems);
                }
        }
        return w.name("description").value(description).endObject();
    }

    /** Writes a checked value (Long, Double, String, int[] or double[]). */
    public static void writeValue(JsonWriter w, Object v) {
        if (v instanceof Long) {
            w.value((long) (Long) v);
        } else if (v instanceof Double) {
            w.value((double) (Double) v);
        } else if (v instanceof int[]) {
            w.value((int[]) v);
        } else if (v instanceof double[]) {
            w.beginArray();
            for (double d : (double[]) v) {
                w.value(d);
            }
            w.endArray();
        } else {
            w.value((String) v);
        }
    }
}
