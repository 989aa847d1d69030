package dev.gradlab.web.view;

import dev.gradlab.core.jobs.ParamSpec;
import dev.gradlab.core.json.JsonWriter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job kinds of {@code GET /api/jobs/kinds} and the form generated for one: a labelled field per
 * parameter holding its default, its range in the help text, and validation in the browser by
 * shared-core's {@code ParamSpec.check} itself (through {@link JobParam}), so a message names the
 * field and the allowed range exactly as the server would ("trials must be an integer from 1 to
 * 20000, not 0").
 */
public final class JobForm {
    /** One job kind. Immutable. */
    public static final class Kind {
        public final String name;
        public final String title;
        public final String description;
        public final List<JobParam> params;

        Kind(String name, String title, String description, List<JobParam> params) {
            this.name = name;
            this.title = title;
            this.description = description;
            this.params = Collections.unmodifiableList(params);
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
            List<JobParam> params = new ArrayList<>();
            for (Object p : JsonData.array(k, "params")) {
                JobParam param = JobParam.read(JsonData.object(p));
                if (param != null) {
                    params.add(param);
                }
            }
            String name = JsonData.string(k, "kind", "");
            out.add(new Kind(name, JsonData.string(k, "title", name), JsonData.string(k, "description", ""), params));
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
        for (JobParam p : k.params) {
            String id = fieldId(p.name);
            String key = ExerciseHtml.partKey(p.name);
            String described = "job-help-" + key + " " + errorId(p.name);
            sb.append("<div class=\"field\" data-param=\"").append(Html.escape(p.name)).append("\"><label for=\"").append(id)
                    .append("\">").append(Html.escape(p.name)).append("</label>");
            String value = p.defaultText;
            if (p.type == ParamSpec.Type.CHOICE) {
                sb.append("<select id=\"").append(id).append("\" name=\"").append(Html.escape(p.name))
                        .append("\" aria-describedby=\"").append(described).append("\">");
                for (String c : p.spec.choices()) {
                    sb.append("<option value=\"").append(Html.escape(c)).append('"').append(c.equals(value) ? " selected" : "")
                            .append(">").append(Html.escape(c)).append("</option>");
                }
                sb.append("</select>");
            } else if (p.type == ParamSpec.Type.STRING && p.spec.max() > 200) {
                sb.append("<textarea id=\"").append(id).append("\" name=\"").append(Html.escape(p.name))
                        .append("\" rows=\"8\" spellcheck=\"false\" aria-describedby=\"").append(described).append("\">")
                        .append(Html.escape(value)).append("</textarea>");
            } else {
                boolean numeric = p.type != ParamSpec.Type.STRING;
                sb.append("<input id=\"").append(id).append("\" name=\"").append(Html.escape(p.name))
                        .append("\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\"")
                        .append(numeric ? " inputmode=\"decimal\"" : "").append(" value=\"").append(Html.escape(value))
                        .append("\" aria-describedby=\"").append(described).append("\">");
            }
            sb.append("<p class=\"help\" id=\"job-help-").append(key).append("\">");
            if (!p.spec.description().isEmpty()) {
                sb.append(Html.escape(p.spec.description())).append(" \u00b7 ");
            }
            sb.append(Html.escape(p.allowed())).append(", default ").append(Html.escape(value.isEmpty() ? "empty" : value))
                    .append(".</p><p class=\"field-error\" id=\"").append(errorId(p.name)).append("\"></p></div>");
        }
        return sb.toString();
    }

    /**
     * Checks every field of {@code k} ({@code texts}: parameter name → field text) and answers the
     * request body {@code {"kind", "params"}} or, per field, what is wrong with it.
     */
    public static Validation validate(Kind k, Map<String, String> texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        StringBuilder params = new StringBuilder();
        for (JobParam p : k.params) {
            String json;
            try {
                json = p.check(texts.get(p.name));
            } catch (JobParam.Invalid e) {
                errors.put(p.name, e.getMessage());
                continue;
            }
            params.append(params.length() > 0 ? "," : "").append(new JsonWriter().value(p.name)).append(':').append(json);
        }
        String body = "{\"kind\":" + new JsonWriter().value(k.name) + ",\"params\":{" + params + "}}";
        return new Validation(errors.isEmpty() ? body : null, errors);
    }
}
