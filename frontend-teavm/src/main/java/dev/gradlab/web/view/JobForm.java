package dev.gradlab.web.view;

import dev.gradlab.core.jobs.JobParamException;
import dev.gradlab.core.jobs.ParamSpec;
import dev.gradlab.core.json.JsonReader;
import dev.gradlab.core.json.JsonWriter;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job kinds of {@code GET /api/jobs/kinds} and the form generated for one: a labelled field per
 * parameter holding its default, its range in the help text, and validation in the browser by
 * shared-core's own {@link ParamSpec#check} (rebuilt from the kind's JSON), so the messages name
 * the field and the allowed range exactly as the server would ("trials must be an integer from 1
 * to 20000, not 0").
 */
public final class JobForm {
    /** One job kind. Immutable. */
    public static final class Kind {
        public final String name;
        public final String title;
        public final String description;
        public final List<ParamSpec> params;
        /** The options of each choice parameter, the default first. */
        final Map<String, List<String>> choices;

        Kind(String name, String title, String description, List<ParamSpec> params, Map<String, List<String>> choices) {
            this.name = name;
            this.title = title;
            this.description = description;
            this.params = Collections.unmodifiableList(params);
            this.choices = choices;
        }
    }

    /** The outcome of validating a form: the request body, or the errors by parameter name. */
    public static final class Validation {
        /** The body of {@code POST /api/jobs}, or null when there are errors. */
        public final String body;
        public final Map<String, String> errors;

        Validation(String body, Map<String, String> errors) {
            this.body = body;
            this.errors = Collections.unmodifiableMap(errors);
        }
    }

    private JobForm() {
    }

    /** The kinds, in the server's order; a parameter of an unknown type is left out. */
    public static List<Kind> parseKinds(String json) {
        List<Kind> out = new ArrayList<>();
        for (Object o : JsonData.array(JsonData.parse(json))) {
            Map<String, Object> k = JsonData.object(o);
            List<ParamSpec> params = new ArrayList<>();
            Map<String, List<String>> choices = new LinkedHashMap<>();
            for (Object p : JsonData.array(k, "params")) {
                Map<String, Object> pm = JsonData.object(p);
                ParamSpec spec = spec(pm);
                if (spec != null) {
                    params.add(spec);
                    if (spec.type() == ParamSpec.Type.CHOICE) {
                        choices.put(spec.name(), orderedChoices(pm));
                    }
                }
            }
            String name = JsonData.string(k, "kind", "");
            out.add(new Kind(name, JsonData.string(k, "title", name), JsonData.string(k, "description", ""), params,
                    choices));
        }
        return out;
    }

    static ParamSpec spec(Map<String, Object> p) {
        String name = JsonData.string(p, "name", "");
        String d = JsonData.string(p, "description", "");
        double min = JsonData.number(p, "min", Double.NEGATIVE_INFINITY);
        double max = JsonData.number(p, "max", Double.POSITIVE_INFINITY);
        int maxItems = JsonData.integer(p, "maxItems", 16);
        switch (JsonData.string(p, "type", "")) {
            case "integer":
                return ParamSpec.integer(name, (long) JsonData.number(p, "default", 0), (long) min, (long) max, d);
            case "number":
                return ParamSpec.number(name, JsonData.number(p, "default", 0), min, max, d);
            case "string":
                return ParamSpec.string(name, JsonData.string(p, "default", ""), JsonData.integer(p, "maxLength", 100_000), d);
            case "choice": {
                List<String> choices = orderedChoices(p);
                return choices.isEmpty() ? null : ParamSpec.choice(name, d, choices.toArray(new String[0]));
            }
            case "integer list":
                return ParamSpec.integers(name, ints(JsonData.array(p, "default")), (int) min, (int) max, maxItems, d);
            case "number list":
                return ParamSpec.numbers(name, doubles(JsonData.array(p, "default")), min, max, maxItems, d);
            default:
                return null;
        }
    }

    /** The choices with the default first (ParamSpec's default is its first choice). */
    private static List<String> orderedChoices(Map<String, Object> p) {
        List<String> choices = JsonData.strings(p, "choices");
        String def = JsonData.string(p, "default", choices.isEmpty() ? "" : choices.get(0));
        if (choices.remove(def)) {
            choices.add(0, def);
        }
        return choices;
    }

    private static int[] ints(List<Object> l) {
        int[] out = new int[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l.get(i) instanceof Double ? (int) Math.round((Double) l.get(i)) : 0;
        }
        return out;
    }

    private static double[] doubles(List<Object> l) {
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l.get(i) instanceof Double ? (Double) l.get(i) : 0;
        }
        return out;
    }

    public static Kind find(List<Kind> kinds, String name) {
        for (Kind k : kinds) {
            if (k.name.equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** The text a field starts with: the default as a person writes it ("20, 50, 100" for a list). */
    public static String text(Object value) {
        if (value instanceof int[]) {
            StringBuilder sb = new StringBuilder();
            for (int v : (int[]) value) {
                sb.append(sb.length() > 0 ? ", " : "").append(v);
            }
            return sb.toString();
        }
        if (value instanceof double[]) {
            StringBuilder sb = new StringBuilder();
            for (double v : (double[]) value) {
                sb.append(sb.length() > 0 ? ", " : "").append(number(v));
            }
            return sb.toString();
        }
        if (value instanceof Double) {
            return number((Double) value);
        }
        return String.valueOf(value);
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Num.format(v, 6);
    }

    /** What may be entered, in words: "an integer from 1 to 20000", "1 to 12 integers from 2 to 2000, separated by commas". */
    public static String allowed(ParamSpec p) {
        switch (p.type()) {
            case INTEGER:
                return "an integer from " + number(p.min()) + " to " + number(p.max());
            case NUMBER:
                return "a number from " + number(p.min()) + " to " + number(p.max());
            case STRING:
                return "text of at most " + number(p.max()) + " characters";
            case CHOICE:
                return "one of the options";
            case INTEGER_LIST:
                return "integers from " + number(p.min()) + " to " + number(p.max()) + ", separated by commas";
            default:
                return "numbers from " + number(p.min()) + " to " + number(p.max()) + ", separated by commas";
        }
    }

    /** The id of parameter {@code name}'s field. */
    public static String fieldId(String name) {
        return "job-param-" + ExerciseHtml.partKey(name);
    }

    public static String errorId(String name) {
        return "job-error-" + ExerciseHtml.partKey(name);
    }

    /** The fields of {@code k}'s form, each with its default, label, description and range. */
    public static String fields(Kind k) {
        StringBuilder sb = new StringBuilder();
        if (!k.description.isEmpty()) {
            sb.append("<p class=\"kind-description\">").append(Html.escape(k.description)).append("</p>");
        }
        for (ParamSpec p : k.params) {
            String id = fieldId(p.name());
            String key = ExerciseHtml.partKey(p.name());
            String described = "job-help-" + key + " " + errorId(p.name());
            sb.append("<div class=\"field\" data-param=\"").append(Html.escape(p.name())).append("\"><label for=\"").append(id)
                    .append("\">").append(Html.escape(p.name())).append("</label>");
            String value = text(p.defaultValue());
            if (p.type() == ParamSpec.Type.CHOICE) {
                sb.append("<select id=\"").append(id).append("\" name=\"").append(Html.escape(p.name()))
                        .append("\" aria-describedby=\"").append(described).append("\">");
                for (String c : k.choices.get(p.name())) {
                    sb.append("<option value=\"").append(Html.escape(c)).append('"').append(c.equals(value) ? " selected" : "")
                            .append(">").append(Html.escape(c)).append("</option>");
                }
                sb.append("</select>");
            } else if (p.type() == ParamSpec.Type.STRING && p.max() > 200) {
                sb.append("<textarea id=\"").append(id).append("\" name=\"").append(Html.escape(p.name()))
                        .append("\" rows=\"8\" spellcheck=\"false\" aria-describedby=\"").append(described).append("\">")
                        .append(Html.escape(value)).append("</textarea>");
            } else {
                boolean numeric = p.type() != ParamSpec.Type.STRING;
                sb.append("<input id=\"").append(id).append("\" name=\"").append(Html.escape(p.name()))
                        .append("\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\"")
                        .append(numeric ? " inputmode=\"decimal\"" : "").append(" value=\"").append(Html.escape(value))
                        .append("\" aria-describedby=\"").append(described).append("\">");
            }
            sb.append("<p class=\"help\" id=\"job-help-").append(key).append("\">");
            if (!p.description().isEmpty()) {
                sb.append(Html.escape(p.description())).append(" \u00b7 ");
            }
            sb.append(Html.escape(allowed(p))).append(", default ").append(Html.escape(value.isEmpty() ? "empty" : value))
                    .append(".</p><p class=\"field-error\" id=\"").append(errorId(p.name())).append("\"></p></div>");
        }
        return sb.toString();
    }

    /**
     * Checks every field of {@code k} ({@code texts}: parameter name → field text) and answers the
     * request body {@code {"kind", "params"}} or, per field, what is wrong with it.
     */
    public static Validation validate(Kind k, Map<String, String> texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonWriter w = new JsonWriter().beginObject().name("kind").value(k.name).name("params").beginObject();
        for (ParamSpec p : k.params) {
            String text = texts.get(p.name());
            text = text == null ? "" : text;
            Object checked;
            try {
                checked = p.check(raw(p, text));
            } catch (JobParamException e) {
                errors.put(p.name(), e.getMessage());
                continue;
            } catch (NotANumber e) {
                errors.put(p.name(), p.name() + " must be " + allowed(p) + "; \u201c" + e.getMessage() + "\u201d is not a number");
                continue;
            }
            w.name(p.name());
            write(w, checked);
        }
        String body = w.endObject().endObject().toString();
        return new Validation(errors.isEmpty() ? body : null, errors);
    }

    /** A text that is not a number where one is needed (its message is the text). */
    static final class NotANumber extends RuntimeException {
        NotANumber(String text) {
            super(text);
        }
    }

    /** The field's text as the JSON value a client would send. */
    static Object raw(ParamSpec p, String text) {
        switch (p.type()) {
            case STRING:
            case CHOICE:
                return text;
            case INTEGER:
            case NUMBER:
                if (text.trim().isEmpty()) {
                    throw new JobParamException(p.name(), p.name() + " is required: " + allowed(p));
                }
                return parseNumber(text.trim());
            default: {
                String t = text.trim();
                if (t.startsWith("[") && t.endsWith("]")) {
                    t = t.substring(1, t.length() - 1);
                }
                List<Object> items = new ArrayList<>();
                for (String part : t.split("[,;\\s]+")) {
                    if (!part.isEmpty()) {
                        items.add(parseNumber(part));
                    }
                }
                return items;
            }
        }
    }

    private static Double parseNumber(String s) {
        try {
            Object v = JsonReader.parse(s);
            if (v instanceof Double) {
                return (Double) v;
            }
        } catch (RuntimeException e) {
            // below
        }
        throw new NotANumber(s);
    }

    private static void write(JsonWriter w, Object v) {
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
            w.value(String.valueOf(v));
        }
    }
}
