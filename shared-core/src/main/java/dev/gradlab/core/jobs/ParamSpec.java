package dev.gradlab.core.jobs;

import dev.gradlab.core.json.JsonWriter;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    public String description() {
        return description;
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
            default:
                return list(raw);
        }
    }

    private Object list(Object raw) {
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
        if (!ints) {
            return values;
        }
        int[] out = new int[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) values[i];
        }
        return out;
    }

    private double scalar(Object raw, String what, boolean integer) {
        String range = (integer ? "an integer" : "a number") + " from " + fmt(min) + " to " + fmt(max);
        if (!(raw instanceof Number)) {
            throw fail(what + " must be " + range + ", not " + kind(raw));
        }
        double v = ((Number) raw).doubleValue();
        if (!Double.isFinite(v) || (integer && v != Math.rint(v)) || v < min || v > max) {
            throw fail(what + " must be " + range + ", not " + fmt(v));
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
    static String fmt(double v) {
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
    static void writeValue(JsonWriter w, Object v) {
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
