package dev.gradlab.web.view;

import dev.gradlab.core.jobs.JobParamException;
import dev.gradlab.core.jobs.ParamSpec;
import dev.gradlab.core.json.JsonReader;
import dev.gradlab.core.json.JsonWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One parameter of a job kind as {@code GET /api/jobs/kinds} describes it, read into shared-core's
 * {@link ParamSpec} ({@link ParamSpec#read}), and the check of what was typed into its field. The
 * rules and messages are ParamSpec's own ({@link ParamSpec#check}), plus two of the form's: an empty
 * field is "required", and text that is not a number says so. Immutable.
 */
public final class JobParam {
    /** A field that cannot be sent; the message names the parameter. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    /** The parameter as the server describes it. */
    public final ParamSpec spec;
    public final String name;
    public final ParamSpec.Type type;
    /** The default as the field shows it: "20, 50, 100, 200" for a list. */
    public final String defaultText;

    private JobParam(ParamSpec spec) {
        this.spec = spec;
        this.name = spec.name();
        this.type = spec.type();
        this.defaultText = text(spec.defaultValue());
    }

    /** The parameter of one entry of a kind's {@code params}, or null for an unknown type. */
    public static JobParam read(Map<String, Object> m) {
        ParamSpec spec = ParamSpec.read(m);
        return spec == null ? null : new JobParam(spec);
    }

    /** A default (Long, Double, String, int[] or double[]; null for none) as a field holds it. */
    private static String text(Object v) {
        if (v instanceof int[]) {
            StringBuilder sb = new StringBuilder();
            for (int i : (int[]) v) {
                sb.append(sb.length() > 0 ? ", " : "").append(ParamSpec.fmt(i));
            }
            return sb.toString();
        }
        if (v instanceof double[]) {
            StringBuilder sb = new StringBuilder();
            for (double d : (double[]) v) {
                sb.append(sb.length() > 0 ? ", " : "").append(ParamSpec.fmt(d));
            }
            return sb.toString();
        }
        if (v instanceof Number) {
            return ParamSpec.fmt(((Number) v).doubleValue());
        }
        return v == null ? "" : v.toString();
    }

    private boolean list() {
        return type == ParamSpec.Type.INTEGER_LIST || type == ParamSpec.Type.NUMBER_LIST;
    }

    /** What may be entered, in words, for the help text. */
    public String allowed() {
        switch (type) {
            case STRING:
                return "text of at most " + ParamSpec.fmt(spec.max()) + " characters";
            case CHOICE:
                return "one of " + String.join(", ", spec.choices());
            case INTEGER_LIST:
            case NUMBER_LIST:
                return "1 to " + spec.maxItems() + " " + (type == ParamSpec.Type.INTEGER_LIST ? "integers" : "numbers")
                        + " from " + ParamSpec.fmt(spec.min()) + " to " + ParamSpec.fmt(spec.max()) + ", separated by commas";
            default:
                return spec.range();
        }
    }

    /** The field's text checked and written as the JSON value to send; {@link Invalid} says what is wrong. */
    public String check(String text) {
        String t = text == null ? "" : text;
        if (type == ParamSpec.Type.STRING || type == ParamSpec.Type.CHOICE) {
            return checked(t);
        }
        t = t.trim();
        if (t.isEmpty()) {
            throw new Invalid(name + " is required: " + allowed());
        }
        if (!list()) {
            double v = number(t);
            if (Double.isNaN(v)) {
                throw notANumber(name, t);
            }
            return checked(v);
        }
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        List<String> items = new ArrayList<>();
        for (String part : t.split("[,;\\s]+")) {
            if (!part.isEmpty()) {
                items.add(part);
            }
        }
        // ParamSpec checks the number of items, then each in turn: an item that is not a number is
        // reported where it would reach it (from there on the items sent are placeholders in range).
        List<Object> values = new ArrayList<>();
        int notNumber = -1;
        for (int i = 0; i < items.size(); i++) {
            double v = number(items.get(i));
            if (Double.isNaN(v) && notNumber < 0) {
                notNumber = i;
            }
            values.add(notNumber < 0 ? v : spec.min());
        }
        String json = checked(values);
        if (notNumber >= 0) {
            throw notANumber(name + "[" + notNumber + "]", items.get(notNumber));
        }
        return json;
    }

    /** ParamSpec's check of {@code raw} as JSON, or its message. */
    private String checked(Object raw) {
        Object value;
        try {
            value = spec.check(raw);
        } catch (JobParamException e) {
            throw new Invalid(e.getMessage());
        }
        JsonWriter w = new JsonWriter();
        ParamSpec.writeValue(w, value);
        return w.toString();
    }

    private Invalid notANumber(String what, String text) {
        return new Invalid(what + " must be " + spec.range() + "; \u201c" + text + "\u201d is not a number");
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
