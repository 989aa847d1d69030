package dev.gradlab.e2e;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Links into the steppers: from an exercise's {@code stepper} field, and a hand-made address. */
class StepperLinksTest extends PageTest {
    @Test
    void anExerciseWithAStepperLinksToItsProgramInTheBackpropStepper() {
        // fixture demo-derivative: stepper {kind: backprop, source: "f = {{a}}*x^3", inputs: {x: 2}}, a = 3 in variant 0
        open("/#/exercises/demo-derivative");
        assertThat(page.locator("#stepper-link")).hasText("Step through this function in the backprop stepper");
        page.click("#stepper-link");
        page.locator("svg#graph g.node").first().waitFor();
        assertThat(page.locator("#view-stepper")).isVisible();
        assertEquals("f = 3*x^3", page.inputValue("#source"));
        assertEquals("2", page.inputValue("#var-x"));
        assertThat(page.locator("#nav-stepper")).hasAttribute("aria-current", "page");
    }

    @Test
    void aStepperAddressLoadsItsProgramAndInputs() {
        open("/#/stepper?source=" + URLEncoder.encode("f = x*y + x", StandardCharsets.UTF_8).replace("+", "%20")
                + "&x=2&y=3");
        page.locator("svg#graph g.node").first().waitFor();
        assertEquals("f = x*y + x", page.inputValue("#source"));
        assertEquals("2", page.inputValue("#var-x"));
        assertEquals("3", page.inputValue("#var-y"));
    }
}
