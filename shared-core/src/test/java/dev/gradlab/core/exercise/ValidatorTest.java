package dev.gradlab.core.exercise;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidatorTest {
    private static Validator.Row validate(String text) {
        Exercise e = Exercise.parse("x.md", text);
        return Validator.validate(Collections.singletonList(e), 2).get(0);
    }

    @Test
    void everyValidFixtureIsProvedForVariantsZeroToFive() {
        List<Validator.Row> rows = Validator.validate(Fixtures.all(Fixtures.dir("valid")), 5);
        String table = Validator.table(rows);
        for (Validator.Row r : rows) {
            assertTrue(r.ok(), table);
        }
        assertTrue(table.contains("4 of 4 exercises proved"), table);
    }

    private static final String HEAD = "---\nid: x\ntitle: T\nparts:\n";

    @Test
    void aWrongReferenceFailsItsGradientProof() {
        Validator.Row r = validate(HEAD + "  - id: d\n    kind: expr\n    variables: [\"x: scalar\"]\n"
                + "    reference: \"2*x\"\n    prove: {gradient: \"x^3\", wrt: x}\n---\nS\n");
        assertTrue(r.problems.get(0).contains("part d: the autodiff gradient"), r.problems.toString());
    }

    @Test
    void aMistakeThatIsActuallyRightIsReported() {
        Validator.Row r = validate(HEAD + "  - id: n\n    kind: number\n    reference: \"1/2\"\n"
                + "    prove: {value: \"0.5\"}\n    mistakes: [{id: same, answer: \"0.5\", feedback: \"no\"}]\n---\nS\n");
        assertEquals("variant 0, part n: the mistake same is graded correct", r.problems.get(0));
    }

    @Test
    void aPartWithoutProofIsReported() {
        Validator.Row r = validate(HEAD + "  - id: n\n    kind: number\n    reference: \"2\"\n---\nS\n");
        assertEquals("variant 0, part n: no proof (add 'prove')", r.problems.get(0));
    }

    @Test
    void aStatementThatRevealsAMistakeAnswerIsALeak() {
        Validator.Row r = validate(HEAD + "  - id: n\n    kind: expr\n    variables: [\"x: scalar\"]\n"
                + "    reference: \"2*x\"\n    prove: {gradient: \"x^2\", wrt: x}\n"
                + "    mistakes: [{id: m, answer: \"2*x + sin(x)\", feedback: \"too big\"}]\n---\nIs it 2*x + sin(x)?\n");
        assertTrue(r.problems.get(0).contains("the public view contains '2*x + sin(x)'"), r.problems.toString());
    }

    @Test
    void unknownLatexCommandsAreReportedWithTheirPlace() {
        Validator.Row r = validate(HEAD + "  - id: n\n    kind: number\n    reference: \"2\"\n    prove: {value: \"2\"}\n"
                + "---\nLet $\\frob{x}$ be.\n");
        assertTrue(r.problems.get(0).startsWith("variant 0 statement: the command \\frob is not one"), r.problems.toString());
    }

    @Test
    void aStarterThatPassesTheHiddenTestsIsReported() {
        Validator.Row r = validate(HEAD + "  - id: p\n    kind: program\n    starter: \"def f(x):\\n    return x\"\n"
                + "    reference: \"def f(x):\\n    return x\"\n"
                + "    tests: [{name: t, setup: \"a = randn(3)\", expect: \"f(a)\", hidden: true}]\n---\nS\n");
        assertEquals("variant 0, part p: the starter code passes the hidden tests", r.problems.get(0));
    }

    private static final String RATIO = HEAD + "  - id: s\n    kind: formula\n    variables: [T, k]\n"
            + "    reference: \"%s\"\n    prove:\n      count: |\n        s = 0\n        n = 0\n"
            + "        for i in range(T):\n            for j in range(T):\n                s = s + 1\n"
            + "                if abs(i - j) <= k:\n                    n = n + 1\n        s / n\n"
            + "      sizes: [{T: 5, k: 1}, {T: 12, k: 3}, {T: 7, k: 2}]\n---\nS\n";

    @Test
    void aCountingProgramMayProveARatioOfCountsWhoseFormulaDividesByASum() {
        Validator.Row r = validate(String.format(RATIO, "T^2/(T*(2*k + 1) - k*(k + 1))"));
        assertTrue(r.ok(), r.problems.toString());
    }

    @Test
    void aWrongRatioIsReportedAtItsSizes() {
        Validator.Row r = validate(String.format(RATIO, "T/(2*k + 1)"));
        assertEquals("variant 0, part s: the counting program gives 1.923076923 at {T=5, k=1} but the formula "
                + "T/(2*k + 1) gives 5/3", r.problems.get(0));
    }

    @Test
    void aCountingProgramProvesAFormulaWithASizeInTheExponent() {
        String part = "  - id: c\n    kind: formula\n    variables: [V, N]\n    reference: \"%s\"\n"
                + "    prove: {count: \"c = 1\\nfor i in range(N):\\n    c = c * V\\nc\"}\n---\nS\n";
        assertTrue(validate(HEAD + String.format(part, "V^N")).ok());
        Validator.Row wrong = validate(HEAD + String.format(part, "V^(N-1)"));
        assertTrue(wrong.problems.get(0).contains("the counting program gives 32 at {V=2, N=5} but the formula V^(N-1) gives 16"),
                wrong.problems.toString());
    }

    @Test
    void aSimulationProvesAFormulaWithinItsTolerance() {
        String part = "  - id: e\n    kind: formula\n    variables: [n, d]\n    reference: \"%s\"\n"
                + "    prove: {value: \"(n - d) / n * (1 + 0.01)\", rtol: 0.05}\n---\nS\n";
        assertTrue(validate(HEAD + String.format(part, "(n - d)/n")).ok());
        Validator.Row wrong = validate(HEAD + String.format(part, "d/n"));
        assertTrue(wrong.problems.get(0).startsWith("variant 0, part e: the proof at {n=2, d=3} gives"), wrong.problems.toString());
    }
}
