package dev.gradlab.core.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One exercise file: YAML front matter between {@code ---} lines, then the statement in Markdown
 * with LaTeX (see docs/authoring.md). Parsing checks the structure once, with variant 0;
 * {@link #variant(int)} gives the parts and texts of any variant. Immutable.
 */
public final class Exercise {
    public final String id;
    public final String title;
    public final String topic;
    public final String source;
    public final int order;
    public final String file;
    private final Map<String, Object> front;
    private final String body;
    private final Variant first;

    private Exercise(String file, Map<String, Object> front, String body) {
        this.file = file;
        this.front = front;
        this.body = body;
        Fields f = new Fields(front, file);
        this.id = f.string("id");
        this.title = f.string("title");
        this.topic = f.string("topic", "Exercises");
        this.source = f.string("source", "");
        this.order = f.integer("order", 1000);
        String base = file.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (base.endsWith(".md") && !base.equals(id + ".md")) {
            throw new ExerciseException(file + ": the id '" + id + "' must equal the file name (" + id + ".md)");
        }
        this.first = build(0);
    }

    /**
     * Parses an exercise file.
     *
     * @param file the file name, used in error messages (and checked against the id)
     * @throws ExerciseException naming the file and the line or part at fault
     */
    public static Exercise parse(String file, String text) {
        String t = text.replace("\r\n", "\n");
        if (!t.startsWith("---\n")) {
            throw new ExerciseException(file + ": line 1: an exercise starts with a '---' line, then the front matter");
        }
        int end = t.indexOf("\n---\n", 3);
        int endLen = 5;
        if (end < 0 && t.endsWith("\n---")) {
            end = t.length() - 4;
            endLen = 4;
        }
        if (end < 0) {
            throw new ExerciseException(file + ": the front matter is never closed by a '---' line");
        }
        Object front;
        try {
            front = Yaml.parse(t.substring(4, end + 1), 2);
        } catch (YamlException e) {
            throw new ExerciseException(file + ": " + e.describe());
        }
        if (!(front instanceof Map)) {
            throw new ExerciseException(file + ": the front matter must be a map of 'key: value' lines");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) front;
        return new Exercise(file, m, t.substring(Math.min(t.length(), end + endLen)).trim());
    }

    /** Variant {@code n} (0 = the seed's numbers). */
    public Variant variant(int n) {
        if (n == 0) {
            return first;
        }
        if (n < 0) {
            throw new IllegalArgumentException("variant " + n + " is negative");
        }
        return build(n);
    }

    private Variant build(int n) {
        String where = file + " (variant " + n + ")";
        Map<String, Object> params = Params.values(id, front.get("params"), n);
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) Template.apply(front, params, where);
        String statement = Template.substitute(body, params, where + " statement");
        Fields f = new Fields(tree, file);
        List<Part> parts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (Object o : f.list("parts")) {
            Part p = new Part(new Fields(o, file + ": parts[" + i++ + "]"));
            if (!ids.add(p.id)) {
                throw new ExerciseException(file + ": two parts have the id '" + p.id + "'");
            }
            for (String u : p.uses) {
                if (!ids.contains(u) || u.equals(p.id)) {
                    throw new ExerciseException(file + ": part " + p.id + " uses '" + u + "', which is not an earlier part");
                }
            }
            parts.add(p);
        }
        if (parts.isEmpty()) {
            throw new ExerciseException(file + ": the exercise has no parts");
        }
        Object stepper = tree.get("stepper");
        @SuppressWarnings("unchecked")
        Map<String, Object> st = stepper instanceof Map ? (Map<String, Object>) stepper : null;
        return new Variant(this, n, statement, Collections.unmodifiableList(parts), st, params);
    }
}
