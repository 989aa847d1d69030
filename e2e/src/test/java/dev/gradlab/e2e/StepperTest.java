package dev.gradlab.e2e;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backprop stepper on homework 1, question 3, driven like a student would. */
class StepperTest extends PageTest {
    static final String HW1_Q3 = "f = 0.5*exp(x1 + x2^2) - x3*x4^2";
    static final double E3 = Math.exp(3);
    static final int MAX_STEPS = 200;

    Locator stepper() {
        return page.locator("#stepper");
    }

    String phase() {
        return page.locator("#stepper").getAttribute("data-phase");
    }

    int step() {
        return Integer.parseInt(page.locator("#stepper").getAttribute("data-step"));
    }

    /** The number a grads table cell shows, e.g. "10.04" or "-9". */
    double shownGrad(String input) {
        Locator cell = page.locator("#grads tr[data-name=" + input + "] td.grad");
        String text = cell.textContent().trim().replace('\u2212', '-');
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new AssertionError("the gradient of " + input + " reads '" + text + "', not a number");
        }
    }

    static void assertFourDigits(String input, double exact, double shown) {
        assertTrue(Math.abs(shown - exact) <= 5e-4 * Math.abs(exact),
                "gradient of " + input + ": shown " + shown + ", exact " + exact);
    }

    void buildHw1Q3() {
        open("/#/stepper");
        page.fill("#source", HW1_Q3);
        page.fill("#var-x1", "-1");
        page.fill("#var-x2", "2");
        page.fill("#var-x3", "4");
        page.fill("#var-x4", "-3");
        page.click("#build");
        page.locator("svg#graph g.node").first().waitFor();
    }

    /** Steps with the button and the → key until the stepper is done. */
    void stepToTheEnd() {
        int before = step();
        page.click("#step-forward");
        assertThat(stepper()).hasAttribute("data-step", Integer.toString(before + 1));
        page.keyboard().press("ArrowRight");
        assertThat(stepper()).hasAttribute("data-step", Integer.toString(before + 2));
        for (int i = 0; i < MAX_STEPS && !"done".equals(phase()); i++) {
            page.click("#step-forward");
        }
        assertThat(stepper()).hasAttribute("data-phase", "done");
    }

    @Test
    void steppingThroughHw1Q3ShowsTheInputGradientsToFourDigits() {
        buildHw1Q3();
        assertEquals(0, step());
        stepToTheEnd();
        screenshot("stepper-hw1-q3-done");
        assertFourDigits("x1", E3 / 2, shownGrad("x1"));
        assertFourDigits("x2", 2 * E3, shownGrad("x2"));
        assertFourDigits("x3", -9, shownGrad("x3"));
        assertFourDigits("x4", 24, shownGrad("x4"));
    }

    @Test
    void theLeftArrowKeyStepsBackOnce() {
        buildHw1Q3();
        stepToTheEnd();
        int last = step();
        page.keyboard().press("ArrowLeft");
        assertThat(stepper()).hasAttribute("data-step", Integer.toString(last - 1));
        assertThat(stepper()).hasAttribute("data-phase", "backward");
    }

    @Test
    void theGraphHasANodeForEveryInput() {
        buildHw1Q3();
        assertEquals(4, page.locator("svg#graph g.node[data-op=input]").count());
    }
}
