package dev.gradlab.core.exercise;

import dev.gradlab.core.check.Answers;
import dev.gradlab.core.check.AsymptoticChecker;
import dev.gradlab.core.check.ExprChecker;
import dev.gradlab.core.check.FormulaChecker;
import dev.gradlab.core.check.KnownMistake;
import dev.gradlab.core.check.ProgramChecker;
import dev.gradlab.core.check.SimpleCheckers;
import dev.gradlab.core.check.Verdict;
import dev.gradlab.core.lang.Budget;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Grades one part: the checker of its kind, then the author's known mistakes. For kinds whose
 * checker does not diagnose on its own, a mistake is recognised when the answer is graded correct
 * against the mistake's answer.
 */
final class PartGrader {
    private PartGrader() {
    }

    /**
     * @param env values bound for the part's {@code uses} (the student's earlier values, or the
     *            true ones where the student's cannot be read); not modified
     * @param withHidden whether hidden program tests run (the server) or only public ones
     */
    static Verdict grade(Part p, String reference, String answer, Map<String, Tensor> env, boolean withHidden, long seed) {
        if (answer == null || answer.trim().isEmpty()) {
            return Verdict.missing();
        }
        Verdict v = check(p, answer, reference, env, withHidden, seed);
        if (v.status() != Verdict.Status.INCORRECT || p.kind.equals("expr")
                || p.property != null || (p.kind.equals("matrix") && !p.variables.isEmpty())) {
            return v;
        }
        if (p.kind.equals("program")) {
            return programMistake(p, answer, v, withHidden, seed);
        }
        // The author's mistakes come before the checker's own diagnosis (a missing term, a sign).
        for (Part.Mistake m : p.mistakes) {
            Verdict same;
            try {
                same = check(p, answer, m.answer, env, withHidden, seed);
            } catch (RuntimeException e) {
                continue;
            }
            if (same.status() == Verdict.Status.CORRECT) {
                return v.withMistake(m.id, m.feedback, m.score);
            }
        }
        return v;
    }

    /**
     * A wrong program is recognised as a known mistake when it gives the same results as the
     * mistake's program on every test (the seed's own buggy code, say); the per-test results stay.
     */
    private static Verdict programMistake(Part p, String answer, Verdict v, boolean withHidden, long seed) {
        for (Part.Mistake m : p.mistakes) {
            Verdict same;
            try {
                same = ProgramChecker.check(answer, m.answer, tests(p, withHidden), Budget.interactive(), seed);
            } catch (RuntimeException e) {
                continue;
            }
            if (same.status() == Verdict.Status.CORRECT) {
                return v.withMistake(m.id, m.feedback + " (" + v.feedback() + ")", Math.max(v.score(), m.score));
            }
        }
        return v;
    }

    /** The verdict of {@code answer} against {@code reference} under the part's kind. */
    static Verdict check(Part p, String answer, String reference, Map<String, Tensor> env, boolean withHidden,
            long seed) {
        switch (p.kind) {
            case "expr":
                return expr(p, answer, reference, env, seed);
            case "matrix":
                if (!p.variables.isEmpty()) {
                    return expr(p, answer, reference, env, seed);
                }
                return SimpleCheckers.matrix(answer, value(reference, env), p.rtol);
            case "number":
                return SimpleCheckers.number(answer, value(reference, env).item(), p.rtol);
            case "formula":
                return FormulaChecker.check(answer, reference, p.variables, seed);
            case "asymptotic":
                return AsymptoticChecker.check(answer, reference, p.variables, p.assume);
            case "shape":
                return SimpleCheckers.shape(answer, shapeOf(reference));
            case "choice":
                return SimpleCheckers.choice(answer, reference, p.optionIds());
            case "program":
                return ProgramChecker.check(answer, reference, tests(p, withHidden), Budget.interactive(), seed);
            default:
                throw new IllegalStateException("unknown kind " + p.kind);
        }
    }

    private static Verdict expr(Part p, String answer, String reference, Map<String, Tensor> env, long seed) {
        ExprChecker.Options opt = new ExprChecker.Options();
        opt.rtol = p.rtol;
        opt.atol = p.atol;
        opt.seed = seed;
        opt.extra = env;
        List<KnownMistake> ms = new ArrayList<>();
        for (Part.Mistake m : p.mistakes) {
            ms.add(new KnownMistake(m.id, m.answer, m.feedback, m.score));
        }
        opt.mistakes = ms;
        return ExprChecker.check(answer, reference, p.varSpecs(), opt);
    }

    static List<ProgramChecker.Test> tests(Part p, boolean withHidden) {
        List<ProgramChecker.Test> out = new ArrayList<>();
        for (ProgramChecker.Test t : p.tests) {
            if (withHidden || !t.hidden) {
                out.add(t);
            }
        }
        return out;
    }

    /** A constant expression (maybe naming earlier parts bound in {@code env}). */
    static Tensor value(String expression, Map<String, Tensor> env) {
        return ExprChecker.evaluateOrThrow(Answers.parse(expression), env == null ? Collections.emptyMap() : env);
    }

    /** "(6, 6, 5, 2)" as sizes; "error" as null. */
    static int[] shapeOf(String reference) {
        String r = reference.trim();
        if (r.equalsIgnoreCase("error")) {
            return null;
        }
        String inner = r.replace("(", " ").replace(")", " ").replace(",", " ").trim();
        if (inner.isEmpty()) {
            return new int[0];
        }
        String[] parts = inner.split("\\s+");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    /** The value of a student's answer to a number or matrix part, or null if it cannot be read. */
    static Tensor studentValue(String answer) {
        if (answer == null || answer.trim().isEmpty()) {
            return null;
        }
        try {
            return value(answer, Collections.emptyMap());
        } catch (LangException | IllegalArgumentException e) {
            return null;
        }
    }
}
