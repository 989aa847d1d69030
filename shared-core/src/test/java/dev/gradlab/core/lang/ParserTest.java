package dev.gradlab.core.lang;

import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParserTest {
    private static double eval(String expr) {
        Map<String, Tensor> in = new HashMap<>();
        in.put("x", Tensor.scalar(3));
        in.put("y", Tensor.scalar(2));
        return Traces.run("f = " + expr, in, null).outputNode().value().item();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "x^2 | 9",
        "x**2 | 9",
        "-x^2 | -9",
        "2^-1 | 0.5",
        "2^3^2 | 512",
        "6x | 18",
        "2(x+1) | 8",
        "(x+1)(x-1) | 8",
        "2x^2 | 18",
        "1 - 2 - 3 | -4",
        "12/2/3 | 2",
        "x*y + x/y | 7.5",
        "4.16e5 / 1e5 | 4.16",
        ".5x | 1.5",
        "x.T + x' | 6",
        "[1, 2] @ [3, 4] | 11",
        "sum([[1, 2], [3, 4]] @ [1, 1]) | 10",
        "[[1, 2], [3, 4]].T[0] @ [0, 1] | 3",
        "[x, y][1] | 2",
        "pi | 3.141592653589793",
    })
    void expressionsFollowPythonPrecedenceWithCaretAsPower(String expr, double expected) {
        assertEquals(expected, eval(expr), 1e-12);
    }

    @Test
    void augmentedAssignmentUpdatesTheVariable() {
        Map<String, Tensor> in = new HashMap<>();
        in.put("x", Tensor.scalar(3));
        assertEquals(12, Traces.run("a = x\na += 1\na *= x", in, null).outputNode().value().item());
    }

    @Test
    void statementsMaySpanLinesInsideBracketsAndBeSeparatedBySemicolons() {
        Map<String, Tensor> in = new HashMap<>();
        in.put("x", Tensor.scalar(3));
        assertEquals(6, Traces.run("a = (x +\n  x); f = a  # comment", in, null).outputNode().value().item());
    }

    @ParameterizedTest(name = "{0} -> line {1} column {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "f = (x + 1 | 1 | 11",
        "f = x +* 2 | 1 | 8",
        "f = x $ 2 | 1 | 7",
        "f = [1, 2 | 1 | 10",
        "f = x.+1 | 1 | 7",
        "f = x\\ng = = 2 | 2 | 5",
        "f = x y | 1 | 7",
        "f = 'abc | 1 | 5",
        "f = | 1 | 4",
    })
    void syntaxErrorsSayWhere(String src, int line, int column) {
        LangException e = assertThrows(LangException.class, () -> Parser.parseProgram(src.replace("\\n", "\n")));
        assertEquals("syntax", e.code());
        assertEquals(line, e.line(), e.describe());
        assertEquals(column, e.column(), e.describe());
    }

    @Test
    void anUnclosedParenthesisHintNamesWhereItOpened() {
        LangException e = assertThrows(LangException.class, () -> Parser.parseProgram("f = exp(x + (1"));
        assertEquals("expected ) to close the ( at line 1, column 13", e.hint());
    }

    @Test
    void absurdlyDeepNestingIsASyntaxErrorNotAStackOverflow() {
        String deep = "(".repeat(20_000) + "x" + ")".repeat(20_000);
        LangException e = assertThrows(LangException.class, () -> Parser.parseProgram("f = " + deep));
        assertEquals("syntax", e.code());
        String chain = "x" + " + x".repeat(20_000);
        assertEquals("syntax", assertThrows(LangException.class, () -> Parser.parseProgram("f = " + chain)).code());
    }

    @Test
    void anExpressionAnswerMayNotBeFollowedByMoreText() {
        assertEquals(1, Parser.parseExpression("x + 1").line);
        LangException e = assertThrows(LangException.class, () -> Parser.parseExpression("df = 2*x"));
        assertEquals("an answer is an expression, not an assignment", e.hint());
    }
}
