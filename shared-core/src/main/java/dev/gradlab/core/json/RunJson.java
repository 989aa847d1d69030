package dev.gradlab.core.json;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.lang.Interpreter;
import dev.gradlab.core.lang.Plot;

import java.util.List;
import java.util.Map;

/**
 * The JSON of a program run, shared by {@code POST /api/run} and the browser:
 * {"stdout", "values": {name: number | nested array | string | boolean | null}, "plots": [...]}.
 * Functions are listed as the string "function".
 */
public final class RunJson {
    private RunJson() {
    }

    public static String write(Interpreter in) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("stdout").value(in.stdout());
        w.name("values").beginObject();
        for (Map.Entry<String, Object> e : in.variables().entrySet()) {
            w.name(e.getKey());
            value(w, e.getValue(), 0);
        }
        w.endObject();
        w.name("plots").beginArray();
        for (Plot p : in.plots()) {
            w.beginObject().name("kind").value(p.kind).name("title").value(p.title).name("label").value(p.label);
            if (p.x != null) {
                w.name("x").beginArray();
                for (double v : p.x) {
                    w.value(v);
                }
                w.endArray();
            }
            w.name("y").beginArray();
            for (double v : p.y) {
                w.value(v);
            }
            w.endArray();
            if (!p.shape.isEmpty()) {
                w.name("shape").beginArray();
                for (int d : p.shape) {
                    w.value((long) d);
                }
                w.endArray();
            }
            w.endObject();
        }
        w.endArray();
        w.name("steps").value(in.steps());
        return w.endObject().toString();
    }

    private static void value(JsonWriter w, Object v, int depth) {
        if (v instanceof Node) {
            w.value(((Node) v).value());
        } else if (v instanceof Boolean) {
            w.value((Boolean) v);
        } else if (v instanceof String) {
            w.value((String) v);
        } else if (v == null) {
            w.nullValue();
        } else if (v instanceof List && depth < 8) {
            w.beginArray();
            for (Object o : (List<?>) v) {
                value(w, o, depth + 1);
            }
            w.endArray();
        } else {
            w.value(v.getClass().getSimpleName().equals("Function") ? "function" : String.valueOf(v));
        }
    }
}
