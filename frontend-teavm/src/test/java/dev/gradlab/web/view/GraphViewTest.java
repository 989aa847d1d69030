package dev.gradlab.web.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphViewTest {
    @Test
    void defaultProgramNamesExpressionsAndNumbers() {
        GraphView g = Fixtures.defaultGraph();
        assertEquals(14, g.size());
        assertEquals(13, g.output());
        List<String> shown = new ArrayList<>();
        for (GraphView.Item it : g.nodes()) {
            shown.add(it.name + " = " + it.expr + " = " + it.value + " | " + it.grad);
        }
        assertEquals(List.of(
                "0.5 = 0.5 = 0.5 | null",
                "x1 = x1 = -1 | 10.04",
                "x2 = x2 = 2 | 40.17",
                "2 = 2 = 2 | null",
                "t1 = x2^2 = 4 | 10.04",
                "t2 = x1 + t1 = 3 | 10.04",
                "t3 = exp(t2) = 20.09 | 0.5",
                "t4 = 0.5 * t3 = 10.04 | 1",
                "x3 = x3 = 4 | -9",
                "x4 = x4 = -3 | 24",
                "2 = 2 = 2 | null",
                "t5 = x4^2 = 9 | -4",
                "t6 = x3 * t5 = 36 | -1",
                "f = t4 - t6 = -25.96 | 1"), shown);
        assertEquals("20.08553692", g.node(6).valueFull);
        assertEquals("-25.95723154", g.node(13).valueFull);
        assertEquals("∂exp(a)/∂a = exp(a)", g.node(6).rule);
        assertEquals("scalar", g.node(6).shape);
        assertArrayEquals(new int[] {4, 5, 6, 7, 11, 12, 13}, g.forwardSteps());
        assertArrayEquals(new int[] {13, 12, 11, 9, 8, 7, 6, 5, 4, 2, 1}, g.backwardSteps());
        assertEquals(List.of(5), g.consumers(1));
        assertEquals(List.of(7), g.consumers(6));
        assertArrayEquals(new int[] {7, 12}, g.node(13).inputs);
    }

    @Test
    void generatedNamesSkipTheProgramsOwnNames() {
        GraphView g = Fixtures.graph("t1 = x*2\nf = t1 + t1*y", "{\"x\": 2, \"y\": 2}");
        assertEquals("t1", g.node(2).name);
        assertEquals("x * 2", g.node(2).expr);
        assertEquals("t2", g.node(4).name);
        assertEquals("t1 * y", g.node(4).expr);
        assertEquals("t1 + t2", g.node(5).expr);
    }

    @Test
    void aReassignedNameGetsPrimes() {
        GraphView g = Fixtures.graph("h = a*b\nh = h + 1\nf = h*h", "{\"a\": 2, \"b\": 2}");
        assertEquals("h", g.node(2).name);
        assertEquals("h′", g.node(4).name);
        assertEquals("h + 1", g.node(4).expr);
        assertEquals("h′ * h′", g.node(5).expr);
        assertEquals("h", g.node(4).label);
    }

    @Test
    void tensorsShowShapesAndNestedLists() {
        GraphView g = Fixtures.graph("f = sum(A @ v)", "{\"A\": [[1, 2], [3, 4]], \"v\": [1, -1]}");
        assertEquals("2×2", g.node(0).shape);
        assertEquals("[[1, 2], [3, 4]]", g.node(0).value);
        assertEquals("[[1, -1], [1, -1]]", g.node(0).grad);
        assertEquals("A @ v", g.node(2).expr);
        assertEquals("sum(t1)", g.node(3).expr);
        assertNull(g.input("nope"));
    }

    @Test
    void expressionsFollowTheLanguage() {
        assertEquals("a - b", Expressions.of("sub", new String[] {"a", "b"}));
        assertEquals("a / b", Expressions.of("div", new String[] {"a", "b"}));
        assertEquals("-a", Expressions.of("neg", new String[] {"a"}));
        assertEquals("A.T", Expressions.of("transpose", new String[] {"A"}));
        assertEquals("solve(A, b)", Expressions.of("solve", new String[] {"A", "b"}));
        assertEquals("tanh(z)", Expressions.of("tanh", new String[] {"z"}));
    }
}
