package dev.gradlab.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jobs page: a form generated from the kind's parameters and checked in the browser, a
 * regression-mc job followed live (progress bar, metric curves) to its result, and Cancel.
 */
class JobsPageTest extends PageTest {
    void openJobs(String student) {
        server().createStudent(student);
        open("/#/login");
        page.fill("#login-username", student);
        page.fill("#login-password", ServerProcess.STUDENT_PASSWORD);
        page.click("#login-submit");
        assertThat(page.locator("#account-name")).hasText(student);
        page.click("#nav-jobs");
        page.locator("#job-kind option[value=\"regression-mc\"]").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.selectOption("#job-kind", "regression-mc");
        assertThat(page.locator("#job-param-trials")).hasValue("500");
    }

    /** Records, in window.glSeen, every progress value shown and whether a live plot appeared. */
    void watchProgress() {
        page.evaluate("() => { window.glSeen = {values: [], live: false};"
                + " new MutationObserver(() => { const p = document.querySelector('#job-progress');"
                + " if (p) window.glSeen.values.push(Number(p.value));"
                + " if (document.querySelector('#job-live path.line')) window.glSeen.live = true; })"
                + ".observe(document.getElementById('job-current'), {subtree: true, childList: true}); }");
    }

    @Test
    void aRegressionJobRunsToTheEndWithAProgressBarAndPlots() {
        openJobs("eve");
        List<String> posts = new CopyOnWriteArrayList<>();
        page.onRequest((Request r) -> {
            if (r.method().equals("POST")) {
                posts.add(r.url());
            }
        });
        page.fill("#job-param-trials", "0");
        page.fill("#job-param-n", "20, 5000");
        page.click("#job-submit");
        assertThat(page.locator("#job-error-trials")).hasText("trials must be an integer from 1 to 20000, not 0");
        assertThat(page.locator("#job-error-n")).hasText("n[1] must be an integer from 2 to 2000, not 5000");
        assertThat(page.locator("#job-param-trials")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#job-form-error")).hasText("Fix the 2 fields marked below: n, trials.");
        assertEquals(List.of(), posts, "an invalid form is not sent");
        screenshot("jobs-validation");

        page.fill("#job-param-trials", "3000");
        page.fill("#job-param-n", "20, 50, 100, 200");
        watchProgress();
        page.click("#job-submit");
        assertThat(page.locator("#job-error-trials")).isEmpty();
        Locator label = page.locator("#job-progress-label");
        assertThat(label).hasAttribute("data-status", "succeeded", new com.microsoft.playwright.assertions.LocatorAssertions
                .HasAttributeOptions().setTimeout(60_000));
        assertThat(page.locator("#job-progress")).hasAttribute("value", "100");
        assertThat(label).hasText("100% \u00b7 finished");

        List<?> seen = (List<?>) page.evaluate("() => window.glSeen.values");
        assertTrue(seen.stream().anyMatch(v -> ((Number) v).doubleValue() > 0 && ((Number) v).doubleValue() < 100),
                "the bar showed progress on the way: " + seen);
        assertEquals(Boolean.TRUE, page.evaluate("() => window.glSeen.live"), "metric curves were drawn while it ran");

        Locator result = page.locator("#job-result .job-result[data-status=\"succeeded\"]");
        assertThat(result.locator("figure.plot")).hasCount(2);
        assertThat(result.locator("figure.plot").first().locator("path.line")).hasCount(6);
        assertThat(result.locator("table.summary")).containsText("max_relative_deviation");
        assertThat(page.locator("#job-list li[data-status=\"succeeded\"]").first()).containsText("regression-mc");
        screenshot("jobs-regression-mc");

        page.setViewportSize(390, 844);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertEquals(0, ((Number) overflow).intValue(), "no horizontal scrolling at 390 px");
        screenshot("jobs-390px");
    }

    /**
     * The form is checked by shared-core's ParamSpec.check compiled into the app, on both engines
     * (a WasmGC module TeaVM compiled wrongly would not start at all).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wasm", "js"})
    void theFormIsCheckedByTheServersRulesOnEitherEngine(String engine) {
        List<String> posts = new CopyOnWriteArrayList<>();
        page.onRequest((Request r) -> {
            if (r.method().equals("POST")) {
                posts.add(r.url());
            }
        });
        open("/?engine=" + engine + "#/jobs");
        assertEquals(engine, page.evaluate("() => window.gradlab.engine"));
        page.locator("#job-kind option[value=\"rnn-gradnorm\"]").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.selectOption("#job-kind", "regression-mc");
        assertThat(page.locator("#job-param-n")).hasValue("20, 50, 100, 200");
        page.fill("#job-param-n", "20, abc");
        page.fill("#job-param-d", "1, 2, 3, 4, 5, 6, 7, 8, 9");
        page.fill("#job-param-sigma", "0.001");
        page.fill("#job-param-trials", "2.5");
        page.fill("#job-param-seed", "");
        page.click("#job-submit");
        assertThat(page.locator("#job-error-n")).hasText("n[1] must be an integer from 2 to 2000; \u201cabc\u201d is not a number");
        assertThat(page.locator("#job-error-d")).hasText("d must have 1 to 8 items, not 9");
        assertThat(page.locator("#job-error-sigma")).hasText("sigma must be a number from 0.01 to 100, not 0.001");
        assertThat(page.locator("#job-error-trials")).hasText("trials must be an integer from 1 to 20000, not 2.5");
        assertThat(page.locator("#job-error-seed")).containsText("seed is required: an integer from 0 to ");
        assertThat(page.locator("#job-form-error")).hasText("Fix the 5 fields marked below: n, d, sigma, trials, seed.");

        page.selectOption("#job-kind", "rnn-gradnorm");
        page.fill("#job-param-norms", "0.5, 4");
        page.click("#job-submit");
        assertThat(page.locator("#job-error-norms")).hasText("norms[1] must be a number from 0.01 to 3, not 4");
        assertThat(page.locator("#job-error-activation")).isEmpty();
        assertEquals(List.of(), posts, "an invalid form is not sent");
    }

    @Test
    void aRunningJobIsCancelled() {
        openJobs("fred");
        page.fill("#job-param-n", "2000");
        page.fill("#job-param-d", "200");
        page.fill("#job-param-trials", "20000");
        page.click("#job-submit");
        Locator label = page.locator("#job-progress-label");
        assertThat(label).hasAttribute("data-status", "running");
        page.click("#job-cancel");
        assertThat(label).hasAttribute("data-status", "cancelled", new com.microsoft.playwright.assertions.LocatorAssertions
                .HasAttributeOptions().setTimeout(30_000));
        assertThat(page.locator("#job-result .error")).hasText("cancelled by its owner");
        assertThat(page.locator("#job-cancel")).isHidden();
        assertThat(page.locator("#job-list li[data-status=\"cancelled\"]")).hasCount(1);
        screenshot("jobs-cancelled");
    }

    @Test
    void aVisitorWhoIsNotLoggedInKeepsTheirJobsToThisBrowser() {
        open("/#/jobs");
        assertThat(page.locator("#jobs-note")).containsText("kept for this browser only");
        String anon = context.cookies().stream().filter(c -> c.name.equals("gradlab_anon")).map(c -> c.value)
                .findFirst().orElse("");
        assertTrue(anon.matches("[0-9a-f]{32}"), "the app sets a random gradlab_anon cookie: '" + anon + "'");
    }
}
