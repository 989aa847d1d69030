package dev.gradlab.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Request;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An exercise page as a student uses it: the statement in KaTeX, answers read while typing (no
 * request), a check with its verdicts, feedback and hints; choices; a program that runs and is
 * submitted. Fixtures: e2e/src/test/resources/content (variant 0: a = 3, so f'(x) = 9x^2).
 */
class ExercisePageTest extends PageTest {
    void openExercise(String id) {
        open("/#/exercises/" + id);
        page.locator("#exercise-title").waitFor();
    }

    @Test
    void theStatementAndPromptsAreTypesetByKatex() {
        openExercise("demo-derivative");
        assertThat(page.locator("#exercise-title")).hasText("Derivative of a cube");
        page.locator("#statement .katex").first().waitFor();
        assertTrue(page.locator("#prompt-df .katex").count() >= 2);
        assertTrue(page.locator("#statement .katex-mathml").textContent().contains("3"), "f(x) = 3 x^3 in variant 0");
        assertEquals("Derivative of a cube \u2014 GradLab", page.title());
    }

    @Test
    void anInvalidExpressionIsReportedWhileTypingWithoutAnyRequest() {
        openExercise("demo-derivative");
        List<String> posts = new CopyOnWriteArrayList<>();
        page.onRequest((Request r) -> {
            if (!r.method().equals("GET")) {
                posts.add(r.method() + " " + r.url());
            }
        });
        Locator field = page.locator("#answer-df");
        field.pressSequentially("9*x^");
        Locator error = page.locator("#preview-df .preview-error");
        assertThat(error).containsText("line 1, column 5");
        assertThat(field).hasAttribute("aria-invalid", "true");
        screenshot("exercise-preview-error");

        field.pressSequentially("2");
        page.locator("#preview-df .katex").waitFor();
        assertThat(error).hasCount(0);
        assertThat(field).not().hasAttribute("aria-invalid", "true");
        field.fill("\\frac{9}{1} x^{2}");
        assertThat(page.locator("#preview-df .preview-read")).containsText("Read as");
        page.waitForTimeout(200);
        assertEquals(List.of(), posts, "typing never sends a request");
    }

    @Test
    void aCorrectAnswerIsMarkedCorrect() {
        openExercise("demo-derivative");
        page.fill("#answer-df", "9*x^2");
        page.fill("#answer-value", "36");
        page.click("#check");
        Locator verdict = page.locator("#verdict-df .verdict-box");
        assertThat(verdict).hasAttribute("data-status", "correct");
        assertThat(verdict).containsText("Correct");
        assertThat(page.locator("#verdict-value .verdict-box")).hasAttribute("data-status", "correct");
        assertThat(page.locator("#check-status")).hasText("All 2 parts correct. Practice only: log in to keep your progress.");
        assertThat(page.locator("#hints-df")).isEmpty();
    }

    @Test
    void aWrongAnswerShowsFeedbackAndOneMoreHintPerCheck() {
        openExercise("demo-derivative");
        page.fill("#answer-df", "9*x^3");
        page.press("#answer-df", "Enter");
        Locator verdict = page.locator("#verdict-df .verdict-box");
        assertThat(verdict).hasAttribute("data-status", "incorrect");
        assertThat(verdict).containsText("Incorrect");
        assertThat(verdict).containsText("Lower the exponent by one after bringing it down.");
        assertThat(verdict).containsText("kept exponent");
        assertThat(page.locator("#hints-df li")).hasText(new String[] {"Bring the exponent down."});
        assertThat(page.locator("#verdict-value .verdict-box")).hasAttribute("data-status", "missing");
        screenshot("exercise-wrong-answer");

        page.click("#check");
        assertThat(page.locator("#hints-df li")).hasText(new String[] {"Bring the exponent down.",
                "Then lower the exponent by one."});
    }

    @Test
    void aChoiceIsMadeWithRadioButtons() {
        openExercise("demo-misc");
        page.check("#answer-tf-T");
        page.click("#check");
        Locator verdict = page.locator("#verdict-tf .verdict-box");
        assertThat(verdict).hasAttribute("data-status", "incorrect");
        assertThat(verdict).containsText("GradLab counts");
        page.locator("#verdict-tf .katex").first().waitFor();

        page.focus("#answer-tf-T");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#answer-tf-F")).isChecked();
        page.click("#check");
        assertThat(verdict).hasAttribute("data-status", "correct");
    }

    @Test
    void whatAProgramPlotsIsDrawnUnderItsOutput() {
        openExercise("demo-program");
        page.locator(".CodeMirror").waitFor();
        page.click(".CodeMirror");
        page.keyboard().press("Control+A");
        page.keyboard().insertText("losses = zeros(20)\nw = 4.0\nfor t in range(20):\n    losses[t] = w^2\n"
                + "    w = w - 0.2 * 2 * w\nplot(range(20), losses, title='loss', label='train')\n"
                + "plot(range(20), losses * 1.5, label='test')\nscatter([1, 2, 3], [2, 4, 1], title='data')\n"
                + "heatmap([[1, 2], [3, 4]], title='W')\nprint('final', w)\n");
        page.click("#run-code");
        Locator output = page.locator("#output-code");
        assertThat(output).hasAttribute("data-ok", "true");
        assertThat(output.locator("pre.stdout")).containsText("final");
        assertThat(page.locator("#plot-code-0 path.line")).hasCount(2);
        assertThat(page.locator("#plot-code-0 .plot-legend")).hasText("traintest");
        assertThat(page.locator("#plot-code-0 svg.line-plot")).hasAttribute("aria-label", "loss");
        assertThat(page.locator("#plot-code-1 g.points circle")).hasCount(3);
        assertThat(page.locator("#plot-code-2 svg rect")).hasCount(4);
        assertThat(page.locator("#plot-code-2 svg rect title").nth(3)).hasText("[1, 1] = 4");
        screenshot("exercise-program-plots");

        page.setViewportSize(390, 844);
        double overflow = ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).doubleValue();
        assertEquals(0.0, overflow, "the figures fit a 390-px-wide screen");
    }

    @Test
    void aProgramRunsInTheBrowserAndIsSubmitted() {
        openExercise("demo-program");
        page.locator(".CodeMirror").waitFor();
        page.click("#run-code");
        Locator output = page.locator("#output-code");
        assertThat(output).hasAttribute("data-ok", "true");
        assertThat(output.locator(".test-values .run-error")).containsText("line ");

        page.click(".CodeMirror");
        page.keyboard().press("Control+A");
        page.keyboard().insertText("print(\"start\")\nz = (1 +\n");
        page.click("#run-code");
        assertThat(output).hasAttribute("data-ok", "false");
        assertThat(output.locator("p.run-error")).containsText("line ");
        assertThat(output.locator("pre.stdout")).hasCount(0);

        page.click(".CodeMirror");
        page.keyboard().press("Control+A");
        page.keyboard().insertText("def mse(p, y):\n    return mean((p - y)**2)\nprint(\"checking\", mse([0, 0], [3, 4]))\n");
        page.click("#run-code");
        assertThat(output).hasAttribute("data-ok", "true");
        assertThat(output.locator(".test-values")).containsText("mse(p, y) = 2");
        assertThat(output.locator("pre.stdout")).containsText("checking 12.5");

        page.click("#submit-code");
        Locator verdict = page.locator("#verdict-code .verdict-box");
        assertThat(verdict).hasAttribute("data-status", "correct");
        assertThat(verdict).containsText("All 2 tests pass.");
        screenshot("exercise-program-submitted");

        String inEditor = "() => !!document.activeElement.closest('.CodeMirror')";
        page.click(".CodeMirror");
        page.keyboard().press("Control+End");
        page.keyboard().press("Tab");
        assertEquals(Boolean.TRUE, page.evaluate(inEditor), "Tab indents in the editor");
        page.keyboard().press("Escape");
        page.keyboard().press("Tab");
        assertEquals(Boolean.FALSE, page.evaluate(inEditor), "Esc then Tab leaves the editor: no keyboard trap");
    }

    @Test
    void thePageFitsAPhone() {
        page.setViewportSize(390, 844);
        openExercise("demo-misc");
        page.locator("#statement").waitFor();
        page.fill("#answer-W", "[[2, 0], [0, 2]]");
        page.locator("#preview-W .katex").waitFor();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertEquals(0, ((Number) overflow).intValue(), "no horizontal scrolling at 390 px");
        screenshot("exercise-390px");
        open("/");
        page.locator("#exercise-list a").first().waitFor();
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertEquals(0, ((Number) overflow).intValue(), "no horizontal scrolling at 390 px");
        screenshot("exercise-list-390px");
    }
}
