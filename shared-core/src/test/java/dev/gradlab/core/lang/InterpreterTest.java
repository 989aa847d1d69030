package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterpreterTest {
    private static Interpreter run(String src) {
        Interpreter in = new Interpreter(Budget.interactive(), false, 1);
        in.run(src);
        return in;
    }

    private static double num(Interpreter in, String name) {
        return ((Node) in.get(name)).value().item();
    }

    @Test
    void loopsConditionsAndFunctionsComputeLikePython() {
        Interpreter in = run(String.join("\n",
                "def fact(n):",
                "    if n <= 1:",
                "        return 1",
                "    return n * fact(n - 1)",
                "total = 0",
                "for i in range(1, 6):",
                "    if i % 2 == 0:",
                "        continue",
                "    total += i",
                "k = 0",
                "while True:",
                "    k += 1",
                "    if k >= 7: break",
                "f5 = fact(5)"));
        assertEquals(9, num(in, "total"));
        assertEquals(7, num(in, "k"));
        assertEquals(120, num(in, "f5"));
    }

    @Test
    void numpyStyleCodeRuns() {
        Interpreter in = run(String.join("\n",
                "X = [[1, 2], [3, 4], [5, 6]]",
                "n, d = X.shape",
                "w = np.ones(d)",
                "r = X @ w - [1, 1, 1]",
                "loss = (r * r).mean() + 0.5 * w.abs().sum()",
                "cols = sum(X, axis=0)",
                "X[0, :] = 0",
                "s = softmax([[1, 2, 3]], axis=-1)"));
        assertEquals(3, num(in, "n"));
        assertEquals(2, num(in, "d"));
        assertEquals((4 + 36 + 100) / 3.0 + 1, num(in, "loss"), 1e-12);
        assertArrayEquals(new double[] {9, 12}, ((Node) in.get("cols")).value().toArray());
        assertArrayEquals(new double[] {0, 0, 3, 4, 5, 6}, ((Node) in.get("X")).value().toArray());
        assertEquals(1.0, ((Node) in.get("s")).value().toArray()[0] + ((Node) in.get("s")).value().toArray()[1]
                + ((Node) in.get("s")).value().toArray()[2], 1e-15);
    }

    @Test
    void greekNamesAreOrdinaryVariables() {
        Interpreter in = run("sigma = 2\nlambda = 1\nbeta = sigma^2 + lambda\neta = 6beta");
        assertEquals(30, num(in, "eta"));
    }

    @Test
    void printAndPlotAreCollected() {
        Interpreter in = run("xs = [1, 2, 3]\nprint('loss', 2.5, True, None)\nplot(xs, xs^2, title='square')\nheatmap([[1, 2], [3, 4]])");
        assertEquals("loss 2.5 True None\n", in.stdout());
        assertEquals(2, in.plots().size());
        assertEquals("line", in.plots().get(0).kind);
        assertEquals("square", in.plots().get(0).title);
        assertArrayEquals(new double[] {1, 4, 9}, in.plots().get(0).y);
        assertEquals(List.of(2, 2), in.plots().get(1).shape);
    }

    @Test
    void calledFunctionsSeeTheirArguments() {
        Interpreter in = run("def loss(W, b):\n    return sum((W @ b)^2)");
        Object v = in.call("loss", Node.constant(Tensor.matrix(new double[][] {{1, 0}, {0, 2}})),
                Node.constant(Tensor.vector(3, 1)));
        assertEquals(13, ((Node) v).value().item());
        LangException e = assertThrows(LangException.class, () -> in.call("grad"));
        assertEquals("the program defines no function grad()", e.getMessage());
    }

    @Test
    void gradientsFlowThroughLoopsAndFunctions() {
        Trace t = Traces.run(String.join("\n",
                "def square(v):",
                "    return v * v",
                "acc = 0",
                "for i in range(3):",
                "    acc = acc + square(x) * (i + 1)",
                "f = acc"), Map.of("x", Tensor.scalar(2)), null);
        assertEquals(24, t.outputNode().value().item());
        assertEquals(6 * 2 * 2, t.input("x").grad().item(), 1e-12);
    }

    @Test
    void errorsSayWhatAndWhere() {
        LangException e = assertThrows(LangException.class, () -> run("a = 1\nb = a + c"));
        assertEquals("name", e.code());
        assertEquals(2, e.line());
        assertEquals(9, e.column());
        assertEquals("the variables are a", e.hint());
        e = assertThrows(LangException.class, () -> run("A = ones(3, 4)\nB = ones(3, 4)\nC = A @ B"));
        assertEquals("shape", e.code());
        assertEquals("shapes (3,4) and (3,4) cannot be matrix-multiplied: inner sizes 4 and 3 differ", e.getMessage());
        assertEquals("did you mean A.T @ B?", e.hint());
        e = assertThrows(LangException.class, () -> run("x = [1, 2]\nif x > 0:\n    y = 1"));
        assertEquals("type", e.code());
        assertEquals(2, e.line());
        e = assertThrows(LangException.class, () -> run("for i in range(3):\ny = 1"));
        assertEquals("syntax", e.code());
        assertEquals("indent the lines of the for block", e.hint());
        e = assertThrows(LangException.class, () -> run("s = sum([1, 2], axes=0)"));
        assertEquals("sum() has no keyword argument axes", e.getMessage());
        e = assertThrows(LangException.class, () -> run("x = fakefunc(2)"));
        assertTrue(e.hint().startsWith("the functions are exp, log"), e.hint());
    }

    @Test
    void theLanguageReachesNoJavaClasses() {
        for (String hostile : new String[] {
            "x = java.lang.System.exit(0)",
            "import os",
            "x = getClass()",
            "x = open('/etc/passwd')",
            "x = __import__('os')",
            "x = ''.getClass().forName('java.lang.Runtime')",
        }) {
            LangException e = assertThrows(LangException.class, () -> run(hostile), hostile);
            assertTrue(List.of("name", "syntax", "type").contains(e.code()), hostile + " gave " + e.code());
        }
    }

    private static BudgetException hostile(String src) {
        Interpreter in = new Interpreter(Budget.interactive(), false, 1);
        long start = System.nanoTime();
        BudgetException e = assertThrows(BudgetException.class, () -> in.run(src));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 2.0, src.substring(0, Math.min(40, src.length())) + " took " + seconds + " s");
        return e;
    }

    @Test
    void hostileProgramsEndWithABudgetErrorNamingTheBudget() {
        assertEquals("steps", hostile("while True:\n    pass").budget());
        assertEquals("steps", hostile("i = 0\nwhile i >= 0:\n    i += 1").budget());
        assertEquals("memory", hostile("x = ones(100000, 100000)").budget());
        assertEquals("memory", hostile("x = ones(3000)\ny = outer(x, x)\nz = outer(x, x)").budget());
        assertEquals("memory", hostile("M = ones(1000, 1) + ones(1, 10000)").budget());
        assertEquals("recursion", hostile("def f(n):\n    return f(n + 1)\nf(0)").budget());
        assertEquals("size", hostile("x = " + "1+".repeat(600_000) + "1").budget());
        assertEquals("output", hostile("for i in range(100000):\n    print('spam spam spam spam')").budget());
        assertEquals("plots", hostile("for i in range(100000):\n    plot([1, 2, 3])").budget());
        assertEquals("plots", hostile("x = ones(600000)\nplot(x)\nplot(x)").budget());
        assertEquals("memory", hostile("plot(range(100000000))").budget());
    }

    @Test
    void aRangeUsedAsAnArrayIsTheVectorOfItsNumbers() {
        Interpreter in = run("steps = range(1, 8, 3)\nsquares = steps^2\nplot(range(3), title='index')");
        assertEquals(List.of(3), List.of(((Node) in.variables().get("squares")).value().size()));
        assertArrayEquals(new double[] {1, 16, 49}, ((Node) in.variables().get("squares")).value().toArray());
        assertArrayEquals(new double[] {0, 1, 2}, in.plots().get(0).y);
        assertEquals("memory", hostile("x = range(1000000000) + 0").budget());
    }

    @Test
    void theFiftiethPlotIsDrawnAndTheNextIsABudgetErrorAtItsCall() {
        Interpreter in = run("for i in range(50):\n    plot([i, i + 1])");
        assertEquals(50, in.plots().size());
        BudgetException e = hostile("for i in range(50):\n    plot([i, i + 1])\nscatter([1], [2])");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("more than 50 plots"), e.getMessage());
    }

    @Test
    void aLongButFiniteLoopFinishesWithinItsBudget() {
        Interpreter in = run("s = 0\nfor i in range(100000):\n    s += i");
        assertEquals(4999950000.0, num(in, "s"));
    }

    @Test
    void concatenateJoinsAListOfArraysWithDifferentRowCounts() {
        Interpreter in = run("A = ones([2, 3])\nB = zeros([1, 3])\nC = concatenate([A, B])\nr = C.shape[0]\n");
        assertEquals(3, num(in, "r"));
    }

    @Test
    void aRaggedMatrixLiteralIsStillAnError() {
        LangException e = org.junit.jupiter.api.Assertions.assertThrows(LangException.class, () -> run("M = [[1, 2], [3]]\n"));
        assertEquals("shape", e.code());
    }

    @Test
    void strTurnsANumberIntoTextThatJoinsOtherText() {
        Interpreter in = run("s = \"(\" + str(6) + \", \" + str(2.5) + \")\"\n");
        assertEquals("(6, 2.5)", in.get("s"));
    }
}
