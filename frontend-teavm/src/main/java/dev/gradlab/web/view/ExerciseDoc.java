package dev.gradlab.web.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One exercise as {@code GET /api/exercises/{id}} describes it: statement, variant and the answer
 * parts (never a reference). Immutable.
 */
public final class ExerciseDoc {
    /** An option of a choice part. */
    public static final class Option {
        public final String id;
        public final String text;

        Option(String id, String text) {
            this.id = id;
            this.text = text;
        }
    }

    /** A public test of a program part: run {@code setup}, then the program, then evaluate {@code expect}. */
    public static final class Test {
        public final String name;
        public final String setup;
        public final String expect;

        Test(String name, String setup, String expect) {
            this.name = name;
            this.setup = setup;
            this.expect = expect;
        }
    }

    /** An answer part. */
    public static final class Part {
        public final String id;
        public final String kind;
        public final String prompt;
        public final double weight;
        public final int hintCount;
        public final List<String> variables;
        public final List<Option> options;
        /** Starter code of a program part, else null. */
        public final String starter;
        public final List<Test> tests;
        public final int hiddenTests;

        Part(Map<String, Object> m) {
            id = JsonData.string(m, "id", "");
            kind = JsonData.string(m, "kind", "expr");
            prompt = JsonData.string(m, "prompt", "");
            weight = JsonData.number(m, "weight", 1);
            hintCount = JsonData.integer(m, "hintCount", 0);
            variables = Collections.unmodifiableList(JsonData.strings(m, "variables"));
            List<Option> opts = new ArrayList<>();
            for (Object o : JsonData.array(m, "options")) {
                Map<String, Object> om = JsonData.object(o);
                opts.add(new Option(JsonData.string(om, "id", ""), JsonData.string(om, "text", "")));
            }
            options = Collections.unmodifiableList(opts);
            starter = JsonData.string(m, "starter", null);
            List<Test> ts = new ArrayList<>();
            for (Object o : JsonData.array(m, "tests")) {
                Map<String, Object> tm = JsonData.object(o);
                ts.add(new Test(JsonData.string(tm, "name", "test"), JsonData.string(tm, "setup", ""),
                        JsonData.string(tm, "expect", "")));
            }
            tests = Collections.unmodifiableList(ts);
            hiddenTests = JsonData.integer(m, "hiddenTests", 0);
        }

        /** What the student types, in words: "an expression", "a number", … */
        public String kindLabel() {
            switch (kind) {
                case "expr":
                    return "expression";
                case "formula":
                    return "exact formula";
                case "asymptotic":
                    return "growth rate";
                case "number":
                    return "number";
                case "matrix":
                    return "matrix";
                case "shape":
                    return "shape";
                case "choice":
                    return "choice";
                case "program":
                    return "program";
                default:
                    return kind;
            }
        }
    }

    public final String id;
    public final String title;
    public final String topic;
    public final String source;
    public final int variant;
    public final String statement;
    public final List<Part> parts;
    /** The stepper the exercise opens ({@code stepper} of the public JSON), empty when none. */
    public final Map<String, Object> stepper;

    private ExerciseDoc(Map<String, Object> m) {
        id = JsonData.string(m, "id", "");
        title = JsonData.string(m, "title", id);
        topic = JsonData.string(m, "topic", "");
        source = JsonData.string(m, "source", "");
        variant = JsonData.integer(m, "variant", 0);
        statement = JsonData.string(m, "statement", "");
        List<Part> ps = new ArrayList<>();
        for (Object o : JsonData.array(m, "parts")) {
            ps.add(new Part(JsonData.object(o)));
        }
        parts = Collections.unmodifiableList(ps);
        stepper = JsonData.object(m, "stepper");
    }

    /** Parses the answer of {@code GET /api/exercises/{id}}. */
    public static ExerciseDoc parse(String json) {
        return new ExerciseDoc(JsonData.object(JsonData.parse(json)));
    }

    /** The part with this id, or null. */
    public Part part(String partId) {
        for (Part p : parts) {
            if (p.id.equals(partId)) {
                return p;
            }
        }
        return null;
    }
}
