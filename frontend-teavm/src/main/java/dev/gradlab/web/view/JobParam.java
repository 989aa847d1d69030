package dev.gradlab.web.view;

import dev.gradlab.core.json.JsonReader;
import dev.gradlab.core.json.JsonWriter;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One parameter of a job kind as {@code GET /api/jobs/kinds} describes it ({@code name, type,
 * default, min, max | maxLength, maxItems?, choices?, description}), and the check of what was typed
 * into its field. The rules and messages are those of shared-core's {@code ParamSpec.check} (the
 * tests compare them), plus two of the form's own: an empty field is "required", and text that is
 * not a number says so. Immutable.
 */
public final class JobParam {
    /** The parameter types of the API. */
    public enum Type { INTEGER, NUMBER, STRING, CHOICE, INTEGER_LIST, NUMBER_LIST }

    /** A field that cannot be sent; the message names the parameter. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    public final String name;
    public final Type type;
    public final String description;
    public final double min;
    public final double max;
    public final int maxItems;
    public final List<String> choices;
    /** The default as the field shows it: "20, 50, 100, 200" for a list. */
    public final String defaultText;

    private JobParam(String name, Type type, String description, double min, double max, int maxItems,
            List<String> choices, String defaultText) {
        this.name = name;
        this.type = type;
        this.description = description;
        this.min = min;
        this.max = max;
        this.maxItems = maxItems;
        this.choices = choices;
        this.defaultText = defaultText;
    }

    /** The parameter of one entry of a kind's {@code params}, or null for an unknown type. */
    public static JobParam read(Map<String, Object> m) {
        Type type;
        switch (JsonData.string(m, "type", "")) {
            case "integer":
                type = Type.INTEGER;
                break;
            case "number":
                type = Type.NUMBER;
                break;
            case "string":
                type = Type.STRING;
                break;
            case "choice":
                type = Type.CHOICE;
                break;
            case "integer list":
                type = Type.INTEGER_LIST;
                break;
            case "number list":
                type = Type.NUMBER_LIST;
                break;
            default:
                return null;
        }
        double max = type == Type.STRING ? JsonData.number(m, "maxLength", 100_000) : JsonData.number(m, "max", 1e300);
        List<String> choices = JsonData.strings(m, "choices");
        String def;
        Object d = m.get("default");
        if (d instanceof List) {
            StringBuilder sb = new StringBuilder();
            for (Object o : (List<?>) d) {
                sb.append(sb.length() > 0 ? ", " : "").append(o instanceof Double ? fmt((Double) o) : String.valueOf(o));
            }
            def = sb.toString();
        } else if (d instanceof Double) {
            def = fmt((Double) d);
        } else {
            def = d == null ? (choices.isEmpty() ? "" : choices.get(0)) : String.valueOf(d);
        }
        return new JobParam(JsonData.string(m, "name", ""), type, JsonData.string(m, "description", ""),
                JsonData.number(m, "min", -1e300), max, JsonData.integer(m, "maxItems", 16),
                Collections.unmodifiableList(choices), def);
    }

    /** A number as a person writes it, as ParamSpec does: integers without a decimal point. */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Num.format(v, 6);
    }

    private boolean integers() {
        return type == Type.INTEGER || type == Type.INTEGER_LIST;
    }

    /** "an integer from 1 to 20000" (of a list: of each item). */
    public String range() {
        return (integers() ? "an integer" : "a number") + " from " + fmt(min) + " to " + fmt(max);
    }

    /** What may be entered, in words, for the help text. */
    public String allowed() {
        switch (type) {
            case STRING:
                return "text of at most " + fmt(max) + " characters";
            case CHOICE:
                return "one of " + String.join(", ", choices);
            case INTEGER_LIST:
            case NUMBER_LIST:
                return "1 to " + maxItems + " " + (integers() ? "integers" : "numbers") + " from " + fmt(min) + " to "
                        + fmt(max) + ", separated by commas";
            default:
                return range();
        }
    }

    /** The field's text checked and written as the JSON value to send; {@link Invalid} says what is wrong. */
    public String check(String text) {
        String t = text == null ? "" : text;
        if (type == Type.STRING) {
            if (t.length() > max) {
                throw new Invalid(name + " must be at most " + fmt(max) + " characters long, not " + t.length());
            }
            return new JsonWriter().value(t).toString();
        }
        if (type == Type.CHOICE) {
            if (!choices.contains(t)) {
                throw new Invalid(name + " must be one of " + String.join(", ", choices) + ", not \"" + t + "\"");
            }
            return new JsonWriter().value(t).toString();
        }
        if (t.trim().isEmpty()) {
            throw new Invalid(name + " is required: " + allowed());
        }
        if (type == Type.INTEGER || type == Type.NUMBER) {
            return scalar(name, t.trim());
        }
        return list(t.trim());
    }

    private String list(String text) {
        String t = text;
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        List<String> items = new ArrayList<>();
        for (String part : t.split("[,;\\s]+")) {
            if (!part.isEmpty()) {
                items.add(part);
            }
        }
        if (items.isEmpty() || items.size() > maxItems) {
            throw new Invalid(name + " must have 1 to " + maxItems + " items, not " + items.size());
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i > 0 ? "," : "").append(scalar(name + "[" + i + "]", items.get(i)));
        }
        return sb.append(']').toString();
    }

    private String scalar(String what, String text) {
        double v = number(text);
        if (Double.isNaN(v)) {
            throw new Invalid(what + " must be " + range() + "; \u201c" + text + "\u201d is not a number");
        }
        if (!Double.isFinite(v) || (integers() && v != Math.rint(v)) || v < min || v > max) {
            throw new Invalid(what + " must be " + range() + ", not " + fmt(v));
        }
        return integers() ? Long.toString((long) v) : new JsonWriter().value(v).toString();
    }

    /** The number a text holds (JSON syntax), or NaN. */
    private static double number(String text) {
        try {
            Object v = JsonReader.parse(text);
            return v instanceof Double ? (Double) v : Double.NaN;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
