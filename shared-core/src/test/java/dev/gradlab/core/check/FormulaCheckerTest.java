package dev.gradlab.core.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kind formula. The main reference is seed 002 §4.3, the FLOPs of lydia_loss: 2nd + 3n + 2d + 3
 * (X @ w 2nd, subtract n, square n, mean n + 1, abs d, sum d, two scalar ops), the count that
 * autodiff's FlopCountTest establishes by running the graph.
 */
class FormulaCheckerTest {
    private static final List<String> ND = List.of("n", "d");
    private static final String LYDIA = "2*n*d + 3*n + 2*d + 3";

    private static Verdict lydia(String answer) {
        return FormulaChecker.check(answer, LYDIA, ND, 42);
    }

    private static void assertStatus(Verdict.Status status, Verdict v) {
        assertEquals(status, v.status(), v.toString());
    }

    @Test
    void theLydiaCountInEveryEquivalentSpelling() {
        for (String a : new String[] {"2*n*d + 3*n + 2*d + 3", "2nd + 3n + 2d + 3", "3 + 2d + 3n + 2nd",
            "2 * n**1 * d + 3n + 2d + 3", "n*(2*d + 3) + 2*(d + 1) + 1", "(2n + 2)(d + 3/2)", "2n d + 3n + 2d + 3",
            "2·n·d + 3n + 2d + 3", "2dn + 3n + 2d + 3", "n(2d + 3) + 2d + 3", "(4nd + 6n + 4d + 6)/2",
            "2nd + 3n + 2d + 3.0", "2nd + 3n + 2d + 6/2", "2nd + n + n + (n + 1) + d + d + 1 + 1"}) {
            assertStatus(Verdict.Status.CORRECT, lydia(a));
        }
    }

    @Test
    void lenientReadingsAreToldToTheStudent() {
        assertEquals("Correct. (We read nd as n·d.)", lydia("2nd + 3n + 2d + 3").feedback());
        assertEquals("Correct. (We read n(…) as n·(…).)", lydia("n(2d + 3) + 2d + 3").feedback());
        assertEquals("Correct. (We read as 2*n*d + 3*n + 2*d + 3.)", lydia("2n d + 3n + 2d + 3").feedback());
        assertEquals("Correct.", lydia(LYDIA).feedback());
        assertEquals("Correct.", lydia("2n·d + 3n + 2d + 3").feedback());
        assertStatus(Verdict.Status.CORRECT, lydia("2 × n × d + 3n + 2d + 3"));
        assertStatus(Verdict.Status.CORRECT, lydia("2nd + 3n + 2d + 4 − 1"));
    }

    @Test
    void aMissingDivisionInTheMeanIsALowerOrderMistakeShownAtASmallPoint() {
        Verdict v = lydia("2nd + 3n + 2d + 2");
        assertStatus(Verdict.Status.INCORRECT, v);
        assertEquals("lower-order-terms", v.mistake());
        assertEquals("Not the expected count: at n = 2, d = 3 your formula gives 26, the expected count is 27. "
                + "The leading terms are right; only the constant term differs. (We read nd as n·d.)", v.feedback());
    }

    @Test
    void aWrongLinearTermIsNamed() {
        Verdict v = lydia("2nd + 2n + 2d + 3");
        assertEquals("lower-order-terms", v.mistake());
        assertTrue(v.feedback().contains("check the n term."), v.feedback());
        Verdict w = lydia("2nd + 2n + d");
        assertEquals("lower-order-terms", w.mistake());
        assertTrue(w.feedback().contains("check the n and d terms and the constant term."), w.feedback());
    }

    @Test
    void constantFactorsAndSigns() {
        Verdict twice = lydia("4nd + 6n + 4d + 6");
        assertEquals("constant-factor", twice.mistake());
        assertTrue(twice.feedback().contains("off by a factor of 2"), twice.feedback());
        Verdict half = lydia("(2nd + 3n + 2d + 3)/2");
        assertEquals("constant-factor", half.mistake());
        assertTrue(half.feedback().contains("is 1/2 of the expected count: off by a factor of 2"), half.feedback());
        assertEquals("sign-error", lydia("-(2nd + 3n + 2d + 3)").mistake());
        assertEquals(0.0, twice.score());
    }

    @Test
    void wrongLeadingTermsAreNotCalledSmallSlips() {
        Verdict v = lydia("nd + 3n + 2d + 3");
        assertStatus(Verdict.Status.INCORRECT, v);
        assertNull(v.mistake());
        assertTrue(v.feedback().startsWith("Not the expected count: at n = 2, d = 3 your formula gives 21, the expected"
                + " count is 27."), v.feedback());
        assertTrue(v.feedback().contains("grows at the right rate, but its leading terms differ"), v.feedback());
        Verdict fast = lydia("2n^2 d + 3n + 2d + 3");
        assertTrue(fast.feedback().contains("grows faster than the expected count: its term n²·d is too large"),
                fast.feedback());
        Verdict slow = lydia("3n + 2d + 3");
        assertTrue(slow.feedback().contains("grows more slowly than the expected count"), slow.feedback());
    }

    @Test
    void parameterCountsWithSeveralSizesAndConcatenatedNames() {
        List<String> vndh = List.of("V", "N", "D", "H");
        String ref = "V*D + 4*H*D";
        assertStatus(Verdict.Status.CORRECT, FormulaChecker.check("VD + 4HD", ref, vndh, 1));
        assertStatus(Verdict.Status.CORRECT, FormulaChecker.check("D(V + 4H)", ref, vndh, 1));
        assertStatus(Verdict.Status.CORRECT, FormulaChecker.check("D*(V+H+H+H+H)", ref, vndh, 1));
        assertStatus(Verdict.Status.INCORRECT, FormulaChecker.check("VD + 3HD", ref, vndh, 1));
        Verdict v = FormulaChecker.check("VD + 4HD + VN", ref, vndh, 1);
        assertTrue(v.feedback().contains("at V = 2, N = 3, D = 4, H = 5 your formula gives 94, the expected count is 88"),
                v.feedback());
    }

