package dev.gradlab.core.check;

import dev.gradlab.core.lang.Budget;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramCheckerTest {
    private static final String REFERENCE = "def loss(w, X, y):\n    r = X @ w - y\n    return mean(r * r)";
    private static final List<ProgramChecker.Test> TESTS = List.of(
            new ProgramChecker.Test("small", "X = [[1, 0], [0, 1]]\nw = [1, 2]\ny = [0, 0]", "loss(w, X, y)", 1e-9, false),
            new ProgramChecker.Test("random", "X = randn(5, 3)\nw = randn(3)\ny = randn(5)", "loss(w, X, y)", 1e-9, true));

    @Test
    void aCorrectProgramPassesEveryTest() {
        String student = "def loss(w, X, y):\n    n = len(y)\n    total = 0\n    for i in range(n):\n"
                + "        total += (X[i] @ w - y[i])^2\n    return total / n";
        Verdict v = ProgramChecker.check(student, REFERENCE, TESTS, Budget.interactive(), 7);
        assertEquals(Verdict.Status.CORRECT, v.status(), v.toString());
        assertEquals(2, v.entries().size());
        assertEquals("small: passed", v.entries().get(0).feedback());
    }

    @Test
    void aWrongProgramFailsWithTheValuesItReturned() {
        String student = "def loss(w, X, y):\n    r = X @ w - y\n    return sum(r * r)";
        Verdict v = ProgramChecker.check(student, REFERENCE, TESTS, Budget.interactive(), 7);
        assertEquals(Verdict.Status.INCORRECT, v.status());
        assertEquals(0.0, v.score());
        assertEquals("small: loss(w, X, y) returned 5, expected 2.5", v.entries().get(0).feedback());
    }

    @Test
    void aRuntimeErrorFailsTheTestWithItsPosition() {
        String student = "def loss(w, X, y):\n    return mean((w @ X - y)^2)";
        Verdict v = ProgramChecker.check(student, REFERENCE, TESTS, Budget.interactive(), 7);
        assertTrue(v.entries().get(1).feedback().startsWith("random: line 2, column 20: shapes (3,) and (5,3)"),
                v.entries().get(1).feedback());
    }

    @Test
    void anEndlessLoopFailsOnItsBudget() {
        String student = "def loss(w, X, y):\n    while True:\n        pass";
        Verdict v = ProgramChecker.check(student, REFERENCE, TESTS.subList(0, 1), Budget.interactive(), 7);
        assertTrue(v.entries().get(0).feedback().contains("more than 2000000 steps"), v.entries().get(0).feedback());
    }

    @Test
    void aSyntaxErrorIsInvalid() {
        Verdict v = ProgramChecker.check("def loss(w, X, y)\n    return 0", REFERENCE, TESTS, Budget.interactive(), 7);
        assertEquals(Verdict.Status.INVALID, v.status());
        assertTrue(v.feedback().startsWith("line 1, column 18"), v.feedback());
    }
}
