package dev.gradlab.core.check;

import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimpleCheckersTest {
    @Test
    void numbersAcceptConstantExpressionsWithinTheTolerance() {
        double expected = Math.exp(3) / 2;
        assertEquals(Verdict.Status.CORRECT, SimpleCheckers.number("exp(3)/2", expected, 1e-4).status());
        assertEquals(Verdict.Status.CORRECT, SimpleCheckers.number("10.0428", expected, 1e-4).status());
        assertEquals(Verdict.Status.INCORRECT, SimpleCheckers.number("10.1", expected, 1e-4).status());
        assertEquals("sign-error", SimpleCheckers.number("-exp(3)/2", expected, 1e-4).mistake());
        Verdict v = SimpleCheckers.number("x + 1", 2, 1e-4);
        assertEquals(Verdict.Status.INVALID, v.status());
        assertTrue(v.feedback().startsWith("a number answer may not use variables"), v.feedback());
        assertEquals(Verdict.Status.CORRECT, SimpleCheckers.number("4.16e5", 416000, 1e-4).status());
    }

    @Test
    void matrixEntriesAreMarkedOneByOne() {
        Tensor k = Tensor.matrix(new double[][] {{1, 2, 0}, {0, 1, 2}});
        Verdict v = SimpleCheckers.matrix("[[1, 2, 0], [0, 2, 1]]", k, 1e-9);
        assertEquals(Verdict.Status.INCORRECT, v.status());
        assertEquals("2 of 6 entries are wrong.", v.feedback());
        assertEquals(Verdict.Status.CORRECT, v.entries().get(0).status());
        assertEquals("entry (2, 2) is wrong", v.entries().get(4).feedback());
        assertEquals(Verdict.Status.INVALID, SimpleCheckers.matrix("[[1, 2], [0, 1]]", k, 1e-9).status());
    }

    @Test
    void shapesAndTheErrorAnswer() {
        assertEquals(Verdict.Status.CORRECT, SimpleCheckers.shape("error", null).status());
        assertEquals(Verdict.Status.INCORRECT, SimpleCheckers.shape("(6, 6, 5, 2)", null).status());
        assertEquals(Verdict.Status.CORRECT, SimpleCheckers.shape("(2, 6, 5, 2)", new int[] {2, 6, 5, 2}).status());
        assertEquals(Verdict.Status.INVALID, SimpleCheckers.shape("(2, six)", new int[] {2, 6}).status());
    }

    @Test
    void choicesIgnoreCaseAndRejectUnknownOptions() {
        assertEquals(Verdict.Status.CORRECT, SimpleCheckers.choice(" t ", "T", List.of("T", "F")).status());
        assertEquals(Verdict.Status.INCORRECT, SimpleCheckers.choice("F", "T", List.of("T", "F")).status());
        assertEquals(Verdict.Status.INVALID, SimpleCheckers.choice("maybe", "T", List.of("T", "F")).status());
    }

    @Test
    void laterGraphNodesAreJudgedWithTheStudentsOwnEarlierValues() {
        // HW1 Q3 at (-1, 2, 4, -3): a = x1 + x2^2 = 3, b = exp(a). A student who wrote a = 5
        // and then b = exp(5) has carried the error forward correctly.
        java.util.Map<String, Tensor> earlier = java.util.Map.of("a", Tensor.scalar(5));
        Verdict v = SimpleCheckers.numberCarried("exp(5)", "exp(a)", earlier, 1e-4);
        assertEquals(Verdict.Status.CORRECT, v.status());
        assertEquals("Correct, given your earlier values.", v.feedback());
        assertEquals(Verdict.Status.INCORRECT, SimpleCheckers.numberCarried("exp(3)", "exp(a)", earlier, 1e-4).status());
    }
}
