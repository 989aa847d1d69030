package dev.gradlab.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attention stepper (#/attention): stages as heatmaps, the causal mask, random features, keys. */
class AttentionPageTest extends PageTest {
    void openAttention(String query) {
        open("/#/attention?" + query);
        page.locator("#att-stages .stage-card").first().waitFor();
    }

    double cell(String stage, int i, int j) {
        return Double.parseDouble(page.locator(".stage-card[data-stage='" + stage + "'] rect[data-i='" + i + "'][data-j='"
                + j + "']").first().getAttribute("data-v"));
    }

    @Test
    void everyStageOfTwoHeadCausalAttentionIsAHeatmap() {
        openAttention("n=4&d=8&heads=2&causal=1");
        // inputs Q, K, V, W_O; Q/K/V split into heads (2 each); QKᵀ, scaled, masked, softmax, ×V (2 each);
        // heads concatenated; output projection
        assertThat(page.locator("#att-stages .stage-card")).hasCount(11);
        assertThat(page.locator("#att-stages svg.hm")).hasCount(4 + 3 * 2 + 5 * 2 + 1 + 1);
        assertEquals("11", page.locator("#att-stepper").getAttribute("data-total"));
        assertThat(page.locator(".stage-card[data-stage='softmax'] svg.hm")).hasCount(2);
        assertThat(page.locator(".stage-card[data-stage='output projection']")).isVisible();
        assertTrue(page.locator("#att-causal").isChecked());
    }

    @Test
    void theCausalMaskZeroesTheUpperTriangleOfTheSoftmax() {
        openAttention("n=4&d=8");
        assertThat(page.locator(".stage-card[data-stage='masked']")).hasCount(0);
        assertTrue(cell("softmax", 0, 3) > 0);
        page.check("#att-causal");
        assertThat(page.locator(".stage-card[data-stage='masked']")).hasCount(1);
        assertTrue(page.evaluate("() => location.hash").toString().contains("causal=1"));
        for (int i = 0; i < 4; i++) {
            double row = 0;
            for (int j = 0; j < 4; j++) {
                double p = cell("softmax", i, j);
                if (j > i) {
                    assertEquals(0.0, p, "softmax[" + i + "][" + j + "]");
                } else {
                    assertTrue(p > 0, "softmax[" + i + "][" + j + "] = " + p);
                }
                row += p;
            }
            assertEquals(1, row, 1e-12);
        }
        assertEquals("-Infinity", page.locator(".stage-card[data-stage='masked'] rect[data-i='0'][data-j='1']")
                .getAttribute("data-v"));
    }

    @Test
    void hoveringAPaintedHeatmapReadsTheValueUnderThePointer() {
        openAttention("n=32&d=8&causal=1");
        Locator svg = page.locator(".stage-card[data-stage='softmax'] svg.hm");
        assertThat(page.locator(".stage-card[data-stage='softmax'] canvas.hm-canvas")).hasCount(1);
        svg.scrollIntoViewIfNeeded();
        BoundingBox box = svg.boundingBox();
        double cell = box.width / 32;
        Locator readout = page.locator(".stage-card[data-stage='softmax'] .hm-readout");
        page.mouse().move(box.x + 30.5 * cell, box.y + 1.5 * cell); // row 1, column 30: in the future
        assertThat(readout).hasAttribute("data-i", "1");
        assertEquals("30", readout.getAttribute("data-j"));
        assertEquals(0.0, Double.parseDouble(readout.getAttribute("data-v")));
        page.mouse().move(box.x + 0.5 * cell, box.y + 31.5 * cell); // row 31, column 0: in the past
        assertThat(readout).hasAttribute("data-i", "31");
        assertTrue(Double.parseDouble(readout.getAttribute("data-v")) > 0);
        assertThat(readout).containsText("row 32, column 1 = ");
    }

    @Test
    void randomFeatureErrorFallsAsTheFeaturesGrow() {
        openAttention("n=16&d=8&mode=performer&m=4");
        Locator err = page.locator("#att-perf-error");
        assertThat(err).hasAttribute("data-m", "4");
        double few = Double.parseDouble(err.getAttribute("data-v"));
        page.fill("#att-m", "256");
        assertThat(err).hasAttribute("data-m", "256");
        double many = Double.parseDouble(err.getAttribute("data-v"));
        assertTrue(many < few, "m=256: " + many + ", m=4: " + few);
        Locator rows = page.locator("#att-perf-curve tbody tr");
        assertThat(rows).hasCount(4);
        double before = Double.MAX_VALUE;
        for (int k = 0; k < 4; k++) {
            double e = Double.parseDouble(rows.nth(k).locator("td.err").getAttribute("data-v"));
            assertTrue(e < before, "the mean error does not fall at row " + k);
            before = e;
        }
        assertThat(page.locator(".stage-card[data-stage='approx − exact']")).hasCount(1);

        // random features with the causal mask: the estimated weights are zero above the diagonal
        openAttention("n=8&d=8&mode=performer&m=256");
        assertThat(page.locator("#att-causal")).isEnabled();
        assertThat(page.locator("#att-heads")).isDisabled();
        page.check("#att-causal");
        assertThat(page.locator(".stage-card[data-stage='masked']")).hasCount(1);
        assertThat(page.locator("#att-perf-heading")).hasText("Random features against exact softmax attention with the same mask");
        for (int i = 0; i < 8; i++) {
            for (int j = i + 1; j < 8; j++) {
                assertEquals(0.0, cell("D⁻¹A", i, j), "estimated weight [" + i + "][" + j + "]");
            }
        }
        assertEquals(1.0, cell("D⁻¹A", 0, 0), 1e-9);
        screenshot("attention-performer-causal");
        double causalMany = Double.parseDouble(err.getAttribute("data-v"));
        page.fill("#att-m", "4");
        assertThat(err).hasAttribute("data-m", "4");
        double causalFew = Double.parseDouble(err.getAttribute("data-v"));
        assertTrue(causalMany < causalFew, "against causal softmax: m=256 " + causalMany + ", m=4 " + causalFew);
    }

    @Test
    void arrowKeysStepTheStagesAndMoveTheCellCursor() {
        openAttention("n=4&d=8");
        Locator bar = page.locator("#att-stepper");
        assertThat(bar).hasAttribute("data-index", "0");
        page.locator("#attention-heading").focus();
        page.keyboard().press("ArrowRight");
        assertThat(bar).hasAttribute("data-index", "1");
        assertThat(bar).hasAttribute("data-stage", "QKᵀ");
        assertThat(page.locator("#stage-1")).hasAttribute("data-state", "current");
        page.keyboard().press("End");
        assertThat(bar).hasAttribute("data-stage", "×V");
        page.keyboard().press("ArrowLeft");
        assertThat(bar).hasAttribute("data-stage", "softmax");
        page.click("#att-back");
        assertThat(bar).hasAttribute("data-stage", "scaled");
        // a focused heatmap takes the arrows for its cell cursor
        page.locator("#hm-2-0-fig").focus();
        Locator readout = page.locator("#readout-2");
        assertThat(readout).hasAttribute("data-i", "0");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowRight");
        assertThat(readout).hasAttribute("data-i", "1");
        assertThat(readout).hasAttribute("data-j", "1");
        assertThat(bar).hasAttribute("data-stage", "scaled");
    }

    @Test
    void typedInputsAreUsedAndBadOnesExplained() {
        openAttention("n=2&d=2");
        page.click("#att-edit summary");
        page.fill("#att-in-0", "[[1, 0], [0, 1]]");
        page.fill("#att-in-1", "1 0\n0 1");
        page.fill("#att-in-2", "[[10, 20], [30, 40]]");
        assertEquals(1 / Math.sqrt(2), cell("scaled", 0, 0), 1e-12);
        page.fill("#att-in-2", "[[10, 20]]");
        assertThat(page.locator("#att-in-error")).isVisible();
        assertThat(page.locator("#att-in-error")).containsText("V must be 2 × 2");
        assertEquals("true", page.locator("#att-in-2").getAttribute("aria-invalid"));
    }

    @Test
    void theNavLinksLeadToBothPagesAndKeepTheirSettings() {
        openAttention("n=5&d=4&causal=1");
        page.click("#nav-optimizer");
        page.locator("#opt-state tbody tr").first().waitFor();
        assertThat(page.locator("#nav-optimizer")).hasAttribute("aria-current", "page");
        assertThat(page.locator("#view-attention")).isHidden();
        page.click("#nav-attention");
        assertThat(page.locator("#view-attention")).isVisible();
        assertThat(page.locator("#att-n")).hasValue("5");
        assertTrue(page.evaluate("() => location.hash").toString().startsWith("#/attention?n=5&d=4"));
        assertThat(page.locator(".stage-card[data-stage='masked']")).hasCount(1);
    }
}
