package dev.gradlab.core.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Kind <em>asymptotic</em>: Θ-equivalence of cost expressions in independent sizes. The answer may
 * be wrapped in {@code Theta(…)}, {@code Θ(…)}, {@code O(…)} or {@code Omega(…)}, may be factored or
 * expanded, and may keep constants and lower-order terms: {@code n^2*d + n*d^2},
 * {@code Theta(n^2 d + d^2 n)}, {@code O(n*d*(n+d))} and {@code 3n^2d + nd^2 + n + 7} are all the
 * same answer. Powers may be fractional ({@code n^(3/2)}, {@code sqrt(n)}) and {@code log} factors
 * are allowed ({@code n*log(n)}). Two answers are equal when each one's dominant monomials are
 * dominated by the other's, where a monomial is dominated by a set when it lies below the set's
 * convex hull of exponent vectors ({@link Dominance}) — so {@code n^2 + n*d + d^2} equals
 * {@code n^2 + d^2}, while {@code n^2*d} and {@code n*d^2} are different costs. A wrong answer is
 * told which of its terms grow too fast ({@code too-fast}) and which expected terms it misses
 * ({@code missing-term}; both: {@code wrong-terms}). Stateless; never throws for student input.
 */
public final class AsymptoticChecker {
    private AsymptoticChecker() {
    }

    /**
     * Checks {@code answer} against {@code reference}, Θ-expressions in {@code variables}.
     *
     * @throws IllegalArgumentException when the reference cannot be read (an authoring error)
     */
    public static Verdict check(String answer, String reference, List<String> variables) {
        return check(answer, reference, variables, Collections.emptyList());
    }

    /**
     * As {@link #check(String, String, List)}, under assumptions that bound one size by another,
     * such as {@code "n >> d"} (or {@code "d << n"}, {@code "d <= n"}, {@code "n >= d"}, {@code "n ≫ d"}):
     * then {@code Θ(n·d + d²)} is {@code Θ(n·d)}.
     *
     * @throws IllegalArgumentException when the reference or an assumption cannot be read
     */
    public static Verdict check(String answer, String reference, List<String> variables, List<String> assumptions) {
        if (answer == null || answer.trim().isEmpty()) {
            return Verdict.missing();
        }
        List<String[]> order = parseAssumptions(assumptions, variables);
        List<Monomial> expected;
        try {
            expected = Dominance.extremes(dominantTerms(AnswerText.parse(reference), variables, new ArrayList<>()), order);
        } catch (ReadException e) {
            throw new IllegalArgumentException("reference '" + reference + "': " + e.describe(), e);
        }
        try {
            return compare(answer, expected, variables, order);
        } catch (ReadException e) {
            return Verdict.invalid(e.describe());
        } catch (RuntimeException e) {
            return Verdict.invalid(FormulaChecker.INTERNAL + e + ")");
        }
    }

    private static Verdict compare(String answer, List<Monomial> expected, List<String> variables, List<String[]> order) {
        List<String> notes = new ArrayList<>();
        List<Monomial> got = Dominance.extremes(dominantTerms(AnswerText.parse(answer), variables, notes), order);
        List<Monomial> faster = new ArrayList<>();
        for (Monomial m : got) {
            if (Dominance.dominated(m, expected, order) == Dominance.Level.NOT) {
                faster.add(m);
            }
        }
        List<Monomial> missing = new ArrayList<>();
        for (Monomial m : expected) {
            if (Dominance.dominated(m, got, order) == Dominance.Level.NOT) {
                missing.add(m);
            }
        }
        if (faster.isEmpty() && missing.isEmpty()) {
            return Verdict.correct(FormulaChecker.withNotes("Correct.", notes));
        }
        StringBuilder sb = new StringBuilder("You have " + theta(got, variables) + " but the cost is "
                + theta(expected, variables) + ": ");
        if (!faster.isEmpty()) {
            sb.append(list(faster, variables)).append(faster.size() == 1 ? " grows" : " grow")
                    .append(" faster than the true cost");
        }
        if (!missing.isEmpty()) {
            sb.append(faster.isEmpty() ? "" : ", and ").append(missing.size() == 1 ? "the term " : "the terms ")
                    .append(list(missing, variables)).append(missing.size() == 1 ? " is missing" : " are missing");
        }
        if (!order.isEmpty()) {
            List<String> bounds = new ArrayList<>();
            for (String[] pair : order) {
                bounds.add(pair[0] + " ≤ " + pair[1]);
            }
            sb.append(" (assuming ").append(String.join(", ", bounds)).append(')');
        }
        String feedback = FormulaChecker.withNotes(sb.append('.').toString(), notes);
        String id = faster.isEmpty() ? "missing-term" : missing.isEmpty() ? "too-fast" : "wrong-terms";
        return Verdict.incorrect(feedback).withMistake(id, feedback, 0);
    }

