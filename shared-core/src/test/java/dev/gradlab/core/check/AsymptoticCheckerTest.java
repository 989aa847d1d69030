package dev.gradlab.core.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kind asymptotic, on seed 004 question 3 (a2-attention-complexity, a2-separable-attention,
 * a2-linear-attention). References derived from the definitions, with naive matrix products:
 * <ul>
 *   <li>one head, Q = Q̄W^Q etc.: projections 3·Θ(n·d²), QKᵀ Θ(n²·d), scale and softmax Θ(n²),
 *   (·)V Θ(n²·d) — time Θ(n²d + nd²); space: inputs and Q, K, V Θ(nd), weights Θ(d²), scores
 *   Θ(n²) — Θ(n² + nd + d²), which equals Θ(n² + d²) since nd ≤ (n² + d²)/2;</li>
 *   <li>h heads one after another, then Concat·W^O (n × hd by hd × d, Θ(h·n·d²)): time
 *   Θ(h·n²·d + h·n·d²); space: the n × n scores are reused by each head, the h head outputs and
 *   the 4h·d² weights are kept — Θ(n² + h·n·d + h·d²). The seed's Θ(h(n² + d² + nd)) keeps h
 *   score matrices at once, which sequential heads do not need;</li>
 *   <li>separable: row/column softmaxes Θ(nd), softmax(K)ᵀV Θ(nd²), softmax(Q)(…) Θ(nd²) — time
 *   Θ(nd²), space Θ(nd + d²) (Θ(nd) when n ≫ d);</li>
 *   <li>kernelized: f on 2n rows Θ(nmd), φ(K)ᵀV Θ(nmd), φ(Q)(…) Θ(nmd), normaliser Θ(nm), D⁻¹ Θ(nd)
 *   — time Θ(nmd); space Θ(nd + nm + md) (Θ(nd + nm) when n ≫ m, d).</li>
 * </ul>
 */
class AsymptoticCheckerTest {
    private static final List<String> NDH = List.of("n", "d", "h");
    private static final List<String> ND = List.of("n", "d");
    private static final List<String> NMD = List.of("n", "m", "d");
    private static final String TIME_SINGLE = "n^2*d + n*d^2";
    private static final String SPACE_SINGLE = "n^2 + n*d + d^2";
    private static final String TIME_MULTI = "h*n^2*d + h*n*d^2";
    private static final String SPACE_MULTI = "n^2 + h*n*d + h*d^2";

    private static void assertStatus(Verdict.Status status, Verdict v) {
        assertEquals(status, v.status(), v.toString());
    }

