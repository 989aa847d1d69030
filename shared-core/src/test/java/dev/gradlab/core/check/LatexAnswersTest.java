package dev.gradlab.core.check;

import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every answer kind accepts what a student pastes from a LaTeX write-up, and errors point into the LaTeX. */
class LatexAnswersTest {
    static final List<VarSpec> LYDIA = List.of(VarSpec.parse("X: matrix n x d tall"), VarSpec.parse("w: vector d"),
            VarSpec.parse("y: vector n"), VarSpec.parse("lam: scalar"), VarSpec.parse("n: size"));
    static final String LYDIA_REF = "2/n * X.T @ (X @ w - y) + lam * sign(w)";

    @Test
    void anExpressionAnswerInLatexIsCheckedLikeTheTypedOne() {
        Verdict v = ExprChecker.check("\\cos\\left(3x^2 + 4\\cos x\\right) \\cdot (6x - 4\\sin x)",
                "cos(3*x^2 + 4*cos(x))*(6*x - 4*sin(x))", List.of(VarSpec.parse("x: scalar")), new ExprChecker.Options());
        assertEquals(Verdict.Status.CORRECT, v.status(), v.feedback());
    }

    @Test
    void latexMatrixAnswersUseTransposeJuxtapositionAndSpelledGreekForDeclaredNames() {
        Verdict v = ExprChecker.check("$\\frac{2}{n} X^\\top (X w - y) + \\lambda \\operatorname{sign}(w)$", LYDIA_REF, LYDIA,
                new ExprChecker.Options());
        assertEquals(Verdict.Status.CORRECT, v.status(), v.feedback());
    }

    @Test
    void aWrongLatexAnswerIsDiagnosedLikeATypedOne() {
        Verdict v = ExprChecker.check("\\frac{2}{n} X^\\top (y - X w) + \\lambda\\,\\mathrm{sign}(w)", LYDIA_REF, LYDIA,
                new ExprChecker.Options());
        assertEquals(Verdict.Status.INCORRECT, v.status());
        assertEquals("sign-error", v.mistake());
    }

    @Test
    void aShapeErrorInLatexPointsAtTheLatexColumn() {
        String answer = "\\frac{2}{n} X (X w - y)";
        Verdict v = ExprChecker.check(answer, LYDIA_REF, LYDIA, new ExprChecker.Options());
        assertEquals(Verdict.Status.INVALID, v.status());
        int column = Integer.parseInt(v.feedback().replaceAll("(?s).*column (\\d+).*", "$1"));
        assertTrue(column >= 1 && column <= answer.length(), v.feedback());
        assertTrue(v.feedback().contains("shape"), v.feedback());
    }

    @Test
    void aLatexSyntaxErrorIsInvalidWithItsPosition() {
        Verdict v = ExprChecker.check("\\frac{1}{", "x", List.of(VarSpec.parse("x: scalar")), new ExprChecker.Options());
        assertEquals(Verdict.Status.INVALID, v.status());
        assertTrue(v.feedback().contains("line 1"), v.feedback());
    }

    @Test
    void aNumberAnswerMayBeAConstantLatexExpression() {
        Verdict v = SimpleCheckers.number("\\frac{e^{3}}{2} - 36", Math.exp(3) / 2 - 36, SimpleCheckers.NUMBER_RTOL);
        assertEquals(Verdict.Status.CORRECT, v.status(), v.feedback());
        assertEquals(Verdict.Status.INCORRECT,
                SimpleCheckers.number("\\frac{e^{3}}{2} + 36", Math.exp(3) / 2 - 36, SimpleCheckers.NUMBER_RTOL).status());
    }

    @Test
    void aMatrixAnswerMayBeABmatrixAndEachEntryIsMarked() {
        Tensor expected = Tensor.fromNested(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)));
        Verdict right = SimpleCheckers.matrix("\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}", expected, 1e-9);
        assertEquals(Verdict.Status.CORRECT, right.status(), right.feedback());
        Verdict wrong = SimpleCheckers.matrix("\\begin{pmatrix} 1 & 2 \\\\ 3 & 5 \\end{pmatrix}", expected, 1e-9);
        assertEquals(Verdict.Status.INCORRECT, wrong.status());
        assertEquals(List.of(Verdict.Status.CORRECT, Verdict.Status.CORRECT, Verdict.Status.CORRECT, Verdict.Status.INCORRECT),
                wrong.entries().stream().map(Verdict::status).toList());
    }

    @Test
    void aFormulaAnswerMayBeLatexWithCdotAndFrac() {
        assertEquals(Verdict.Status.CORRECT,
                FormulaChecker.check("2 n \\cdot d + 3n + 2d + 3", "2*n*d + 3*n + 2*d + 3", List.of("n", "d"), 1).status());
        assertEquals(Verdict.Status.CORRECT,
                FormulaChecker.check("\\frac{n(n+1)}{2}", "n*(n+1)/2", List.of("n"), 1).status());
        assertEquals(Verdict.Status.INCORRECT,
                FormulaChecker.check("\\frac{n(n-1)}{2}", "n*(n+1)/2", List.of("n"), 1).status());
    }

    @Test
    void anAsymptoticAnswerMayBeALatexTheta() {
        assertEquals(Verdict.Status.CORRECT,
                AsymptoticChecker.check("\\Theta\\left(n^{2} d + n d^{2}\\right)", "n^2*d + n*d^2", List.of("n", "d")).status());
        assertEquals(Verdict.Status.INCORRECT,
                AsymptoticChecker.check("O\\left(n^{2}\\right)", "n^2*d", List.of("n", "d")).status());
    }

    @Test
    void unfinishedLatexIsInvalidForEveryKindThatReadsExpressions() {
        assertEquals(Verdict.Status.INVALID, SimpleCheckers.number("\\frac{e^{3}}{", 1, 1e-4).status());
        assertEquals(Verdict.Status.INVALID, SimpleCheckers.matrix("\\begin{bmatrix} 1 & 2", Tensor.vector(1, 2), 1e-9).status());
        Verdict formula = FormulaChecker.check("\\frac{n}{", "n/2", List.of("n"), 1);
        assertEquals(Verdict.Status.INVALID, formula.status());
        assertTrue(formula.feedback().contains("column"), formula.feedback());
        assertEquals(Verdict.Status.INVALID, AsymptoticChecker.check("\\Theta(n^{2}", "n^2", List.of("n")).status());
    }

    @Test
    void theReadingOfALatexAnswerIsKeptForThePreview() {
        Answers.Read r = Answers.read("\\frac{1}{2} x^\\top A x", List.of("x", "A"));
        assertTrue(r.isLatex());
        assertTrue(r.source().contains("x.T"), r.source());
        Answers.Read typed = Answers.read("x.T @ A @ x / 2", null);
        assertEquals("x.T @ A @ x / 2", typed.source());
        assertNull(typed.isLatex() ? "latex" : null);
    }

    @Test
    void aPlainSubscriptNameIsReadAsTheDeclaredJoinedName() {
        List<VarSpec> vars = List.of(VarSpec.parse("z0: scalar"), VarSpec.parse("z1: scalar"));
        assertEquals(Verdict.Status.CORRECT,
                ExprChecker.check("z_1 - z_0", "z1 - z0", vars, new ExprChecker.Options()).status());
    }
}