    /**
     * The Θ-class of {@code expression} as a student reads it, e.g. {@code Θ(n²·d + n·d²)} for
     * {@code h*(n+d)*n*d/h}.
     *
     * @throws ReadException when the expression cannot be read
     */
    public static String theta(String expression, List<String> variables) {
        return theta(dominantTerms(AnswerText.parse(expression), variables, new ArrayList<>()), variables);
    }

    /** Pairs {small, big} from assumptions such as "n >> d", "d <= n", "n ≥ d". */
    private static List<String[]> parseAssumptions(List<String> assumptions, List<String> variables) {
        List<String[]> out = new ArrayList<>();
        String[][] ops = {{">>", "big"}, {"≫", "big"}, {">=", "big"}, {"≥", "big"}, {">", "big"},
            {"<<", "small"}, {"≪", "small"}, {"<=", "small"}, {"≤", "small"}, {"<", "small"}};
        for (String a : assumptions) {
            String[] pair = null;
            for (String[] op : ops) {
                int at = a.indexOf(op[0]);
                if (pair == null && at > 0) {
                    String left = a.substring(0, at).trim();
                    String right = a.substring(at + op[0].length()).trim();
                    pair = op[1].equals("big") ? new String[] {right, left} : new String[] {left, right};
                }
            }
            if (pair == null || !variables.contains(pair[0]) || !variables.contains(pair[1])) {
                throw new IllegalArgumentException("assumption '" + a + "' must compare two of the sizes "
                        + variables + ", as in n >> d");
            }
            out.add(pair);
        }
        return out;
    }

    /** The extreme monomials of the answer's Θ-class; the readings of names are added to {@code notes}. */
    private static List<Monomial> dominantTerms(AnswerText text, List<String> variables, List<String> notes) {
        ThetaAlgebra algebra = new ThetaAlgebra(variables);
        SizeReader<ThetaAlgebra.Value> reader = new SizeReader<>(algebra, variables, text);
        ThetaAlgebra.Value v = reader.read();
        if (text.readAs() != null) {
            notes.add(text.readAs());
        }
        notes.addAll(reader.notes());
        try {
            return Dominance.extremes(algebra.reduce(v).terms().keySet());
        } catch (ReadException e) {
            throw e.placed() ? e : text.error(text.expr(), e.getMessage());
        }
    }

    private static String theta(List<Monomial> terms, List<String> variables) {
        List<Monomial> sorted = new ArrayList<>(terms);
        sorted.sort((a, b) -> Polynomial.compareForDisplay(a, b, variables));
        List<String> parts = new ArrayList<>();
        for (Monomial m : sorted) {
            parts.add(m.toString(variables));
        }
        return "Θ(" + String.join(" + ", parts) + ")";
    }

    private static String list(List<Monomial> terms, List<String> variables) {
        List<String> parts = new ArrayList<>();
        for (Monomial m : terms) {
            parts.add(m.toString(variables));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
