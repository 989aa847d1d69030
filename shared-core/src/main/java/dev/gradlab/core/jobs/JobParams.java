package dev.gradlab.core.jobs;

import dev.gradlab.core.json.JsonWriter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checked parameters of one job: every parameter of its kind, defaults filled in, in the
 * kind's order. Build with {@link #parse}; read with the typed getters. Immutable.
 */
public final class JobParams {
    private final Map<String, Object> values;

    private JobParams(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Checks {@code raw} (parameter name → value as sent; absent names take their defaults)
     * against {@code specs}.
     *
     * @throws JobParamException for an unknown name or a value out of its range, naming the field
     */
    public static JobParams parse(List<ParamSpec> specs, Map<String, ?> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> known = new ArrayList<>();
        for (ParamSpec s : specs) {
            known.add(s.name());
        }
        for (String name : raw.keySet()) {
            if (!known.contains(name)) {
                throw new JobParamException(name, "unknown parameter \"" + name + "\"; the parameters are "
                        + String.join(", ", known));
            }
        }
        for (ParamSpec s : specs) {
            out.put(s.name(), s.check(raw.get(s.name())));
        }
        return new JobParams(out);
    }

    /** Every parameter at its default. */
    public static JobParams defaults(List<ParamSpec> specs) {
        return parse(specs, Collections.emptyMap());
    }

    private Object value(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter \"" + name + "\"");
        }
        return v;
    }

    /** An integer parameter that fits an int. */
    public int integer(String name) {
        return (int) (long) (Long) value(name);
    }

    /** An integer parameter as a long (seeds). */
    public long longValue(String name) {
        return (Long) value(name);
    }

    public double number(String name) {
        return (Double) value(name);
    }

    /** A string or choice parameter. */
    public String string(String name) {
        return (String) value(name);
    }

    /** An integer-list parameter (a copy). */
    public int[] integers(String name) {
        return ((int[]) value(name)).clone();
    }

    /** A number-list parameter (a copy). */
    public double[] numbers(String name) {
        return ((double[]) value(name)).clone();
    }

    /** {"name": value, …} with every parameter, defaults included. */
    public String toJson() {
        JsonWriter w = new JsonWriter().beginObject();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            w.name(e.getKey());
            ParamSpec.writeValue(w, e.getValue());
        }
        return w.endObject().toString();
    }
}
