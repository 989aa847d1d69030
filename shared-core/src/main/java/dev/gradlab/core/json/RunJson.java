package dev.gradlab.core.json;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.lang.Budget;
import dev.gradlab.core.lang.Interpreter;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Plot;
import dev.gradlab.core.tensor.Tensor;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The JSON of a program run, shared by {@code POST /api/run} and the browser:
 * {"stdout", "values": {name: number | nested array | string | boolean | null}, "plots": [...]}.
 * Functions are listed as the string "function".
 */
public final class RunJson {
    private RunJson() {
    }

    /**
     * Runs {@code source} with {@code inputs} bound under {@code budget}, random builtins seeded
     * with {@code seed}: the run's JSON, or — when the program fails — {@code {"error": {…},
     * "stdout", "plots"}} so that what it printed and plotted before the error is not lost.
     */
    public static Outcome run(String source, Map<String, Tensor> inputs, long seed, Budget budget) {
        return run(source, inputs, seed, budget, () -> false);
    }

    /** {@link #run(String, Map, long, Budget)} that ends early once {@code stop} answers true ({@link Interpreter#stopWhen}). */
    public static Outcome run(String source, Map<String, Tensor> inputs, long seed, Budget budget, BooleanSupplier stop) {
        Interpreter in = new Interpreter(budget, false, seed);
        in.stopWhen(stop);
        for (Map.Entry<String, Tensor> e : inputs.entrySet()) {
            in.setInput(e.getKey(), e.getValue());
        }
        try {
            in.run(source);
        } catch (LangException e) {
            JsonWriter w = TraceJson.errorField(new JsonWriter().beginObject(), e);
            w.name("stdout").value(in.stdout());
            plots(w, in);
            return new Outcome(w.endObject().toString(), e);
        }
        return new Outcome(write(in), null);
    }

    /** The JSON of a run and the error that ended it, if any. Immutable. */
    public static final class Outcome {
        public final String json;
        /** The program's error, or null when it ran to the end. */
        public final LangException error;

        Outcome(String json, LangException error) {
            this.json = json;
            this.error = error;
        }
    }

    /** The JSON of a finished run of {@code in}. */
    public static String write(Interpreter in) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("stdout").value(in.stdout());
        w.name("values").beginObject();
        for (Map.Entry<String, Object> e : in.variables().entrySet()) {
            w.name(e.getKey());
            value(w, e.getValue(), 0);
        }
        w.endObject();
        plots(w, in);
        w.name("steps").value(in.steps());
        return w.endObject().toString();
    }

    private static void plots(JsonWriter w, Interpreter in) {
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
