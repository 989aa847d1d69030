package dev.gradlab.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.json.TraceJson;
import dev.gradlab.core.lang.Traces;
import org.junit.jupiter.api.Test;

/** Fill-in mode on homework 1, question 3: f = 0.5*exp(x1 + x2^2) - x3*x4^2 at (-1, 2, 4, -3). */
class FillInTest {
    private static FillIn hw1() {
        Trace t = Traces.run(Fixtures.DEFAULT_SOURCE, TraceJson.parseInputs(Fixtures.DEFAULT_INPUTS), null);
        return new FillIn(t, new Stepper(GraphView.of(t)));
    }

    private static String targetName(FillIn f) {
        return f.stepper().graph().node(f.target()).name;
    }

    @Test
    void correctValuesTakeTheStepAndWrongOnesAreFlagged() {
        FillIn f = hw1();
        assertEquals("t1", targetName(f));
        assertFalse(f.targetIsGrad());
        FillIn.Verdict wrong = f.check("5");
        assertEquals("incorrect", wrong.status);
        assertEquals(0, f.stepper().step(), "a wrong entry takes no step");
        assertTrue(wrong.message.startsWith("✗ Not the value of t1 = x2^2"), wrong.message);
        assertEquals("correct", f.check("4").status);
        assertEquals(1, f.stepper().step());
        assertEquals("correct", f.check("3").status);
        assertEquals("t3", targetName(f));
        // an expression is read like an exercise answer; 4 digits are not enough for 1e-4
        assertEquals("incorrect", f.check("20.09").status);
        assertEquals("correct", f.check("exp(3)").status);
        assertEquals("correct", f.check("10.04277").status);
        assertEquals("correct", f.check("9").status);
        assertEquals("correct", f.check("36").status);
        assertEquals("correct", f.check("exp(3)/2 - 36").status);
        assertEquals("backward", f.stepper().phase());
        assertTrue(f.targetIsGrad());
        assertEquals("f", targetName(f));
        assertEquals("correct", f.check("1").status);
        assertEquals("∂f/∂t6", f.what(f.target(), true));
        assertEquals("correct", f.check("-1").status);
    }

    @Test
    void aValueFollowingFromTheStudentsOwnWrongInputIsCarried() {
        FillIn f = hw1();
        assertEquals("incorrect", f.check("5").status);
        assertEquals("revealed", f.giveUp().status);
        assertEquals("incorrect", f.status(f.stepper().current(), false), "the wrong entry is kept");
        // t2 = x1 + t1 = -1 + 5 with the student's t1
        FillIn.Verdict v = f.check("4");
        assertEquals("carried", v.status, v.message);
        assertTrue(v.message.contains("from the true inputs it is 3"), v.message);
        // t3 = exp(t2) from the student's t2 = 4
        assertEquals("carried", f.check("exp(4)").status);
        assertEquals("incorrect", f.check("exp(5)").status);
    }

    @Test
    void aGradientFollowingFromTheStudentsOwnWrongGradientIsCarried() {
        FillIn f = hw1();
        for (String s : new String[] {"4", "3", "exp(3)", "exp(3)/2", "9", "36", "exp(3)/2 - 36", "1"}) {
            assertEquals("correct", f.check(s).status, s);
        }
        // ∂f/∂t6 is -1 (f = t4 - t6); the student forgets the minus
        assertEquals("incorrect", f.check("1").status);
        f.giveUp();
        // ∂f/∂t5 = ∂f/∂t6 · x3: 1 · 4 from the student's gradient, -4 truly
        assertEquals("t5", targetName(f));
        assertEquals("incorrect", f.check("-9").status);
        assertEquals("carried", f.check("4").status);
        // ∂f/∂x4 = ∂f/∂t5 · 2·x4 = 4 · (-6) with the student's numbers (24 truly)
        assertEquals("x4", targetName(f));
        assertEquals("carried", f.check("-24").status);
        assertEquals("correct", f.check("-9").status);
    }

    @Test
    void unreadableEntriesTakeNoStepAndBackForgets() {
        FillIn f = hw1();
        FillIn.Verdict v = f.check("4 +");
        assertEquals("invalid", v.status);
        assertTrue(v.message.startsWith("! Could not read"), v.message);
        assertEquals(0, f.stepper().step());
        f.check("4");
        assertEquals(4.0, f.entry(f.stepper().current(), false));
        int t1 = f.stepper().current();
        assertTrue(f.back());
        assertEquals(null, f.entry(t1, false));
        assertEquals(null, f.status(t1, false));
        assertEquals(0, f.stepper().step());
    }

    @Test
    void onlyScalarGraphsCanBeFilledIn() {
        assertTrue(FillIn.supports(Traces.run(Fixtures.DEFAULT_SOURCE, TraceJson.parseInputs(Fixtures.DEFAULT_INPUTS),
                null)));
        assertFalse(FillIn.supports(Traces.run("f = sum(w*w)", TraceJson.parseInputs("{\"w\": [1, 2]}"), null)));
    }

    @Test
    void theToleranceIsRelative() {
        assertTrue(FillIn.close(20.0855, Math.exp(3)));
        assertFalse(FillIn.close(20.09, Math.exp(3)));
        assertTrue(FillIn.close(0, 0));
        assertTrue(FillIn.close(1e6 + 50, 1e6));
    }
}
