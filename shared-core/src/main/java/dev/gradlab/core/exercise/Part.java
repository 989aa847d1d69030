package dev.gradlab.core.exercise;

import dev.gradlab.core.check.ProgramChecker;
import dev.gradlab.core.check.VarSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** One answer part of an exercise variant, with its parameters already substituted. Immutable. */
public final class Part {
    /** The answer kinds of CATALOG.md. */
    public static final List<String> KINDS = Collections.unmodifiableList(Arrays.asList(
            "expr", "formula", "asymptotic", "number", "matrix", "shape", "choice", "program"));

    /** A mistake the author expects: the wrong answer, why it is wrong, and its partial score. */
    public static final class Mistake {
        public final String id;
        public final String answer;
        public final String feedback;
        public final double score;
        public final boolean fromSeed;

        Mistake(String id, String answer, String feedback, double score, boolean fromSeed) {
            this.id = id;
            this.answer = answer;
            this.feedback = feedback;
            this.score = score;
            this.fromSeed = fromSeed;
        }
    }

    /** An option of a choice part. */
    public static final class Option {
        public final String id;
        public final String text;

        Option(String id, String text) {
            this.id = id;
            this.text = text;
        }
    }

    public final String id;
    public final String kind;
    public final String prompt;
    public final double weight;
    public final double rtol;
    public final double atol;
    public final List<String> hints;
    public final List<Mistake> mistakes;
    public final List<String> variables;
    public final String reference;
    public final List<Option> options;
    public final List<String> assume;
    public final List<String> uses;
    /** Matrix parts graded by a property: trials, setup, holds; null otherwise. */
    final Fields property;
    public final String starter;
    public final List<ProgramChecker.Test> tests;
    /** The proof, or null when the part has none. */
    final Fields prove;

    Part(Fields f) {
        this.id = f.string("id");
        this.kind = f.string("kind");
        if (!KINDS.contains(kind)) {
            throw new ExerciseException(f.where() + ": unknown kind '" + kind + "'; the kinds are " + KINDS);
        }
        this.prompt = f.string("prompt", "");
        this.weight = f.number("weight", 1);
        this.rtol = f.number("rtol", kind.equals("number") ? 1e-4 : kind.equals("matrix") ? 1e-6 : 1e-6);
        this.atol = f.number("atol", 1e-9);
        this.hints = f.strings("hints");
        this.variables = f.strings("variables");
        this.assume = f.strings("assume");
        this.uses = f.strings("uses");
        this.property = f.has("property") ? f.child("property") : null;
        this.reference = property == null || f.has("reference") ? f.string("reference") : null;
        this.starter = f.string("starter", "");
        this.prove = f.has("prove") ? f.child("prove") : null;
        List<Mistake> ms = new ArrayList<>();
        int i = 0;
        for (Object o : f.list("mistakes")) {
            Fields m = new Fields(o, f.where() + ".mistakes[" + i++ + "]");
            ms.add(new Mistake(m.string("id"), m.string("answer"), m.string("feedback"), m.number("score", 0),
                    m.flag("seed")));
        }
        this.mistakes = Collections.unmodifiableList(ms);
        List<Option> opts = new ArrayList<>();
        i = 0;
        for (Object o : f.list("options")) {
            Fields m = new Fields(o, f.where() + ".options[" + i++ + "]");
            opts.add(new Option(m.string("id"), m.string("text")));
        }
        this.options = Collections.unmodifiableList(opts);
        List<ProgramChecker.Test> ts = new ArrayList<>();
        i = 0;
        for (Object o : f.list("tests")) {
            Fields t = new Fields(o, f.where() + ".tests[" + i++ + "]");
            ts.add(new ProgramChecker.Test(t.string("name"), t.string("setup", ""), t.string("expect"),
                    t.number("rtol", 1e-6), t.flag("hidden")));
        }
        this.tests = Collections.unmodifiableList(ts);
        checkShape(f.where());
    }

    private void checkShape(String where) {
        if (kind.equals("choice") && options.isEmpty()) {
            throw new ExerciseException(where + ": a choice part needs 'options'");
        }
        if (kind.equals("program") && tests.isEmpty()) {
            throw new ExerciseException(where + ": a program part needs at least one test");
        }
        if (property != null && !kind.equals("matrix")) {
            throw new ExerciseException(where + ": only matrix parts may have a 'property'");
        }
        for (String v : kind.equals("expr") ? variables : Collections.<String>emptyList()) {
            try {
                VarSpec.parse(v);
            } catch (IllegalArgumentException e) {
                throw new ExerciseException(where + ".variables: " + e.getMessage());
            }
        }
    }

    /** The declared variables of an expr part. */
    public List<VarSpec> varSpecs() {
        List<VarSpec> out = new ArrayList<>();
        for (String v : variables) {
            out.add(VarSpec.parse(v));
        }
        return out;
    }

    /** The option ids of a choice part. */
    public List<String> optionIds() {
        List<String> out = new ArrayList<>();
        for (Option o : options) {
            out.add(o.id);
        }
        return out;
    }
}
