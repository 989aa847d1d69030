package dev.gradlab.web.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepperTest {
    private static final String[] FORWARD_STATUS = {
        "forward 1/7: t1 = x2^2 = 4",
        "forward 2/7: t2 = x1 + t1 = 3",
        "forward 3/7: t3 = exp(t2) = 20.09",
        "forward 4/7: t4 = 0.5 * t3 = 10.04",
        "forward 5/7: t5 = x4^2 = 9",
        "forward 6/7: t6 = x3 * t5 = 36",
        "forward 7/7: f = t4 - t6 = -25.96. Forward pass done; → starts backprop.",
    };
    private static final String[] BACKWARD_STATUS = {
        "backward 1/11: ∂f/∂f = 1 (the seed: the output's gradient with respect to itself)",
        "backward 2/11: ∂f/∂t6 = -1 (from f)",
        "backward 3/11: ∂f/∂t5 = -4 (from t6)",
        "backward 4/11: ∂f/∂x4 = 24 (from t5)",
        "backward 5/11: ∂f/∂x3 = -9 (from t6)",
        "backward 6/11: ∂f/∂t4 = 1 (from f)",
        "backward 7/11: ∂f/∂t3 = 0.5 (from t4)",
        "backward 8/11: ∂f/∂t2 = 10.04 (from t3)",
        "backward 9/11: ∂f/∂t1 = 10.04 (from t2)",
        "backward 10/11: ∂f/∂x2 = 40.17 (from t1)",
        "backward 11/11: ∂f/∂x1 = 10.04 (from t2). Backprop done.",
    };

    @Test
    void afterBuildOnlyInputsAndConstantsShowValues() {
        Stepper st = new Stepper(Fixtures.defaultGraph());
        assertEquals(0, st.step());
        assertEquals(7, st.forwardCount());
        assertEquals(11, st.backwardCount());
        assertEquals(18, st.total());
        assertEquals("forward", st.phase());
        assertEquals(-1, st.current());
        assertFalse(st.canBack());
        assertTrue(st.canForward());
        for (GraphView.Item it : st.graph().nodes()) {
            assertEquals(it.isLeaf(), st.valueShown(it.id), it.name);
            assertFalse(st.gradShown(it.id), it.name);
        }
        assertEquals("Built 14 nodes: inputs and constants are known. Press → to compute the values (7 steps),"
                + " then the gradients (11 steps).", st.status());
    }

    @Test
    void forwardRevealsOneValuePerStepInForwardOrder() {
        Stepper st = new Stepper(Fixtures.defaultGraph());
        int[] order = {4, 5, 6, 7, 11, 12, 13};
        for (int k = 0; k < order.length; k++) {
            assertFalse(st.valueShown(order[k]));
            assertTrue(st.forward());
            assertEquals(k + 1, st.step());
            assertEquals(order[k], st.current());
            assertTrue(st.valueShown(order[k]));
            assertEquals(FORWARD_STATUS[k], st.status());
            assertEquals(k < 6 ? "forward" : "backward", st.phase(), "after step " + (k + 1));
            assertFalse(st.lastStepBackward());
        }
        for (GraphView.Item it : st.graph().nodes()) {
            assertTrue(st.valueShown(it.id));
            assertFalse(st.gradShown(it.id));
        }
    }

    @Test
    void backwardRevealsGradientsFromTheOutputToTheInputs() {
        Stepper st = new Stepper(Fixtures.defaultGraph());
        st.jump(7);
        List<String> seen = new ArrayList<>();
        int[] order = {13, 12, 11, 9, 8, 7, 6, 5, 4, 2, 1};
        for (int k = 0; k < order.length; k++) {
            assertTrue(st.forward());
            assertEquals(8 + k, st.step());
            assertEquals(order[k], st.current());
            assertTrue(st.gradShown(order[k]));
            assertTrue(st.lastStepBackward());
            seen.add(st.status());
            assertEquals(k < 10 ? "backward" : "done", st.phase());
        }
        assertArrayEquals(BACKWARD_STATUS, seen.toArray(new String[0]));
        assertFalse(st.forward());
        assertEquals(18, st.step());
        GraphView g = st.graph();
        assertEquals("10.04", g.input("x1").grad);
        assertEquals("40.17", g.input("x2").grad);
        assertEquals("-9", g.input("x3").grad);
        assertEquals("24", g.input("x4").grad);
        for (GraphView.Item it : g.nodes()) {
            assertEquals(!it.isConstant(), st.gradShown(it.id), it.name);
        }
    }

    @Test
    void backUndoesOneStepAtATime() {
        Stepper st = new Stepper(Fixtures.defaultGraph());
        st.jump(st.total());
        assertEquals("done", st.phase());
        assertTrue(st.back());
        assertEquals(17, st.step());
        assertEquals("backward", st.phase());
        assertFalse(st.gradShown(1));
        assertTrue(st.gradShown(2));
        assertEquals(BACKWARD_STATUS[9], st.status());
        for (int s = 16; s >= 7; s--) {
            assertTrue(st.back());
        }
        assertEquals(7, st.step());
        assertEquals("backward", st.phase());
        assertEquals(FORWARD_STATUS[6], st.status());
        assertFalse(st.gradShown(13));
        assertTrue(st.back());
        assertEquals("forward", st.phase());
        assertFalse(st.valueShown(13));
        assertTrue(st.valueShown(12));
        while (st.back()) {
            assertTrue(st.step() >= 0);
        }
        assertEquals(0, st.step());
        assertFalse(st.back());
        assertEquals(-1, st.current());
    }

    @Test
    void forwardThenBackIsTheSameState() {
        Stepper a = new Stepper(Fixtures.defaultGraph());
        Stepper b = new Stepper(a.graph());
        for (int s = 0; s < a.total(); s++) {
            a.jump(s);
            b.jump(s);
            b.forward();
            b.back();
            assertEquals(a.status(), b.status());
            assertEquals(a.phase(), b.phase());
            for (int id = 0; id < a.graph().size(); id++) {
                assertEquals(a.valueShown(id), b.valueShown(id));
                assertEquals(a.gradShown(id), b.gradShown(id));
            }
        }
    }

    @Test
    void jumpClamps() {
        Stepper st = new Stepper(Fixtures.defaultGraph());
        st.jump(99);
        assertEquals(18, st.step());
        st.jump(-3);
        assertEquals(0, st.step());
    }

    @Test
    void anOutputThatIsAnInputHasOnlyTheSeedStep() {
        Stepper st = new Stepper(Fixtures.graph("f = x", "{\"x\": 2}"));
        assertEquals(0, st.forwardCount());
        assertEquals(1, st.backwardCount());
        assertEquals("backward", st.phase());
        assertEquals("Built 1 nodes: inputs and constants are known. Press → to compute the gradients (1 steps).",
                st.status());
        assertTrue(st.forward());
        assertEquals("done", st.phase());
        // The output node is the input itself, named x.
        assertEquals("backward 1/1: ∂x/∂x = 1 (the seed: the output's gradient with respect to itself)."
                + " Backprop done.", st.status());
    }

    @Test
    void aConstantProgramIsDoneAtOnce() {
        Stepper st = new Stepper(Fixtures.graph("f = 3", "{}"));
        assertEquals(0, st.total());
        assertEquals("done", st.phase());
        assertFalse(st.forward());
        assertFalse(st.back());
    }

    @Test
    void tensorValuesAndGradientsReadAsNestedLists() {
        Stepper st = new Stepper(Fixtures.graph("f = sum(A @ v)", "{\"A\": [[1, 2], [3, 4]], \"v\": [1, -1]}"));
        st.forward();
        assertEquals("forward 1/2: t1 = A @ v = [-1, -1]", st.status());
        st.jump(st.total());
        assertEquals("backward 4/4: ∂f/∂A = [[1, -1], [1, -1]] (from t1). Backprop done.", st.status());
    }
}
