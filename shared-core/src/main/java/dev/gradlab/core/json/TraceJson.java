package dev.gradlab.core.json;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of traces and errors shared by {@code POST /api/autodiff/trace} and the browser,
 * so both produce exactly the same document.
 */
public final class TraceJson {
    private TraceJson() {
    }

    /**
     * {"output", "forward", "backward", "nodes": [{"id", "op", "label", "inputs", "shape", "value",
     * "grad", "rule"}]} with scalars as numbers and tensors as nested arrays; a constant's grad is null.
     */
    public static String write(Trace t) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("output").value((long) t.output());
        w.name("forward").value(t.forward());
        w.name("backward").value(t.backward());
        w.name("nodes").beginArray();
        for (Node n : t.nodes()) {
            w.beginObject();
            w.name("id").value((long) n.id());
            w.name("op").value(n.op());
            w.name("label").value(n.label());
            w.name("inputs").beginArray();
            for (Node in : n.inputs()) {
                w.value((long) in.id());
            }
            w.endArray();
            w.name("shape").value(n.shape());
            w.name("value").value(n.value());
            w.name("grad").value(n.grad());
            w.name("rule").value(n.rule());
            w.endObject();
        }
        w.endArray();
        return w.endObject().toString();
    }

    /** {"error": {"code", "message", "line", "column", "hint"}}, plus "budget" (which one) for code budget. */
    public static String writeError(LangException e) {
        return errorField(new JsonWriter().beginObject(), e).endObject().toString();
    }

    /** Writes the member {@code "error": {…}} of {@link #writeError} into the open object of {@code w}. */
    public static JsonWriter errorField(JsonWriter w, LangException e) {
        w.name("error").beginObject();
        w.name("code").value(e.code());
        w.name("message").value(e.getMessage());
        w.name("line").value((long) e.line());
        w.name("column").value((long) e.column());
        w.name("hint").value(e.hint());
        if (e instanceof dev.gradlab.core.lang.BudgetException) {
            w.name("budget").value(((dev.gradlab.core.lang.BudgetException) e).budget());
        }
        return w.endObject();
    }

    /**
     * Parses {"x1": -1, "A": [[1, 2], [3, 4]]} into named tensors.
     *
     * @throws IllegalArgumentException naming the input that is not a number or a rectangular array
     */
    public static Map<String, Tensor> parseInputs(String json) {
        Object parsed;
        try {
            parsed = JsonReader.parse(json);
        } catch (JsonReader.JsonException e) {
            throw new IllegalArgumentException("inputs are not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map)) {
            throw new IllegalArgumentException("inputs must be a JSON object such as {\"x\": 1}");
        }
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) parsed).entrySet()) {
            String name = (String) e.getKey();
            try {
                out.put(name, Tensor.fromNested(e.getValue()));
            } catch (ShapeException | IllegalArgumentException ex) {
                throw new IllegalArgumentException("input " + name + ": " + ex.getMessage());
            }
        }
        return out;
    }
}
