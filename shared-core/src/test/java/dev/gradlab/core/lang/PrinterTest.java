package dev.gradlab.core.lang;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrinterTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "1 - (2 - 3)", "(1 - 2) - 3", "2^3^2", "(2^3)^2", "-x^2", "(-x)^2", "a / (b * c)", "a / b * c",
        "A @ (B @ C)", "softmax(Q @ K.T / sqrt(d), axis=0) @ V", "x[1:3, ::-1]", "[[1, 2], [3, 4]].T",
        "not a and b or c", "a < b <= c",
    })
    void printedSourceParsesBackToTheSameTree(String src) {
        String printed = Printer.source(Parser.parseExpression(src));
        assertEquals(printed, Printer.source(Parser.parseExpression(printed)), "stable: " + printed);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1/2*exp(x1 + x2^2) | \\frac{1}{2} \\cdot \\exp\\left(x_{1} + x_{2}^{2}\\right)",
        "6x | 6 x",
        "A.T @ c | A^{\\top} c",
        "sqrt(sigma) | \\sqrt{\\sigma}",
        "[[1, 2], [3, 4]] | \\begin{bmatrix}1 & 2 \\\\ 3 & 4\\end{bmatrix}",
    })
    void answersPreviewAsLatex(String src, String latex) {
        assertEquals(latex, Printer.latex(Parser.parseExpression(src)));
    }
}
