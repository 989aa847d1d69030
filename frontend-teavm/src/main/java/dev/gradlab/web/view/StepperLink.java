package dev.gradlab.web.view;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The link from an exercise to the stepper its public JSON names ({@code stepper} in
 * {@code GET /api/exercises/{id}}, see docs/authoring.md):
 * {@code {kind: attention, n, d, heads, causal, …}} → {@code #/attention?n=…&d=…&heads=…&causal=…},
 * {@code {kind: backprop, source, inputs: {x1: -1}}} → {@code #/stepper?source=…&x1=-1}, with
 * {@code &fill=1} (fill-in mode) when the field has {@code fill: true}.
 */
public final class StepperLink {
    /** The attention keys passed on, in this order (the others are ignored). */
    private static final String[] ATTENTION_KEYS = {"n", "d", "heads", "groups", "causal", "window", "mode", "m", "seed"};

    private StepperLink() {
    }

    /** The href for {@code stepper}, or null when it names no stepper this app has. */
    public static String href(Map<String, Object> stepper) {
        if (stepper == null) {
            return null;
        }
        String kind = JsonData.string(stepper, "kind", "");
        Map<String, String> q = new LinkedHashMap<>();
        if (kind.equals("attention")) {
            for (String key : ATTENTION_KEYS) {
                Object v = stepper.get(key);
                if (v instanceof Boolean) {
                    q.put(key, (Boolean) v ? "1" : "0");
                } else if (v != null) {
                    q.put(key, JsonData.string(stepper, key, ""));
                }
            }
            return "#/attention" + (q.isEmpty() ? "" : "?" + Query.format(q));
        }
        if (kind.equals("backprop")) {
            String source = JsonData.string(stepper, "source", null);
            if (source == null) {
                return "#/stepper";
            }
            q.put("source", source);
            for (Map.Entry<String, Object> e : JsonData.object(stepper, "inputs").entrySet()) {
                String v = value(e.getValue());
                if (v != null && !e.getKey().equals("source")) {
                    q.put(e.getKey(), v);
                }
            }
            if (Boolean.TRUE.equals(stepper.get("fill"))) {
                q.put("fill", "1");
            }
            return "#/stepper?" + Query.format(q);
        }
        return null;
    }

    /** The words of the link for {@code stepper}. */
    public static String label(Map<String, Object> stepper) {
        if ("attention".equals(JsonData.string(stepper, "kind", ""))) {
            return "Open the attention stepper with these shapes";
        }
        return Boolean.TRUE.equals(stepper.get("fill"))
                ? "Fill in this graph's values and gradients in the backprop stepper"
                : "Step through this function in the backprop stepper";
    }

    /** An input value as the stepper's field reads it: a number, or a nested list as [1, 2]. */
    static String value(Object v) {
        if (v instanceof Double) {
            double d = (Double) v;
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        if (v instanceof String) {
            return (String) v;
        }
        if (v instanceof java.util.List) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : (java.util.List<?>) v) {
                String s = value(o);
                if (s == null) {
                    return null;
                }
                sb.append(sb.length() > 1 ? ", " : "").append(s);
            }
            return sb.append(']').toString();
        }
        return null;
    }
}
