package dev.gradlab.e2e;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optimizer playground (#/optimizer): seed 003's one- and two-step questions, Play, the controls. */
class OptimizerPageTest extends PageTest {
    void openPlayground(String query) {
        open("/#/optimizer" + query);
        page.locator("#opt-state tbody tr").first().waitFor();
    }

    double shown(String opt, String column) {
        Locator td = page.locator("#opt-state tr[data-opt=" + opt + "] td." + column);
        return Double.parseDouble(td.getAttribute("data-v"));
    }

    String shownText(String opt, String column) {
        return page.locator("#opt-state tr[data-opt=" + opt + "] td." + column).textContent().trim();
    }

    @Test
    void gradientDescentOnAQuarterSquareWithEtaTwoReachesZeroAfterOneStep() {
        openPlayground("?preset=gd-quarter");
        assertEquals(1.0, shown("sgd", "x"));
        assertEquals("0.25", shownText("sgd", "loss"));
        page.click("#opt-step");
        assertThat(page.locator("#opt-stepper")).hasAttribute("data-t", "1");
        assertEquals(0.0, shown("sgd", "x"));
        assertEquals("0", shownText("sgd", "x"));
        assertEquals(0.0, shown("sgd", "loss"));
        Locator marker = page.locator("#opt-paths .current-point[data-opt=sgd]");
        assertEquals(0.0, Double.parseDouble(marker.getAttribute("data-x")));
        screenshot("optimizer-gd-quarter-step-1");
    }

    @Test
    void theSamePresetFromTheButtonAndTheLink() {
        openPlayground("");
        page.click("#opt-preset-gd-quarter");
        assertTrue(page.evaluate("() => location.hash").toString().contains("lr=2"));
        assertEquals("2", page.inputValue("#opt-lr"));
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#opt-stepper")).hasAttribute("data-t", "1");
        assertEquals(0.0, shown("sgd", "x"));
    }

    @Test
    void momentumWithBetaOneHalfReachesZeroAfterTwoSteps() {
        openPlayground("?preset=momentum-quarter");
        page.click("#opt-step");
        assertEquals(0.5, shown("momentum", "x"));
        page.click("#opt-step");
        assertThat(page.locator("#opt-stepper")).hasAttribute("data-t", "2");
        assertEquals(0.0, shown("momentum", "x"));
        assertTrue(page.locator("#opt-state tr[data-opt=momentum] td.buffers").textContent().contains("v = (0.5, 0)"));
        page.click("#opt-step");
        assertEquals(-0.25, shown("momentum", "x"));
    }

    @Test
    void playAnimatesTheStepsAndStopsAtTheEnd() {
        openPlayground("?surface=quadratic&kappa=10&x0=-2&y0=1.5&steps=20&lr=0.1&opt=sgd,momentum,adam");
        assertThat(page.locator("#opt-paths .current-point")).hasCount(3);
        String before = page.locator("#opt-paths polyline[data-opt=momentum]").getAttribute("points");
        page.click("#opt-play");
        assertThat(page.locator("#opt-stepper")).hasAttribute("data-playing", "true");
        page.waitForFunction("() => +document.getElementById('opt-stepper').getAttribute('data-t') >= 5");
        screenshot("optimizer-playing");
        assertThat(page.locator("#opt-stepper")).hasAttribute("data-t", "20");
        assertThat(page.locator("#opt-stepper")).hasAttribute("data-playing", "false");
        assertThat(page.locator("#opt-play")).hasText("Play");
        String after = page.locator("#opt-paths polyline[data-opt=momentum]").getAttribute("points");
        assertEquals(1, before.split(" ").length);
        assertEquals(21, after.split(" ").length);
        assertTrue(shown("adam", "loss") < 0.5 * 0.5 * (4 + 10 * 2.25));
    }

    @Test
    void theControlsRecomputeAndGoIntoTheAddress() {
        openPlayground("?preset=gd-quarter");
        page.fill("#opt-lr", "1");
        page.click("#opt-step");
        assertEquals(0.5, shown("sgd", "x")); // x₁ = 1 − η/2
        assertTrue(page.evaluate("() => location.hash").toString().contains("lr=1&"));
        page.check("#opt-use-adam");
        assertThat(page.locator("#opt-state tr[data-opt=adam]")).hasCount(1);
        page.selectOption("#opt-surface", "rosenbrock");
        assertThat(page.locator("#opt-plot-caption")).containsText("Rosenbrock");
        assertTrue(page.locator("#opt-plot path.contour").count() > 5);
    }

    @Test
    void draggingASliderAppliesOnlyItsLatestValue() {
        openPlayground("?preset=rosenbrock");
        String before = page.locator("#opt-stepper").getAttribute("data-configured");
        int applied = before == null ? 0 : Integer.parseInt(before);
        // thirty input events in one go, as a fast drag sends them while a recompute is running
        page.evaluate("() => { const r = document.getElementById('opt-lr-range');"
                + " for (let i = 0; i <= 29; i++) { r.value = String(-3 + i / 100);"
                + " r.dispatchEvent(new Event('input', {bubbles: true})); } }");
        assertThat(page.locator("#opt-lr")).hasValue("0.00195");
        assertThat(page.locator("#opt-stepper")).hasAttribute("data-configured", Integer.toString(applied + 1));
        assertTrue(page.evaluate("() => location.hash").toString().contains("lr=0.00195"));
    }
}
