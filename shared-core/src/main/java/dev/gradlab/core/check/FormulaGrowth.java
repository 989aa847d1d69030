package dev.gradlab.core.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The diagnosis of a wrong formula by its terms: when both the answer and the reference expand to
 * polynomials, says whether only lower-order terms differ, or whether the answer grows faster or
 * more slowly than the reference. Stateless.
 */
final class FormulaGrowth {
    /** How the lower-order diagnosis starts. */
    static final String LOWER = "The leading terms are right";

    private FormulaGrowth() {
    }

    /** A sentence for the student, or null when the formulas are not both polynomials. */
    static String diagnose(AnswerText student, AnswerText ref, List<String> variables) {
        try {
            Polynomial s = new SizeReader<>(new Polynomials.Exact(), variables, student).read();
            Polynomial r = new SizeReader<>(new Polynomials.Exact(), variables, ref).read();
            if (s.isZero() || r.isZero()) {
                return null;
            }
            List<Monomial> extR = Dominance.extremes(r.terms().keySet());
            Polynomial d = s.subtract(r);
            boolean lower = true;
            for (Monomial m : d.terms().keySet()) {
                lower &= !extR.contains(m) && Dominance.dominated(m, extR) == Dominance.Level.STRICT;
            }
            if (lower) {
                return lowerOrder(d, variables);
            }
            List<Monomial> extS = Dominance.extremes(s.terms().keySet());
            Monomial faster = null;
            for (Monomial m : extS) {
                if (faster == null && Dominance.dominated(m, extR) == Dominance.Level.NOT) {
                    faster = m;
                }
            }
            boolean slower = false;
            for (Monomial m : extR) {
                slower |= Dominance.dominated(m, extS) == Dominance.Level.NOT;
            }
            if (faster != null) {
                return (slower ? "Your formula does not grow like the expected count: its term " : "Your formula grows "
                        + "faster than the expected count: its term ") + faster.toString(variables) + " is too large"
                        + (slower ? " and a leading term is missing." : ".");
            }
            if (slower) {
                return "Your formula grows more slowly than the expected count: a leading term is missing.";
            }
            return "Your formula grows at the right rate, but its leading terms differ.";
        } catch (ReadException | ArithmeticException e) {
            return null;
        }
    }

    private static String lowerOrder(Polynomial d, List<String> variables) {
        if (d.isConstant()) {
            return LOWER + "; only the constant term differs.";
        }
        List<String> names = new ArrayList<>();
        for (Monomial m : d.sortedMonomials(variables)) {
            if (!m.isOne()) {
                names.add(m.toString(variables));
            }
        }
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        boolean constant = !d.coefficient(Monomial.ONE).isZero();
        return LOWER + "; the lower-order terms differ: check the " + list + (names.size() == 1 ? " term" : " terms")
                + (constant ? " and the constant term." : ".");
    }
}
