package dev.gradlab.core.check;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerPreviewTest {
    static final List<String> X = Collections.singletonList("x: scalar");

    @Test
    void anExpressionIsShownAsLatex() {
        AnswerPreview p = AnswerPreview.of("expr", "9*x^2", X);
        assertEquals("9 \\cdot x^{2}", p.latex);
        assertNull(p.error);
    }

    @Test
    void aSyntaxErrorHasItsColumnInTheTypedText() {
        AnswerPreview p = AnswerPreview.of("expr", "cos(x", X);
        assertNull(p.latex);
        assertEquals(1, p.line);
        assertEquals(6, p.column);
        assertTrue(p.error.startsWith("line 1, column 6: "), p.error);
    }

    @Test
    void latexIsReadAsLatex() {
        AnswerPreview p = AnswerPreview.of("expr", "\\frac{1}{2}x^2", X);
        assertEquals("\\frac{1}{2} \\cdot x^{2}", p.latex);
    }

    @Test
    void unfinishedLatexIsAnErrorInTheLatex() {
        AnswerPreview p = AnswerPreview.of("expr", "\\frac{1}{2", X);
        assertNull(p.latex);
        assertEquals(1, p.line);
        assertTrue(p.column >= 1 && p.column <= 11, p.error);
    }

    @Test
    void aFormulaAcceptsProductsByJuxtapositionAndSaysSo() {
        AnswerPreview p = AnswerPreview.of("formula", "n^2 d + 3", Arrays.asList("n", "d"));
        assertNull(p.error);
        assertEquals("n^{2} \\cdot d + 3", p.latex);
        assertEquals("read as n^2*d + 3", p.note);
        AnswerPreview e = AnswerPreview.of("expr", "n^2 d", X);
        assertEquals(5, e.column, "the plain expression reader does not accept juxtaposition");
    }

    @Test
    void thetaIsPrintedAsTheSymbol() {
        AnswerPreview p = AnswerPreview.of("asymptotic", "Theta(n^2 d)", Arrays.asList("n", "d"));
        assertNull(p.error);
        assertTrue(p.latex.startsWith("\\Theta"), p.latex);
    }

    @Test
    void aNumberShowsItsValue() {
        AnswerPreview p = AnswerPreview.of("number", "12*3", Collections.emptyList());
        assertEquals("= 36", p.note);
        AnswerPreview bad = AnswerPreview.of("number", "12*y", Collections.emptyList());
        assertNull(bad.latex);
        assertTrue(bad.error.contains("y"), bad.error);
        assertEquals(4, bad.column);
    }

    @Test
    void aMatrixIsShownAsAMatrix() {
        AnswerPreview p = AnswerPreview.of("matrix", "[[2, 0], [0, 2]]", Collections.emptyList());
        assertEquals("\\begin{bmatrix}2 & 0 \\\\ 0 & 2\\end{bmatrix}", p.latex);
    }

    @Test
    void shapesAreValidatedButChoicesAndProgramsAreNotPreviewed() {
        assertTrue(AnswerPreview.of("shape", "(6, 6, q)", Collections.emptyList()).error.contains("'q'"));
        assertNull(AnswerPreview.of("shape", "(6, 6, 5, 2)", Collections.emptyList()).error);
        assertFalse(AnswerPreview.previewed("choice"));
        assertNull(AnswerPreview.of("program", "def f(:", Collections.emptyList()).error);
    }

    @Test
    void blankTextHasNoPreviewAndNoError() {
        AnswerPreview p = AnswerPreview.of("expr", "   ", X);
        assertNull(p.latex);
        assertNull(p.error);
    }

    @Test
    void declaredNamesDropTheirKinds() {
        assertEquals(Arrays.asList("x", "W", "n"), AnswerPreview.names(Arrays.asList("x: scalar positive", "W: matrix n x d", "n")));
    }
}
