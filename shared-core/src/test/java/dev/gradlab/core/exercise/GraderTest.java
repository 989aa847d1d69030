package dev.gradlab.core.exercise;

import dev.gradlab.core.check.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraderTest {
    private static Map<String, String> answers(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static CheckResult check(String id, int variant, Map<String, String> answers) {
        return Grader.check(Fixtures.exercise(id).variant(variant), answers, null, true);
    }

    private static Verdict part(CheckResult r, String id) {
        return r.parts.get(id).verdict;
    }

    @Test
    void aLaterNodeIsJudgedWithTheStudentsOwnEarlierValue() {
        // f = 0.5*exp(-1 + 4) = 10.0428; the student slipped and wrote 10. Then df/dx1 = f is "10".
        CheckResult r = check("demo-graph", 0, answers("f", "10", "dx1", "10", "dx2", "40"));
        assertEquals(Verdict.Status.INCORRECT, part(r, "f").status());
        assertEquals(Verdict.Status.CORRECT, part(r, "dx1").status());
        assertEquals(Verdict.Status.CORRECT, part(r, "dx2").status());
        assertEquals(2.0 / 3, r.score(), 1e-12);
    }

    @Test
    void withoutAReadableEarlierValueTheTrueOneIsUsed() {
        CheckResult r = check("demo-graph", 0, answers("f", "1 +", "dx1", "10"));
        assertEquals(Verdict.Status.INVALID, part(r, "f").status());
        assertEquals(Verdict.Status.INCORRECT, part(r, "dx1").status());
        assertTrue(r.anyInvalid());
    }

    @Test
    void aKnownMistakeOfANumberPartIsNamed() {
        CheckResult r = check("demo-graph", 0, answers("dx2", "0.5*exp(3)"));
        assertEquals("forgot-chain", part(r, "dx2").mistake());
    }

    @Test
    void aMatrixIsJudgedByItsPropertyAndAKnownWrongMatrixIsNamed() {
        assertEquals(Verdict.Status.CORRECT, part(check("demo-misc", 0, answers("W", "[[2, 0], [0, 2]]")), "W").status());
        Verdict wrong = part(check("demo-misc", 0, answers("W", "[[1, 0], [0, 1]]")), "W");
        assertEquals(Verdict.Status.INCORRECT, wrong.status());
        assertEquals("identity", wrong.mistake());
    }

    @Test
    void aShapeAnswerOfABroadcastThatFailsIsError() {
        assertEquals(Verdict.Status.CORRECT, part(check("demo-misc", 0, answers("shape", "error")), "shape").status());
        assertEquals("stretched-six", part(check("demo-misc", 0, answers("shape", "(6,6,5,2)")), "shape").mistake());
    }

    @Test
    void aFormulaWithTheFactorTwoMissingIsNamed() {
        assertEquals(Verdict.Status.CORRECT, part(check("demo-misc", 0, answers("flops", "2n d + 2 n")), "flops").status());
        assertEquals("no-factor-two", part(check("demo-misc", 0, answers("flops", "n*d + 2*n")), "flops").mistake());
    }

    @Test
    void hiddenTestsRunOnlyWhenAsked() {
        Variant v = Fixtures.exercise("demo-program").variant(0);
        String wrongOnRandom = "def mse(p, y):\n    return 2.0\n";
        assertEquals(Verdict.Status.CORRECT, Grader.check(v, answers("code", wrongOnRandom), null, false)
                .parts.get("code").verdict.status());
        Verdict server = Grader.check(v, answers("code", wrongOnRandom), null, true).parts.get("code").verdict;
        assertEquals(Verdict.Status.INCORRECT, server.status());
        assertEquals(0.5, server.score(), 1e-12);
    }

    @Test
    void hintsAreGivenOneAtATimeAndNotOnceRight() {
        Variant v = Fixtures.exercise("hw1-chain-sin").variant(0);
        CheckResult first = Grader.check(v, answers("df", "cos(x)"), null, true);
        assertTrue(first.parts.get("df").hint.startsWith("The outer function"));
        CheckResult second = Grader.check(v, answers("df", "cos(x)"), Collections.singletonMap("df", 1), true);
        assertTrue(second.parts.get("df").hint.startsWith("Multiply by the derivative"));
        CheckResult right = Grader.check(v, answers("df", "cos(3x^2 + 4cos(x))*(6x - 4sin(x))"), null, true);
        assertNull(right.parts.get("df").hint);
        assertTrue(right.correct());
    }

    @Test
    void variantZeroUsesTheSeedNumbersAndOtherVariantsAreReproducible() {
        Exercise e = Fixtures.exercise("hw1-chain-sin");
        assertTrue(e.variant(0).statement.contains("\\sin\\left(3x^2 + 4\\cos x\\right)"), e.variant(0).statement);
        assertEquals(e.variant(4).statement, Fixtures.exercise("hw1-chain-sin").variant(4).statement);
        assertNotEquals(e.variant(0).statement, e.variant(1).statement + e.variant(2).statement);
    }

    @Test
    void theResultJsonCarriesEveryPartWithItsStatus() {
        String json = check("demo-graph", 0, answers("f", "0.5*exp(3)")).toJson();
        assertTrue(json.contains("\"f\":{\"status\":\"correct\""), json);
        assertTrue(json.contains("\"dx1\":{\"status\":\"missing\""), json);
        assertFalse(json.contains("forgot-chain"), json);
    }

    @Test
    void aProgramThatBehavesLikeAKnownMistakeIsNamedAndKeepsItsTestResults() {
        Variant v = Fixtures.exercise("demo-program").variant(0);
        Verdict r = Grader.check(v, answers("code", "def mse(p, y):\n    d = p - y\n    return sum(d*d)\n"), null, true)
                .parts.get("code").verdict;
        assertEquals(Verdict.Status.INCORRECT, r.status());
        assertEquals("sum-not-mean", r.mistake());
        assertTrue(r.feedback().startsWith("This is the sum of squared errors"), r.feedback());
        assertEquals(2, r.entries().size());
    }
}
