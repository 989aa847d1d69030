package dev.gradlab.core.check;

import dev.gradlab.core.random.SplitMix64;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random token strings and random well-formed size expressions through both size checkers: the
 * only outcome is a Verdict (never an exception, never the internal-error verdict), in bounded
 * time; and every well-formed expression is equivalent to itself and to its own expansion.
 */
class SizeCheckersFuzzTest {
    private static final List<String> NDH = List.of("n", "d", "h");
    private static final String[] TOKENS = {
        "n", "d", "h", "nd", "hd", "ndh", "nn", "x", "q2", "2", "3", "0", "1", "1e3", "0.5", "1e999", "99999999", "+", "-",
        "*", "/", "^", "**", "(", ")", "(", ")", "Theta", "Θ", "O", "Omega", "log", "sqrt", "exp", "sin", "max", "²", "³",
        "⁻", "·", "×", "−", " ", " ", ",", "[", "]", "<", "==", ".", "'", "@", "%", "//", "and", "not", "\n", "e", "n(",
        "log n", "\"", "#", "{", "}", "\\", "True", "=", ":", "θ", "⁰", ".T", "if", "lambda", "\t", "1/2", "-1",
    };

    private static long maxNanos;

    private static void both(String answer, long seed) {
        long t0 = System.nanoTime();
        try {
            verdictOk(FormulaChecker.check(answer, "2*n*d + 3*n + 2*d + 3", NDH, seed), answer);
            verdictOk(AsymptoticChecker.check(answer, "n^2*d + n*d^2", NDH), answer);
            verdictOk(AsymptoticChecker.check(answer, "n*d + d^2", NDH, List.of("n >> d")), answer);
        } catch (RuntimeException | StackOverflowError e) {
            fail("uncaught " + e + " for answer: " + answer, e);
        }
        maxNanos = Math.max(maxNanos, System.nanoTime() - t0);
    }

    private static void verdictOk(Verdict v, String answer) {
        assertNotNull(v, answer);
        assertNotNull(v.feedback(), answer);
        assertTrue(!v.feedback().startsWith(FormulaChecker.INTERNAL), v.feedback() + " for answer: " + answer);
        if (v.status() == Verdict.Status.INVALID && v.feedback().startsWith("line ")) {
            assertTrue(!v.feedback().startsWith("line 0") && !v.feedback().contains("column 0:"), v.feedback());
        }
    }

    @Test
    void randomTokenStringsOnlyEverGiveVerdicts() {
        SplitMix64 rng = new SplitMix64(2024);
        maxNanos = 0;
        assertTimeout(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 2000; i++) {
                StringBuilder sb = new StringBuilder();
                int len = 1 + rng.nextInt(12);
                for (int k = 0; k < len; k++) {
                    sb.append(TOKENS[rng.nextInt(TOKENS.length)]);
                    if (rng.nextInt(3) == 0) {
                        sb.append(' ');
                    }
                }
                both(sb.toString(), i);
            }
        });
        assertTrue(maxNanos < 5_000_000_000L, "slowest answer took " + maxNanos / 1_000_000 + " ms");
    }

    /** A random well-formed expression: sums, products, small powers, quotients by terms, wrappers. */
    private static String expr(SplitMix64 rng, int depth, boolean polynomial) {
        int pick = depth <= 0 ? rng.nextInt(3) : rng.nextInt(polynomial ? 9 : 11);
        switch (pick) {
            case 0:
                return NDH.get(rng.nextInt(3));
            case 1:
                return String.valueOf(1 + rng.nextInt(5));
            case 2:
                return rng.nextInt(2) == 0 ? "nd" : "2hn";
            case 3: case 4:
                return "(" + expr(rng, depth - 1, polynomial) + " + " + expr(rng, depth - 1, polynomial) + ")";
            case 5:
                return expr(rng, depth - 1, polynomial) + "*" + expr(rng, depth - 1, polynomial);
            case 6:
                return "(" + expr(rng, depth - 1, polynomial) + ")^" + rng.nextInt(4);
            case 7:
                return expr(rng, depth - 1, polynomial) + " " + NDH.get(rng.nextInt(3));
            case 8:
                return "(" + expr(rng, depth - 1, polynomial) + ")/" + (1 + rng.nextInt(3)) + NDH.get(rng.nextInt(3));
            case 9:
                return "sqrt(" + expr(rng, depth - 1, false) + ")";
            default:
                return "n*log(" + expr(rng, depth - 1, false) + " + 2)";
        }
    }

    @Test
    void randomWellFormedExpressionsAreEquivalentToThemselvesAndToTheirExpansion() {
        SplitMix64 rng = new SplitMix64(77);
        assertTimeout(Duration.ofSeconds(120), () -> {
            int expanded = 0;
            for (int i = 0; i < 500; i++) {
                boolean polynomial = rng.nextInt(2) == 0;
                String e = expr(rng, 1 + rng.nextInt(4), polynomial);
                both(e, i);
                Verdict self;
                try {
                    self = AsymptoticChecker.check(e, e, NDH);
                } catch (IllegalArgumentException unreadableReference) {
                    self = AsymptoticChecker.check(e, "n", NDH);
                    assertEquals(Verdict.Status.INVALID, self.status(), e + " → " + self);
                }
                assertTrue(self.status() == Verdict.Status.CORRECT || self.status() == Verdict.Status.INVALID,
                        e + " → " + self);
                if (!polynomial) {
                    continue;
                }
                Polynomial p;
                try {
                    p = Polynomials.parse(e, NDH);
                } catch (ReadException ex) {
                    continue;
                }
                expanded++;
                String printed = p.toString(NDH);
                assertEquals(Verdict.Status.CORRECT, FormulaChecker.check(printed, e, NDH, i).status(),
                        e + " expands to " + printed);
                assertEquals(Verdict.Status.CORRECT, FormulaChecker.check(e, e, NDH, i).status(), e);
                if (!p.isZero()) {
                    assertEquals(Verdict.Status.INCORRECT, FormulaChecker.check("(" + e + ") + 1", e, NDH, i).status(), e);
                }
            }
            assertTrue(expanded > 100, "only " + expanded + " expressions expanded");
        });
    }

    @Test
    void hostileAnswersAreRefusedQuickly() {
        String[] hostile = {"(n+d+h)^999", "(n+d+h+1)^64", "n^99999999", "2^2^2^2^2^2", "((((n^100)^100)^100)^100)",
            "1e999", "9".repeat(5000), "(".repeat(300) + "n" + ")".repeat(300), "n+".repeat(3000) + "n",
            "n".repeat(5000), "nd".repeat(2000) + "^2", "(n+d)^(10000)", "sqrt(".repeat(100) + "n" + ")".repeat(100),
            "log(".repeat(50) + "n" + ")".repeat(50), "n^(1/99999999)", "0^-1", "(n-n)^-1", "Θ(" + "n*".repeat(500) + "d)"};
        assertTimeout(Duration.ofSeconds(60), () -> {
            for (String h : hostile) {
                both(h, 1);
            }
        });
    }
}
