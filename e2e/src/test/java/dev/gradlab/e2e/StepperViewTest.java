package dev.gradlab.e2e;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backprop stepper's zoom, pan, node details and fill-in mode. */
class StepperViewTest extends PageTest {
    static String address(String source, String inputs) {
        return "/#/stepper?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8).replace("+", "%20") + "&" + inputs;
    }

    String transform() {
        return page.locator("#graph-pan").getAttribute("transform");
    }

    /** h1 = sin(x)*x, …, f = sin(h99)*h99: 200 operations, 201 nodes. */
    static String chain200() {
        StringBuilder sb = new StringBuilder("h1 = sin(x)*x\n");
        for (int k = 2; k < 100; k++) {
            sb.append("h").append(k).append(" = sin(h").append(k - 1).append(")*h").append(k - 1).append('\n');
        }
        return sb.append("f = sin(h99)*h99").toString();
    }

    @Test
    void zoomAndPanChangeTheTransform() {
        open(address(chain200(), "x=2"));
        page.locator("svg#graph g.node").first().waitFor();
        assertEquals(201, page.locator("svg#graph g.node").count());
        String t0 = transform();
        page.click("#zoom-out");
        String t1 = transform();
        assertNotEquals(t0, t1, "− zooms");
        assertTrue(t1.contains("scale(0.8)"), t1);
        page.click("#zoom-in");
        assertTrue(transform().contains("scale(1)"), transform());
        // wheel over the graph
        Locator svg = page.locator("svg#graph");
        svg.hover();
        page.mouse().wheel(0, 300);
        String t2 = transform();
        assertNotEquals(t1, t2, "the wheel zooms");
        assertThat(page.locator("#zoom-level")).not().hasText("100 %");
        // keys: + and Shift+arrows, with the focus on the page (not a text field)
        page.locator("#stepper-heading").focus();
        page.keyboard().press("+");
        String t3 = transform();
        assertNotEquals(t2, t3, "+ zooms");
        page.keyboard().press("Shift+ArrowLeft");
        String t4 = transform();
        assertNotEquals(t3, t4, "Shift+← pans");
        // drag
        var box = svg.boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        page.mouse().down();
        page.mouse().move(box.x + box.width / 2 - 150, box.y + box.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        String t5 = transform();
        assertNotEquals(t4, t5, "dragging pans");
        screenshot("stepper-200-zoomed");
        page.click("#zoom-fit");
        assertNotEquals(t5, transform(), "fit to view");
        screenshot("stepper-200-fit");
    }

    @Test
    void clickingANodeShowsItsValueGradientAndRule() {
        open(address("f = 0.5*exp(x1 + x2^2) - x3*x4^2", "x1=-1&x2=2&x3=4&x4=-3"));
        page.locator("svg#graph g.node").first().waitFor();
        page.keyboard().press("End");
        assertThat(page.locator("#stepper")).hasAttribute("data-phase", "done");
        page.locator("svg#graph g.node[data-op=exp]").click();
        assertThat(page.locator("#node-details dd[data-field=op]")).hasText("exp");
        assertThat(page.locator("#node-details dd[data-field=value]")).hasText("20.08553692");
        assertThat(page.locator("#node-details dd[data-field=grad]")).hasText("0.5");
        assertTrue(page.locator("#node-details dd[data-field=rule]").textContent().contains("exp"));
        // Enter on a focused node
        page.locator("svg#graph g.node[data-label=x3]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#node-details dd[data-field=grad]")).hasText("-9");
        screenshot("stepper-node-details");
    }

    @Test
    void theGraphIsOneTabStopAndArrowKeysMoveBetweenItsNodes() {
        open(address(chain200(), "x=2"));
        page.locator("svg#graph g.node").first().waitFor();
        assertEquals(1, page.locator("svg#graph g.node[tabindex=\"0\"]").count(), "one Tab stop, not 201");
        page.locator("#step-forward").focus();
        String focusedNode = "() => document.activeElement.matches('g.node') ? document.activeElement.getAttribute('data-id') : null";
        for (int i = 0; i < 8 && page.evaluate(focusedNode) == null; i++) {
            page.keyboard().press("Tab");
        }
        Object first = page.evaluate(focusedNode);
        assertTrue(first != null, "Tab reaches the graph");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        String third = (String) page.evaluate(focusedNode);
        assertEquals(Integer.parseInt((String) first) + 2, Integer.parseInt(third), "ArrowDown moves to the next node");
        page.keyboard().press("ArrowUp");
        String second = (String) page.evaluate(focusedNode);
        assertEquals(Integer.parseInt((String) first) + 1, Integer.parseInt(second), "ArrowUp moves back");
        // stepping redraws the graph; the keyboard stays on the same node
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#stepper")).hasAttribute("data-step", "1");
        assertEquals(second, page.evaluate(focusedNode));
        page.keyboard().press("Enter");
        assertThat(page.locator("#node-details dd[data-field=op]")).isVisible();
        assertEquals(1, page.locator("svg#graph g.node[tabindex=\"0\"]").count());
        // far down the chain, the window pans to show the focused node
        String before = transform();
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("ArrowDown");
        }
        assertNotEquals(before, transform(), "the window follows the focus");
        Object inView = page.evaluate("() => { const r = document.activeElement.getBoundingClientRect();"
                + " const w = document.getElementById('graph').getBoundingClientRect();"
                + " return r.left >= w.left - 1 && r.right <= w.right + 1 && r.top >= w.top - 1 && r.bottom <= w.bottom + 1; }");
        assertEquals(Boolean.TRUE, inView, "the focused node is inside the graph window");
    }

    @Test
    void fillInModeOnHw1CompgraphAcceptsACorrectValueAndFlagsAWrongOne() {
        open(address("f = 0.5*exp(x1 + x2^2) - x3*x4^2", "x1=-1&x2=2&x3=4&x4=-3&fill=1"));
        page.locator("svg#graph g.node").first().waitFor();
        assertThat(page.locator("#fill")).isVisible();
        assertThat(page.locator("#fill-mode")).isChecked();
        assertThat(page.locator("#fill-label")).hasText("t1 = x2^2 =");
        page.locator("#fill-answer").fill("5");
        page.keyboard().press("Enter");
        assertThat(page.locator("#fill-feedback")).hasAttribute("data-status", "incorrect");
        assertThat(page.locator("#fill-answer")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#stepper")).hasAttribute("data-step", "0");
        page.locator("#fill-answer").fill("4");
        page.click("#fill-check");
        assertThat(page.locator("#fill-feedback")).hasAttribute("data-status", "correct");
        assertThat(page.locator("#stepper")).hasAttribute("data-step", "1");
        assertThat(page.locator("#fill-label")).hasText("t2 = x1 + t1 =");
        assertThat(page.locator("svg#graph g.node.fill-value-correct text.fill-mark")).hasText("✓");
        // a wrong t2, revealed; then t3 from the student's own t2 is carried
        page.locator("#fill-answer").fill("2");
        page.keyboard().press("Enter");
        assertThat(page.locator("#fill-feedback")).hasAttribute("data-status", "incorrect");
        page.click("#fill-reveal");
        page.locator("#fill-answer").fill("exp(2)");
        page.keyboard().press("Enter");
        assertThat(page.locator("#fill-feedback")).hasAttribute("data-status", "carried");
        assertThat(page.locator("#fill-label")).hasText("t4 = 0.5 * t3 =");
        screenshot("stepper-fill-in");
    }
}
