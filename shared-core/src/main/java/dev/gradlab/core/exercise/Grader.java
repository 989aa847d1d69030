package dev.gradlab.core.exercise;

import dev.gradlab.core.check.Verdict;
import dev.gradlab.core.lang.Budget;
import dev.gradlab.core.lang.Interpreter;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.tensor.Tensor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a student's answers to one variant: one verdict per part, the next hint for parts not yet
 * right, and the weighted score. The same code grades on the server (with hidden tests) and in the
 * browser (public tests only). Never throws for bad student input.
 */
public final class Grader {
    private Grader() {
    }

    /**
     * @param answers part id → answer text; absent parts are {@code missing}; not modified
     * @param hintsShown part id → how many hints the student has seen (the next one is returned)
     * @param withHidden true on the server: hidden program tests run too
     */
    public static CheckResult check(Variant v, Map<String, String> answers, Map<String, Integer> hintsShown,
            boolean withHidden) {
        Map<String, Tensor> truth = trueValues(v);
        Map<String, CheckResult.PartResult> results = new LinkedHashMap<>();
        Verdict propertyVerdict = null;
        long seed = Params.seedOf(v.exercise.id, v.number) ^ 0x5DEECE66DL;
        for (Part p : v.parts) {
            String answer = answers.get(p.id);
            Verdict verdict;
            if (p.property != null && answer != null && !answer.trim().isEmpty()) {
                if (propertyVerdict == null) {
                    propertyVerdict = property(v, p, answers, seed);
                }
                verdict = readable(answer) ? diagnose(propertyVerdict, p, answer)
                        : Verdict.invalid("write the matrix as a list literal such as [[1, 0], [0, 1]]");
            } else {
                verdict = PartGrader.grade(p, answer, uses(p, answers, truth), withHidden, seed);
            }
            int shown = hintsShown == null || hintsShown.get(p.id) == null ? 0 : hintsShown.get(p.id);
            String hint = verdict.status() == Verdict.Status.CORRECT || p.hints.isEmpty() ? null
                    : p.hints.get(Math.min(Math.max(shown, 0), p.hints.size() - 1));
            results.put(p.id, new CheckResult.PartResult(verdict, hint, p.weight));
        }
        return new CheckResult(v.exercise.id, v.number, results);
    }

    /** The true values of number and matrix parts, in order, each computed from the true earlier ones. */
    static Map<String, Tensor> trueValues(Variant v) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Part p : v.parts) {
            if ((p.kind.equals("number") || p.kind.equals("matrix")) && p.reference != null && p.variables.isEmpty()) {
                try {
                    out.put(p.id, PartGrader.value(p.reference, out));
                } catch (LangException e) {
                    throw new ExerciseException(v.exercise.file + ": part " + p.id + ": the reference cannot be evaluated: "
                            + e.describe());
                }
            }
        }
        return out;
    }

    /** Error carried forward: the student's own values of the parts this one uses, else the true ones. */
    static Map<String, Tensor> uses(Part p, Map<String, String> answers, Map<String, Tensor> truth) {
        Map<String, Tensor> env = new LinkedHashMap<>();
        for (String u : p.uses) {
            Tensor s = PartGrader.studentValue(answers.get(u));
            Tensor t = truth.get(u);
            env.put(u, s != null && (t == null || java.util.Arrays.equals(s.shape(), t.shape())) ? s : t);
        }
        return env;
    }

    /** A property verdict recognised as a known mistake when the answer equals the mistake's matrix. */
    private static Verdict diagnose(Verdict v, Part p, String answer) {
        if (v.status() != Verdict.Status.INCORRECT) {
            return v;
        }
        Tensor mine = PartGrader.studentValue(answer);
        for (Part.Mistake m : p.mistakes) {
            Tensor theirs = PartGrader.studentValue(m.answer);
            if (theirs != null && Prover.compare(mine, theirs, 1e-9, "") == null) {
                return v.withMistake(m.id, m.feedback, m.score);
            }
        }
        return v;
    }

    private static boolean readable(String answer) {
        return PartGrader.studentValue(answer) != null;
    }

    /** Matrix parts judged together by a property of all of them (e.g. the weights of a network). */
    static Verdict property(Variant v, Part p, Map<String, String> answers, long seed) {
        Fields prop = p.property;
        int trials = prop.integer("trials", 20);
        String setup = prop.string("setup", "");
        String holds = prop.string("holds");
        for (int t = 0; t < trials; t++) {
            Interpreter in = new Interpreter(Budget.interactive(), false, seed + t);
            for (Part q : v.parts) {
                Tensor val = PartGrader.studentValue(answers.get(q.id));
                if (val != null) {
                    in.setInput(q.id, val);
                }
            }
            try {
                in.run(setup);
                in.run("if " + holds.trim() + ":\n    property_holds = 1\nelse:\n    property_holds = 0\n");
                if (Outputs.number(in.get("property_holds")) != 1) {
                    return Verdict.incorrect("Your matrices do not have the required property: "
                            + prop.string("explain", "`" + holds.trim() + "` is false") + " (trial " + (t + 1) + ").");
                }
            } catch (LangException e) {
                return Verdict.incorrect("Your matrices do not fit together: " + e.describe());
            }
        }
        return Verdict.correct("Correct: the property holds in all " + trials + " random trials.");
    }
}
