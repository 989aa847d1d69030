package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TracesTest {
    private static final String HW1_Q3 = "f = 0.5*exp(x1 + x2^2) - x3*x4^2";

    private static Map<String, Tensor> hw1Inputs() {
        Map<String, Tensor> in = new HashMap<>();
        in.put("x1", Tensor.scalar(-1));
        in.put("x2", Tensor.scalar(2));
        in.put("x3", Tensor.scalar(4));
        in.put("x4", Tensor.scalar(-3));
        return in;
    }

    @Test
    void hw1ComputationGraphHasTheValueAndInputGradientsOfTheSeedProblem() {
        Trace t = Traces.run(HW1_Q3, hw1Inputs(), null);
        double e3 = Math.exp(3);
        assertEquals(e3 / 2 - 36, t.outputNode().value().item(), 1e-12);
        assertEquals(e3 / 2, t.input("x1").grad().item(), 1e-12);
        assertEquals(2 * e3, t.input("x2").grad().item(), 1e-12);
        assertEquals(-9, t.input("x3").grad().item(), 1e-12);
        assertEquals(24, t.input("x4").grad().item(), 1e-12);
    }

    @Test
    void nodesAreNumberedInForwardOrderAndBackwardStartsAtTheOutput() {
        Trace t = Traces.run(HW1_Q3, hw1Inputs(), null);
        int[] fwd = t.forward();
        for (int i = 0; i < fwd.length; i++) {
            assertEquals(i, fwd[i]);
            for (Node in : t.node(i).inputs()) {
                assertTrue(in.id() < i, "inputs come before the node that uses them");
            }
        }
        assertEquals(t.output(), t.backward()[0]);
        assertEquals("f", t.outputNode().label());
        assertEquals("sub", t.outputNode().op());
        assertEquals(1.0, t.outputNode().grad().item());
    }

    @Test
    void constantsAppearInTheForwardPassButHaveNoGradient() {
        Trace t = Traces.run(HW1_Q3, hw1Inputs(), null);
        long consts = t.nodes().stream().filter(n -> n.op().equals("const")).count();
        assertEquals(3, consts, "0.5 and the two exponents 2");
        for (Node n : t.nodes()) {
            if (n.op().equals("const")) {
                assertNull(n.grad());
            }
        }
        assertEquals(t.nodes().size() - 3, t.backward().length);
    }

    @Test
    void intermediateAssignmentsLabelTheirNodes() {
        Trace t = Traces.run("a = x1 + x2^2\nb = exp(a)\nf = 0.5*b - x3*x4**2", hw1Inputs(), null);
        assertEquals("a", t.nodes().stream().filter(n -> "add".equals(n.op())).findFirst().get().label());
        assertEquals(Math.exp(3), t.nodes().stream().filter(n -> "b".equals(n.label())).findFirst().get()
                .value().item(), 1e-12);
        assertEquals(Math.exp(3) / 2, t.input("x1").grad().item(), 1e-12);
    }

    @Test
    void matrixProgramsGiveMatrixGradients() {
        Map<String, Tensor> in = new HashMap<>();
        in.put("A", Tensor.matrix(new double[][] {{1, 2}, {3, 4}}));
        in.put("x", Tensor.vector(1, -1));
        Trace t = Traces.run("f = x @ A @ x", in, null);
        // f = xᵀAx = 1 - 2 - 3 + 4 = 0 and ∂f/∂x = (A + Aᵀ)x = [[2,5],[5,8]] @ [1,-1] = [-3, -3]
        assertEquals(0, t.outputNode().value().item(), 1e-12);
        assertArrayEquals(new double[] {-3, -3}, t.input("x").grad().toArray(), 1e-12);
        // ∂f/∂A = x xᵀ
        assertArrayEquals(new double[] {1, -1, -1, 1}, t.input("A").grad().toArray(), 1e-12);
    }

    @Test
    void aSyntaxErrorCarriesLineAndColumn() {
        LangException e = assertThrows(LangException.class,
                () -> Traces.run("a = 1\nf = 0.5*exp(x1 +", hw1Inputs(), null));
        assertEquals("syntax", e.code());
        assertEquals(2, e.line());
        assertEquals(17, e.column());
    }

    @Test
    void aShapeErrorPointsAtTheOperatorAndSuggestsATranspose() {
        Map<String, Tensor> in = new HashMap<>();
        in.put("A", Tensor.zeros(new int[] {3, 4}));
        in.put("B", Tensor.zeros(new int[] {3, 4}));
        LangException e = assertThrows(LangException.class, () -> Traces.run("f = sum(A @ B)", in, null));
        assertEquals("shape", e.code());
        assertEquals(1, e.line());
        assertEquals(11, e.column());
        assertTrue(e.getMessage().contains("(3,4) and (3,4)"), e.getMessage());
        assertEquals("did you mean A.T @ B?", e.hint());
    }

    @Test
    void anUnknownNameListsTheVariables() {
        LangException e = assertThrows(LangException.class, () -> Traces.run("f = x1 + y", hw1Inputs(), null));
        assertEquals("name", e.code());
        assertEquals(10, e.column());
        assertEquals("the variables are x1, x2, x3, x4", e.hint());
    }

    @Test
    void aNonScalarOutputIsAShapeError() {
        Map<String, Tensor> in = new HashMap<>();
        in.put("x", Tensor.vector(1, 2));
        LangException e = assertThrows(LangException.class, () -> Traces.run("f = 2*x", in, null));
        assertEquals("shape", e.code());
        assertTrue(e.getMessage().contains("(2,)"));
    }

    @Test
    void anExplicitOutputNameSelectsThatVariable() {
        Trace t = Traces.run("g = x1*x2\nf = g + 1", hw1Inputs(), "g");
        assertEquals(-2, t.outputNode().value().item());
        assertEquals(2, t.input("x1").grad().item());
    }

    @Test
    void freeNamesAreTheInputsInOrderOfFirstUse() {
        assertEquals(List.of("x1", "x2", "x3", "x4"), Traces.freeNames(HW1_Q3));
        assertEquals(List.of("x", "y"), Traces.freeNames("a = x*2\nb = a + y\nf = exp(b) + a + pi"));
        assertEquals(List.of("x"), Traces.freeNames("x = x + 1\nf = x"));
    }

    @Test
    void listLiteralsOfVariablesAreDifferentiable() {
        Trace t = Traces.run("v = [x1, x2*x3]\nf = sum(v*v)", hw1Inputs(), null);
        assertEquals(1 + 64, t.outputNode().value().item(), 1e-12);
        assertEquals(2 * 8 * 4, t.input("x2").grad().item(), 1e-12);
        assertEquals(-2, t.input("x1").grad().item(), 1e-12);
    }

    @Test
    void linearAlgebraFunctionsAreCallableAndDifferentiable() {
        Map<String, Tensor> in = new HashMap<>();
        in.put("A", Tensor.matrix(new double[][] {{4, 7}, {2, 6}}));
        in.put("b", Tensor.vector(1, 1));
        Trace t = Traces.run("x = solve(A, b)\nf = det(A) + sum(x) + trace(inv(A))", in, null);
        assertEquals(10 + 0.1 + 1.0, t.outputNode().value().item(), 1e-12);
        // ∂f/∂b = A⁻ᵀ·[1, 1] with A⁻¹ = [[0.6, -0.7], [-0.2, 0.4]]
        assertEquals(List.of(0.4, -0.3), toList(t.input("b").grad().toArray()).stream()
                .map(v -> Math.round(v * 1e12) / 1e12).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void aSingularMatrixIsAValueErrorAtTheCall() {
        Map<String, Tensor> in = new HashMap<>();
        in.put("A", Tensor.matrix(new double[][] {{1, 2}, {2, 4}}));
        LangException e = assertThrows(LangException.class, () -> Traces.run("f = sum(inv(A))", in, null));
        assertEquals("value", e.code());
        assertEquals(9, e.column());
    }

    @Test
    void slicesSelectRowsAndColumns() {
        Map<String, Tensor> in = new HashMap<>();
        in.put("A", Tensor.matrix(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        Trace t = Traces.run("f = sum(A[:, 1:]) + A[-1, ::-1][0]", in, null);
        assertEquals(2 + 3 + 5 + 6 + 6, t.outputNode().value().item(), 1e-12);
        assertEquals(List.of(0.0, 1.0, 1.0, 0.0, 1.0, 2.0), toList(t.input("A").grad().toArray()));
    }

    private static List<Double> toList(double[] d) {
        java.util.ArrayList<Double> l = new java.util.ArrayList<>();
        for (double v : d) {
            l.add(v);
        }
        return l;
    }
}
