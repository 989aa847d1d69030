package dev.gradlab.core.check;

import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The answer kinds that need no sampling: <em>number</em> (a constant expression within a relative
 * tolerance), <em>matrix</em> (entries, each marked), <em>shape</em> (a tuple, or {@code error}) and
 * <em>choice</em> (an option id).
 */
public final class SimpleCheckers {
    /** The default relative tolerance of number answers. */
    public static final double NUMBER_RTOL = 1e-4;

    private SimpleCheckers() {
    }

    /** A constant expression ({@code exp(3)/2}, {@code 4.16e5}) compared with {@code expected}. */
    public static Verdict number(String answer, double expected, double rtol) {
        if (answer == null || answer.trim().isEmpty()) {
            return Verdict.missing();
        }
        Tensor v;
        try {
            v = ExprChecker.evaluateOrThrow(Answers.parse(answer), Collections.emptyMap());
        } catch (LangException e) {
            return Verdict.invalid(e.code().equals("name")
                    ? "a number answer may not use variables: " + e.describe() : e.describe());
        }
        if (v.size() != 1) {
            return Verdict.invalid("expected a single number, got an array of shape " + Shape.str(v.shape()));
        }
        double x = v.item();
        if (close(x, expected, rtol)) {
            return Verdict.correct("Correct.");
        }
        if (close(x, -expected, rtol) && expected != 0) {
            return Verdict.incorrect("Not quite: " + Num.format(x, 6) + " has the wrong sign.")
                    .withMistake("sign-error", "The magnitude is right but the sign is wrong.", 0);
        }
        return Verdict.incorrect("Not quite: your value is " + Num.format(x, 6) + ".");
    }

    /**
     * Error carried forward: the expected number is {@code reference} evaluated with the student's
     * own earlier answers bound by name ({@code a} = what the student gave for part a), so a slip in
     * an early node of a computation graph is not punished again in every later node.
     *
     * @param earlier the student's values of the parts this one depends on; not modified
     */
    public static Verdict numberCarried(String answer, String reference, java.util.Map<String, Tensor> earlier,
            double rtol) {
        Tensor expected = ExprChecker.evaluateOrThrow(Answers.parse(reference), earlier);
        Verdict v = number(answer, expected.item(), rtol);
        if (v.status() == Verdict.Status.CORRECT && !earlier.isEmpty()) {
            return Verdict.correct("Correct, given your earlier values.");
        }
        return v;
    }

    static boolean close(double x, double expected, double rtol) {
        return Math.abs(x - expected) <= rtol * Math.abs(expected) + 1e-12;
    }

    /** A matrix (or vector) of constant entries, each entry marked correct or incorrect. */
    public static Verdict matrix(String answer, Tensor expected, double rtol) {
        if (answer == null || answer.trim().isEmpty()) {
            return Verdict.missing();
        }
        Tensor v;
        try {
            v = ExprChecker.evaluateOrThrow(Answers.parse(answer), Collections.emptyMap());
        } catch (LangException e) {
            return Verdict.invalid(e.describe());
        }
        if (!Shape.same(v.shape(), expected.shape())) {
            return Verdict.invalid("your matrix has shape " + Shape.str(v.shape()) + " but the answer has shape "
                    + Shape.str(expected.shape()));
        }
        List<Verdict> entries = new ArrayList<>();
        int wrong = 0;
        for (int i = 0; i < v.size(); i++) {
            boolean ok = close(v.get(i), expected.get(i), rtol);
            wrong += ok ? 0 : 1;
            entries.add(ok ? Verdict.correct("") : Verdict.incorrect(entryName(i, expected.shape()) + " is wrong"));
        }
        Verdict out = wrong == 0 ? Verdict.correct("Correct.")
                : Verdict.incorrect(wrong + " of " + v.size() + " entries are wrong.");
        return out.withEntries(entries);
    }

    private static String entryName(int flat, int[] shape) {
        if (shape.length == 2) {
            return "entry (" + (flat / shape[1] + 1) + ", " + (flat % shape[1] + 1) + ")";
        }
        return "entry " + (flat + 1);
    }

    /**
     * A shape such as {@code (6, 6, 5, 2)}, or {@code error} when the operation is impossible.
     * {@code expected} is null when the right answer is error.
     */
    public static Verdict shape(String answer, int[] expected) {
        if (answer == null || answer.trim().isEmpty()) {
            return Verdict.missing();
        }
        String a = answer.trim();
        if (a.equalsIgnoreCase("error")) {
            return expected == null ? Verdict.correct("Correct: the shapes cannot be combined.")
                    : Verdict.incorrect("These shapes can be combined.");
        }
        List<Integer> dims = new ArrayList<>();
        String inner = a.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ")
                .replace(",", " ").replace("x", " ").replace("×", " ").trim();
        if (!inner.isEmpty()) {
            for (String part : inner.split("\\s+")) {
                try {
                    dims.add(Integer.parseInt(part));
                } catch (NumberFormatException e) {
                    return Verdict.invalid("write a shape as (6, 6, 5, 2), or error; '" + part + "' is not a size");
                }
            }
        }
        if (expected == null) {
            return Verdict.incorrect("These shapes cannot be broadcast together: the answer is error.");
        }
        int[] got = new int[dims.size()];
        for (int i = 0; i < got.length; i++) {
            got[i] = dims.get(i);
        }
        return Shape.same(got, expected) ? Verdict.correct("Correct.")
                : Verdict.incorrect("Not the resulting shape: you have " + Shape.str(got) + ".");
    }

    /** An option id such as {@code T}, {@code F} or {@code b}; case and surrounding spaces are ignored. */
    public static Verdict choice(String answer, String expected, List<String> options) {
        if (answer == null || answer.trim().isEmpty()) {
            return Verdict.missing();
        }
        String a = answer.trim();
        for (String o : options) {
            if (o.equalsIgnoreCase(a)) {
                return o.equalsIgnoreCase(expected) ? Verdict.correct("Correct.") : Verdict.incorrect("Not this option.");
            }
        }
        return Verdict.invalid("'" + a + "' is not one of the options " + String.join(", ", options));
    }
}