    @Test
    void singleHeadTimeInEveryEquivalentSpelling() {
        for (String a : new String[] {"n^2*d + n*d^2", "Theta(n^2 d + d^2 n)", "Θ(n²d + nd²)", "O(n*d*(n+d))",
            "3n^2d + nd^2 + n + 7", "theta(n**2*d + n*d**2)", "Omega(n d (n + d))", "2n^2 d + n^2 + 3nd^2",
            "Θ(n^2d + nd^2)", "(n d^2 + n^2 d) / 1 - 0", "n d^2 + n^2 d + n^2 + d^2 + n d"}) {
            assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check(a, TIME_SINGLE, NDH));
        }
    }

    @Test
    void aMissingTermIsNamedWithWhatWasReadAndWhatIsExpected() {
        Verdict v = AsymptoticChecker.check("Θ(n²d)", TIME_SINGLE, NDH);
        assertStatus(Verdict.Status.INCORRECT, v);
        assertEquals("missing-term", v.mistake());
        assertEquals("You have Θ(n²·d) but the cost is Θ(n²·d + n·d²): the term n·d² is missing. (We read as Θ(n²*d).)",
                v.feedback());
    }

    @Test
    void aTermThatGrowsTooFastIsNamed() {
        Verdict v = AsymptoticChecker.check("n^3", TIME_SINGLE, NDH);
        assertEquals("wrong-terms", v.mistake());
        assertEquals("You have Θ(n³) but the cost is Θ(n²·d + n·d²): n³ grows faster than the true cost, and the terms"
                + " n²·d and n·d² are missing.", v.feedback());
        Verdict w = AsymptoticChecker.check("n^2 d^2", TIME_SINGLE, NDH);
        assertEquals("too-fast", w.mistake());
        assertTrue(w.feedback().endsWith(": n²·d² grows faster than the true cost. (We read as n^2*d^2.)"), w.feedback());
        assertEquals("missing-term", AsymptoticChecker.check("n^2", TIME_SINGLE, NDH).mistake());
        assertStatus(Verdict.Status.INCORRECT, AsymptoticChecker.check("n^2 d + n d^3", TIME_SINGLE, NDH));
    }

    @Test
    void singleHeadSpaceAcceptsTheTermsThatAmGmMakesRedundant() {
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("Θ(n² + d² + nd)", SPACE_SINGLE, NDH));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("n^2 + d^2", SPACE_SINGLE, NDH));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("(n + d)^2", SPACE_SINGLE, NDH));
        Verdict v = AsymptoticChecker.check("n^2 + n d", SPACE_SINGLE, NDH);
        assertEquals("You have Θ(n² + n·d) but the cost is Θ(n² + d²): the term d² is missing. (We read as n^2 + n*d.)",
                v.feedback());
    }

    @Test
    void multiHeadTimeAndSpace() {
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("Θ(h(n²d + nd²))", TIME_MULTI, NDH));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("hnd(n + d)", TIME_MULTI, NDH));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("n^2 + hnd + hd^2", SPACE_MULTI, NDH));
        // the seed's answer stores all h score matrices although the heads run one after another
        Verdict seed = AsymptoticChecker.check("Θ(h(n^2 + d^2 + nd))", SPACE_MULTI, NDH);
        assertEquals("too-fast", seed.mistake());
        assertTrue(seed.feedback().contains("n²·h grows faster than the true cost"), seed.feedback());
        assertEquals("missing-term", AsymptoticChecker.check("n^2 + h d^2", SPACE_MULTI, NDH).mistake());
    }

    @Test
    void separableAttention() {
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("Θ(nd²)", "n*d^2", ND));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("Θ(nd + d^2)", "n*d + d^2", ND));
        assertEquals("wrong-terms", AsymptoticChecker.check("Θ(n^2 d)", "n*d^2", ND).mistake());
        // Θ(nd) is right only under the problem's assumption n ≫ d
        assertEquals("missing-term", AsymptoticChecker.check("Θ(nd)", "n*d + d^2", ND).mistake());
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("Θ(nd)", "n*d + d^2", ND, List.of("n >> d")));
        Verdict v = AsymptoticChecker.check("n^2", "n*d + d^2", ND, List.of("n >> d"));
        assertEquals("You have Θ(n²) but the cost is Θ(n·d): n² grows faster than the true cost (assuming d ≤ n).",
                v.feedback());
    }

    @Test
    void kernelizedAttention() {
        String space = "n*d + n*m + m*d";
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("Θ(nmd)", "n*m*d", NMD));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("Θ(nd + md + nm)", space, NMD));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("Θ(n(d + m))", space, NMD, List.of("n >> m", "d << n")));
        assertEquals("missing-term", AsymptoticChecker.check("Θ(n(d + m))", space, NMD).mistake());
        assertEquals("too-fast", AsymptoticChecker.check("n^2 d", "n*m*d", NMD, List.of("n >> m", "n >> d")).mistake());
    }

    @Test
    void logsAndFractionalPowers() {
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("n log n", "n*log(n)", ND));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("n*log(n^2) + n", "n*log(n)", ND));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("n*log2(n*d)", "n*log(n) + n*log(d)", ND));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("n^(3/2)", "sqrt(n^3)", ND));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("sqrt(n^2 + d^2)", "n + d", ND));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("n^1.5 + n", "n*sqrt(n)", ND));
        assertEquals("missing-term", AsymptoticChecker.check("n", "n*log(n)", ND).mistake());
        assertEquals("too-fast", AsymptoticChecker.check("n^2", "n*log(n)", ND).mistake());
        assertEquals("Θ(d² + n·log n)", AsymptoticChecker.theta("3 d^2 + n log(n^4) + 1", ND));
    }

    @Test
    void exactCancellationComesBeforeTheDominantTerms() {
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("(n+1)^2 - n^2", "n", ND));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("n^2 - n", "n^2", ND));
        assertStatus(Verdict.Status.CORRECT, AsymptoticChecker.check("n^2 d - n d", "n^2 d", ND));
    }

    @Test
    void invalidAnswersArePositioned() {
        Verdict syntax = AsymptoticChecker.check("Theta(n^2 d", TIME_SINGLE, NDH);
        assertStatus(Verdict.Status.INVALID, syntax);
        assertTrue(syntax.feedback().startsWith("line 1, column 12: unexpected end of input"), syntax.feedback());
        assertEquals("line 1, column 11: unknown name 'x': the sizes here are n, d, h",
                AsymptoticChecker.check("Theta(n^2 x)", TIME_SINGLE, NDH).feedback());
        Verdict e = AsymptoticChecker.check("n^2 d + exp(n)", TIME_SINGLE, NDH);
        assertTrue(e.feedback().startsWith("line 1, column 9: exp(…) grows faster"), e.feedback());
        assertTrue(AsymptoticChecker.check("n^2 d + sin(n)", TIME_SINGLE, NDH).feedback()
                .startsWith("line 1, column 9: sin(…) cannot be part of a Θ-expression"));
        assertTrue(AsymptoticChecker.check("2^n", TIME_SINGLE, NDH).feedback().contains("exponent must be a number"));
        assertTrue(AsymptoticChecker.check("n^2 - n d", TIME_SINGLE, NDH).feedback().contains("cannot be negative"));
        assertTrue(AsymptoticChecker.check("(n - d)^2", TIME_SINGLE, NDH).feedback().contains("may cancel"));
        assertTrue(AsymptoticChecker.check("n/(n + d)", TIME_SINGLE, NDH).feedback().contains("dividing by a sum"));
        assertTrue(AsymptoticChecker.check("n == d", TIME_SINGLE, NDH).feedback()
                .startsWith("line 1, column 3: a comparison cannot be part of a Θ-expression"));
        assertTrue(AsymptoticChecker.check("(n^2 d +\n n d^2 +\n y)", TIME_SINGLE, NDH).feedback()
                .startsWith("line 3, column 2: unknown name 'y'"));
        assertTrue(AsymptoticChecker.check("Θ(n²d + ndx²)", TIME_SINGLE, NDH).feedback()
                .startsWith("line 1, column 9: unknown name 'ndx'"));
        assertStatus(Verdict.Status.INVALID, AsymptoticChecker.check("0", TIME_SINGLE, NDH));
        assertStatus(Verdict.Status.MISSING, AsymptoticChecker.check("", TIME_SINGLE, NDH));
    }

    @Test
    void authoringErrorsThrow() {
        assertThrows(IllegalArgumentException.class, () -> AsymptoticChecker.check("n", "n +", ND));
        assertThrows(IllegalArgumentException.class, () -> AsymptoticChecker.check("n", "n", ND, List.of("n ~ d")));
        assertThrows(IllegalArgumentException.class, () -> AsymptoticChecker.check("n", "n", ND, List.of("n >> q")));
    }
}
