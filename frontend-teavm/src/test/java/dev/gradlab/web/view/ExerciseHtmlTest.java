package dev.gradlab.web.view;

import dev.gradlab.core.check.AnswerPreview;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseHtmlTest {
    @Test
    void theStatementAndPromptsCarryTheirMath() {
        ExerciseDoc doc = ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE);
        String html = ExerciseHtml.page(doc);
        assertTrue(html.contains("<h1 id=\"exercise-title\" tabindex=\"-1\">Derivative of a cube</h1>"), html);
        assertTrue(html.contains("<div id=\"statement\" class=\"statement md\"><p>Let <span class=\"math\" data-tex=\"f(x) = 3 x^3\">"), html);
        assertTrue(html.contains("data-tex=\"f&#39;(x)\""), html);
    }

    @Test
    void expressionAndNumberPartsAreLabelledTextFields() {
        String html = ExerciseHtml.page(ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE));
        assertTrue(html.contains("<label class=\"answer-label\" for=\"answer-df\">Answer to part 1"
                + " <span class=\"muted\">(expression)</span></label><input id=\"answer-df\" name=\"df\" class=\"answer\" type=\"text\""), html);
        assertTrue(html.contains("aria-describedby=\"prompt-df help-df preview-df verdict-df\""), html);
        assertTrue(html.contains("Variables: <code>x: scalar</code>"), html);
        assertTrue(html.contains("<input id=\"answer-value\" name=\"value\""), html);
        assertTrue(html.contains("<div class=\"preview\" id=\"preview-df\" aria-live=\"polite\"></div>"));
        assertTrue(html.contains("<button type=\"submit\" id=\"check\" class=\"primary\">Check answers</button>"));
    }

    @Test
    void eachKindGetsItsInput() {
        String html = ExerciseHtml.page(ExerciseFixtures.doc(ExerciseFixtures.MISC));
        assertTrue(html.contains("<fieldset class=\"choices\" id=\"answer-tf\""), html);
        assertTrue(html.contains("<input type=\"radio\" id=\"answer-tf-T\" name=\"tf\" value=\"T\"><label for=\"answer-tf-T\">True</label>"), html);
        assertTrue(html.contains("<textarea id=\"answer-W\" name=\"W\" class=\"answer matrix-input\""), html);
        assertTrue(html.contains("<input id=\"answer-shape\" name=\"shape\""), html);
        assertTrue(html.contains("placeholder=\"(6, 6, 5, 2) or error\""), html);
        assertFalse(html.contains("id=\"preview-tf\""), "choices have no preview");
    }

    @Test
    void aProgramPartHasTheStarterRunAndSubmit() {
        String html = ExerciseHtml.page(ExerciseFixtures.doc(ExerciseFixtures.PROGRAM));
        assertTrue(html.contains("<textarea id=\"answer-code\" name=\"code\" class=\"answer code-input\""), html);
        assertTrue(html.contains(">def mse(p, y):\n    return ___\n</textarea>"), html);
        assertTrue(html.contains("<button type=\"button\" id=\"run-code\" data-action=\"run\" data-part=\"code\">Run</button>"));
        assertTrue(html.contains("id=\"submit-code\" class=\"primary\" data-action=\"submit\" data-part=\"code\">Submit</button>"));
        assertTrue(html.contains("Submitting runs 1 public test and 1 hidden test."), html);
        assertTrue(html.contains("<strong>small</strong>: <code>mse(p, y)</code> after <code>p = [1, 2]; y = [1, 4]</code>"), html);
        assertFalse(html.contains("mean((p - y)**2)"), "the reference never reaches the page");
    }

    @Test
    void thePreviewShowsTheReadingOrTheErrorWithItsColumn() {
        String ok = ExerciseHtml.preview(AnswerPreview.of("expr", "9*x^2", List.of("x: scalar")));
        assertEquals("<p class=\"preview-read\"><span class=\"preview-label\">Read as</span> "
                + "<span class=\"math\" data-tex=\"9 \\cdot x^{2}\">9 \\cdot x^{2}</span></p>", ok);
        String bad = ExerciseHtml.preview(AnswerPreview.of("expr", "9*x^", List.of("x: scalar")));
        assertTrue(bad.startsWith("<p class=\"preview-error\"><span aria-hidden=\"true\">!</span> line 1, column 5: "), bad);
        assertEquals("", ExerciseHtml.preview(AnswerPreview.of("expr", "", List.of())));
    }

    @Test
    void partIdsAreSafeInElementIds() {
        assertEquals("answer-a_b", ExerciseHtml.id("answer", "a b"));
        assertEquals("answer-W1", ExerciseHtml.id("answer", "W1"));
    }
}
