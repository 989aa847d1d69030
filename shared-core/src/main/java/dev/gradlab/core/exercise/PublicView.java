package dev.gradlab.core.exercise;

import dev.gradlab.core.check.ProgramChecker;
import dev.gradlab.core.json.JsonWriter;
import dev.gradlab.core.tensor.Tensor;

import java.util.List;
import java.util.Map;

/**
 * What a student may see of exercises: statements, prompts, variables, options, starter code and
 * public tests, never a reference, a hidden test, a proof or a mistake.
 */
public final class PublicView {
    private PublicView() {
    }

    /** {@code [{"id","title","topic","source","order","parts":[{"id","kind"}]}]}. */
    public static String listJson(List<Exercise> exercises) {
        JsonWriter w = new JsonWriter().beginArray();
        for (Exercise e : exercises) {
            w.beginObject().name("id").value(e.id).name("title").value(e.title).name("topic").value(e.topic)
                    .name("source").value(e.source).name("order").value(e.order);
            w.name("parts").beginArray();
            for (Part p : e.variant(0).parts) {
                w.beginObject().name("id").value(p.id).name("kind").value(p.kind).endObject();
            }
            w.endArray().endObject();
        }
        return w.endArray().toString();
    }

    /** The public JSON of one variant, as {@code GET /api/exercises/{id}} returns it. */
    public static String json(Variant v) {
        Exercise e = v.exercise;
        JsonWriter w = new JsonWriter().beginObject().name("id").value(e.id).name("title").value(e.title)
                .name("topic").value(e.topic).name("source").value(e.source).name("variant").value(v.number)
                .name("statement").value(v.statement);
        w.name("parts").beginArray();
        for (Part p : v.parts) {
            part(w, p);
        }
        w.endArray();
        if (v.stepper != null) {
            w.name("stepper");
            tree(w, v.stepper);
        }
        return w.endObject().toString();
    }

    private static void part(JsonWriter w, Part p) {
        w.beginObject().name("id").value(p.id).name("kind").value(p.kind).name("prompt").value(p.prompt)
                .name("weight").value(p.weight).name("hintCount").value(p.hints.size());
        w.name("variables").beginArray();
        for (String s : p.variables) {
            w.value(s);
        }
        w.endArray();
        if (!p.uses.isEmpty()) {
            w.name("uses").beginArray();
            for (String s : p.uses) {
                w.value(s);
            }
            w.endArray();
        }
        if (!p.options.isEmpty()) {
            w.name("options").beginArray();
            for (Part.Option o : p.options) {
                w.beginObject().name("id").value(o.id).name("text").value(o.text).endObject();
            }
            w.endArray();
        }
        if (p.kind.equals("program")) {
            w.name("starter").value(p.starter);
            w.name("tests").beginArray();
            for (ProgramChecker.Test t : p.tests) {
                if (!t.hidden) {
                    w.beginObject().name("name").value(t.name).name("setup").value(t.setup)
                            .name("expect").value(t.expression).endObject();
                }
            }
            w.endArray();
            w.name("hiddenTests").value(p.tests.size() - PartGrader.tests(p, false).size());
        }
        w.endObject();
    }

    private static void tree(JsonWriter w, Object o) {
        if (o instanceof Map) {
            w.beginObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                w.name(String.valueOf(e.getKey()));
                tree(w, e.getValue());
            }
            w.endObject();
        } else if (o instanceof List) {
            w.beginArray();
            for (Object x : (List<?>) o) {
                tree(w, x);
            }
            w.endArray();
        } else if (o instanceof Tensor) {
            w.value((Tensor) o);
        } else if (o == null) {
            w.nullValue();
        } else {
            String s = String.valueOf(o);
            if (s.matches("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?")) {
                w.value(Double.parseDouble(s));
            } else if (s.equals("true") || s.equals("false")) {
                w.value(s.equals("true"));
            } else {
                w.value(s);
            }
        }
    }
}