    @Test
    void powersAndTheirSpellings() {
        List<String> bmdh = List.of("b", "m", "d", "h");
        String ref = "2*b*m*d^2 + 2*b*m^2*d";
        for (String a : new String[] {"2bmd^2 + 2bm^2d", "2*b*m*d**2 + 2*b*m**2*d", "2bmd(d + m)", "2bmd²+2bm²d",
            "2 b m d^2 + 2 b m^2 d"}) {
            assertStatus(Verdict.Status.CORRECT, FormulaChecker.check(a, ref, bmdh, 3));
        }
        Verdict wrongExponent = FormulaChecker.check("2bmd^2 + 2bm^3d", ref, bmdh, 3);
        assertStatus(Verdict.Status.INCORRECT, wrongExponent);
        assertTrue(wrongExponent.feedback().contains("its term b·m³·d is too large"), wrongExponent.feedback());
        assertEquals("Correct. (We read bmd^2 as b·m·d^2.)", FormulaChecker.check("2bmd^2 + 2*b*m^2*d", ref, bmdh, 3)
                .feedback());
    }

    @Test
    void sizesInAnExponentAreSampledSmallSoCountsLikeVToTheNStayExact() {
        List<String> vn = List.of("V", "N");
        assertStatus(Verdict.Status.CORRECT, FormulaChecker.check("V^N", "V**N", vn, 5));
        assertStatus(Verdict.Status.CORRECT, FormulaChecker.check("V*V^(N-1)", "V^N", vn, 5));
        Verdict v = FormulaChecker.check("N^V", "V^N", vn, 5);
        assertStatus(Verdict.Status.INCORRECT, v);
        assertTrue(v.feedback().contains("at V = 2, N = 3 your formula gives 9, the expected count is 8"), v.feedback());
    }

    @Test
    void rationalFormulasAreComparedExactly() {
        List<String> n = List.of("n");
        assertStatus(Verdict.Status.CORRECT, FormulaChecker.check("n(n+1)/2", "(n^2 + n)/2", n, 9));
        assertStatus(Verdict.Status.CORRECT, FormulaChecker.check("0.5*n*(n+1)", "n*(n+1)/2", n, 9));
        assertStatus(Verdict.Status.CORRECT, FormulaChecker.check("(n^2 - 1)/(n - 1)", "n + 1", n, 9));
        // a difference of 1 in 10^18 is still a difference
        assertStatus(Verdict.Status.INCORRECT, FormulaChecker.check("n^2 + 1", "n^2", n, 9));
        assertEquals("lower-order-terms", FormulaChecker.check("n^2/2", "n*(n+1)/2", n, 9).mistake());
    }

    @Test
    void invalidAnswersArePositionedAndNeverAttempts() {
        Verdict syntax = lydia("2nd + 3n + (2d + 3");
        assertStatus(Verdict.Status.INVALID, syntax);
        assertEquals("line 1, column 19: unexpected end of input — expected ) to close the ( at line 1, column 12",
                syntax.feedback());
        Verdict unknown = lydia("2nd + 3n + 2x + 3");
        assertEquals("line 1, column 13: unknown name 'x': the sizes here are n, d", unknown.feedback());
        Verdict log = lydia("2nd + 3n + log(d)");
        assertEquals("line 1, column 12: a formula is a polynomial/rational expression in the sizes; log(…) cannot be"
                + " checked exactly", log.feedback());
        Verdict theta = lydia("Theta(n*d)");
        assertStatus(Verdict.Status.INVALID, theta);
        assertTrue(theta.feedback().contains("a formula is an exact count"), theta.feedback());
        Verdict root = lydia("n^(1/2)");
        assertTrue(root.feedback().contains("powers must be whole numbers"), root.feedback());
        Verdict multiline = lydia("(2nd +\n  3n +\n  2q)");
        assertTrue(multiline.feedback().startsWith("line 3, column 4: unknown name 'q'"), multiline.feedback());
        assertStatus(Verdict.Status.INVALID, lydia("1/(n - n)"));
        assertStatus(Verdict.Status.INVALID, lydia("n <= d"));
        assertStatus(Verdict.Status.INVALID, lydia("n^99999999"));
        assertStatus(Verdict.Status.INVALID, lydia("2n@d"));
        assertStatus(Verdict.Status.MISSING, lydia("  "));
        assertStatus(Verdict.Status.MISSING, lydia(null));
    }

    @Test
    void aBadReferenceIsTheAuthorsError() {
        assertThrows(IllegalArgumentException.class, () -> FormulaChecker.check("n", "n +", ND, 1));
        assertThrows(IllegalArgumentException.class, () -> FormulaChecker.check("n", "log(n)", ND, 1));
    }

    @Test
    void theSeedChoosesThePointsButNotTheVerdict() {
        for (long seed = 0; seed < 20; seed++) {
            assertStatus(Verdict.Status.CORRECT, FormulaChecker.check("2nd + 3n + 2d + 3", LYDIA, ND, seed));
            assertStatus(Verdict.Status.INCORRECT, FormulaChecker.check("2nd + 3n + 2d + 4", LYDIA, ND, seed));
        }
    }
}
