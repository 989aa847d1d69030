package dev.gradlab.core.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExprCheckerTest {
    private static final String CHAIN_SIN = "cos(3*x^2 + 4*cos(x))*(6*x - 4*sin(x))";
    private static final List<VarSpec> X = List.of(VarSpec.parse("x: scalar"));

    private static Verdict check(String answer, String ref, List<VarSpec> vars) {
        return ExprChecker.check(answer, ref, vars, new ExprChecker.Options());
    }

    @Test
    void anEquivalentRewriteIsCorrect() {
        Verdict v = check("(6x - 4 sin(x)) * cos(3x^2 + 4cos(x))", CHAIN_SIN, X);
        assertEquals(Verdict.Status.CORRECT, v.status(), v.toString());
        assertEquals(1.0, v.score());
    }

    @Test
    void aSignErrorIsDiagnosed() {
        Verdict v = check("cos(3x^2 + 4cos(x)) * (6x + 4sin(x))", CHAIN_SIN, X);
        assertEquals(Verdict.Status.INCORRECT, v.status());
        assertEquals("sign-error", v.mistake());
    }

    @Test
    void aMissingChainRuleFactorIsDiagnosed() {
        Verdict v = check("cos(3x^2 + 4cos(x))", CHAIN_SIN, X);
        assertEquals("missing-chain-factor", v.mistake(), v.toString());
    }

    @Test
    void aConstantFactorIsDiagnosedWithTheFactor() {
        Verdict v = check("2*" + CHAIN_SIN, CHAIN_SIN, X);
        assertEquals("constant-factor", v.mistake());
        assertTrue(v.feedback().startsWith("Your answer is 2 times"), v.feedback());
    }

    @Test
    void syntaxErrorsAndUnknownNamesAreInvalidWithPositions() {
        Verdict v = check("cos(3x^2", CHAIN_SIN, X);
        assertEquals(Verdict.Status.INVALID, v.status());
        assertTrue(v.feedback().startsWith("line 1, column 9: unexpected end of input"), v.feedback());
        v = check("cos(y)", CHAIN_SIN, X);
        assertEquals(Verdict.Status.INVALID, v.status());
        assertTrue(v.feedback().contains("unknown name 'y'") && v.feedback().contains("the variables are x"), v.feedback());
        assertEquals(Verdict.Status.MISSING, check("  ", CHAIN_SIN, X).status());
    }

    @Test
    void matrixGradientsUseNonSquareShapesSoAMissingTransposeShows() {
        List<VarSpec> vars = List.of(VarSpec.parse("X: matrix n x d tall"), VarSpec.parse("t: vector n"));
        String ref = "inv(X.T @ X) @ X.T @ t";
        Verdict ok = check("solve(X.T @ X, X.T @ t)", ref, vars);
        assertEquals(Verdict.Status.CORRECT, ok.status(), ok.toString());
        Verdict v = check("inv(X.T @ X) @ X @ t", ref, vars);
        assertEquals(Verdict.Status.INVALID, v.status());
        assertTrue(v.feedback().contains("cannot be matrix-multiplied"), v.feedback());
    }

    @Test
    void aShapeMismatchNamesBothShapes() {
        List<VarSpec> vars = List.of(VarSpec.parse("A: matrix n x n symmetric"), VarSpec.parse("x: vector n"));
        Verdict v = check("x.T @ A @ x", "2*A@x", vars);
        assertEquals(Verdict.Status.INVALID, v.status());
        assertTrue(v.feedback().startsWith("your answer has shape () but the answer must have shape ("), v.feedback());
    }

    @Test
    void symmetryDeclaredForAMatrixMakesATransposeIrrelevant() {
        List<VarSpec> vars = List.of(VarSpec.parse("A: matrix n x n symmetric"), VarSpec.parse("x: vector n"),
                VarSpec.parse("y: vector n"), VarSpec.parse("c: scalar"));
        String ref = "2*A@x + c*sin(y)";
        Verdict ok = check("(A + A.T) @ x + c*sin(y)", ref, vars);
        assertEquals(Verdict.Status.CORRECT, ok.status(), ok.toString());
        assertEquals(Verdict.Status.CORRECT, check("2 A.T @ x + sin(y)*c", ref, vars).status());
    }

    @Test
    void theWrongSoftmaxAxisIsDiagnosed() {
        List<VarSpec> vars = List.of(VarSpec.parse("Q: matrix n x d"), VarSpec.parse("K: matrix n x d"),
                VarSpec.parse("V: matrix n x d"), VarSpec.parse("d: size"));
        String ref = "softmax(Q @ K.T / sqrt(d)) @ V";
        assertEquals(Verdict.Status.CORRECT, check("softmax(Q @ K.T / d^0.5, axis=-1) @ V", ref, vars).status());
        assertEquals("wrong-softmax-axis", check("softmax(Q @ K.T / sqrt(d), axis=0) @ V", ref, vars).mistake());
    }

    @Test
    void swappedProductOrderIsDiagnosed() {
        List<VarSpec> vars = List.of(VarSpec.parse("A: matrix n x n"), VarSpec.parse("B: matrix n x n"));
        assertEquals("swapped-product", check("B @ A", "A @ B", vars).mistake());
    }

    @Test
    void knownMistakesComeFirstAndCarryTheirScore() {
        KnownMistake seed = new KnownMistake("seed-000-q1a", "cos(3*x^2 + 4*cos(x))*(6*x + 4*sin(x))",
                "The printed solution differentiates cos as +sin.", 0.5);
        ExprChecker.Options opt = new ExprChecker.Options();
        opt.mistakes = List.of(seed);
        Verdict v = ExprChecker.check("cos(3x^2+4cos(x))*(6x+4sin(x))", CHAIN_SIN, X, opt);
        assertEquals("seed-000-q1a", v.mistake());
        assertEquals(0.5, v.score());
        assertEquals("The printed solution differentiates cos as +sin.", v.feedback());
    }

    @Test
    void aCorrectAnswerCarriesNoMistake() {
        assertNull(check(CHAIN_SIN, CHAIN_SIN, X).mistake());
    }
}
