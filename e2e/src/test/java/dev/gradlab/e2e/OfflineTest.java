package dev.gradlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Offline: the service worker keeps the app and the exercises already opened; checks made while the
 * browser is offline are saved with a client attempt id and recorded exactly once when it is back.
 */
class OfflineTest extends PageTest {
    void loginAndOpen(String student, String exercise) {
        server().createStudent(student);
        open("/#/login");
        page.fill("#login-username", student);
        page.fill("#login-password", ServerProcess.STUDENT_PASSWORD);
        page.click("#login-submit");
        assertThat(page.locator("#account-name")).hasText(student);
        page.locator("#exercise-list a").first().waitFor();
        page.click("a[href=\"#/exercises/" + exercise + "\"]");
        page.locator("#exercise-title").waitFor();
        // the service worker is in control and holds the engine, the list and this exercise (on a
        // first visit the two documents were loaded before it was, and it fetches them once more)
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        waitForAsync("async () => !!(await caches.match('api/exercises/" + exercise + "'))"
                + " && !!(await caches.match('api/exercises')) && !!(await caches.match('js/gradlab.js'))"
                + " && !!(await caches.match('wasm/gradlab.wasm'))", "the service worker to cache " + exercise);
        // and the page has kept every exercise of the list (a request cut off by going offline
        // would be logged as a console error)
        waitForAsync(EVERY_LISTED_EXERCISE_KEPT,
                "every listed exercise to be kept");
    }

    JsonNode submissions(String student, String exercise) {
        return ApiSession.login(server(), student, ServerProcess.STUDENT_PASSWORD)
                .getJson("/api/submissions?exercise=" + exercise).json().path("submissions");
    }

    @Test
    void aCheckMadeOfflineIsRecordedOnceWhenTheBrowserIsBack() {
        loginAndOpen("gus", "demo-derivative");
        int a = AccountTest.coefficient(ApiSession.login(server(), "gus", ServerProcess.STUDENT_PASSWORD));

        context.setOffline(true);
        assertThat(page.locator("#offline-banner")).isVisible();
        assertThat(page.locator("#offline-banner")).containsText("Offline");
        page.fill("#answer-df", "3*" + a + "*x^");
        assertThat(page.locator("#preview-df .preview-error")).containsText("line 1, column");
        page.fill("#answer-df", "3*" + a + "*x^2");
        page.locator("#preview-df .katex").waitFor();
        page.fill("#answer-value", Integer.toString(12 * a));
        page.click("#check");
        assertThat(page.locator("#verdict-df .verdict-box")).hasAttribute("data-status", "queued");
        assertThat(page.locator("#verdict-value .verdict-box")).containsText("Will be checked when online");
        assertThat(page.locator("#check-status")).containsText("Saved on this device");
        String id = (String) page.evaluate("() => JSON.parse(localStorage.getItem('gradlab.pending'))[0].clientAttemptId");
        String saved = (String) page.evaluate("() => { const a = JSON.parse(localStorage.getItem('gradlab.pending'))[0];"
                + " return JSON.stringify({variant: a.variant, answers: a.answers, hintsShown: a.hintsShown,"
                + " clientAttemptId: a.clientAttemptId}); }");
        screenshot("offline-check-saved");

        // a reload while offline: the app comes from the cache, and the saved check is still there
        Response doc = page.waitForResponse(r -> r.url().endsWith("/api/exercises/demo-derivative"), page::reload);
        assertTrue(doc.fromServiceWorker(), "the exercise came from the service worker");
        page.waitForFunction("() => window.gradlab && window.gradlab.ready");
        assertThat(page.locator("#exercise-title")).hasText("Derivative of a cube");
        assertThat(page.locator("#offline-banner")).containsText("1 check waits");
        // as if demo-program had not been kept (the page keeps every exercise of the list)
        page.evaluate("async () => (await caches.open('gradlab-v1')).delete('api/exercises/demo-program')");
        page.click("#nav-exercises");
        assertThat(page.locator("#badges-demo-derivative .badge[data-state=\"pending\"]"))
                .hasText("\u2026 1 check waits to be sent");
        // offline, the list says which exercises this device does not keep, and opening one says why it fails
        assertThat(page.locator("#badges-demo-program .badge[data-state=\"not-kept\"]")).hasText("Not saved on this device");
        assertThat(page.locator("#badges-demo-derivative .badge[data-state=\"not-kept\"]")).hasCount(0);
        screenshot("offline-list");
        expectConsoleError("net::ERR_FAILED"); // Chromium logs the failed request
        page.click("a[href=\"#/exercises/demo-program\"]");
        assertThat(page.locator("#exercise-title")).hasText("Exercise not available");
        assertThat(page.locator("#exercise p.error")).containsText("this exercise is not saved on this device");
        page.click("#nav-exercises");
        page.click("#nav-stepper");
        page.locator("svg#graph g.node").first().waitFor();
        page.click("#step-forward");
        assertThat(page.locator("#stepper")).hasAttribute("data-step", "1");
        assertEquals(0, submissions("gus", "demo-derivative").size(), "nothing reached the server while offline");

        page.click("#nav-exercises");
        context.setOffline(false);
        assertThat(page.locator("#sync-note")).hasText("Back online: 1 saved check was sent and graded.");
        assertThat(page.locator("#offline-banner")).isHidden();
        assertThat(page.locator("#badges-demo-derivative .badge[data-state=\"solved\"]")).isVisible();
        assertThat(page.locator("#exercise-list .badge[data-state=\"not-kept\"]")).hasCount(0);
        assertEquals("[]", page.evaluate("() => localStorage.getItem('gradlab.pending')"));

        JsonNode subs = submissions("gus", "demo-derivative");
        assertEquals(1, subs.size(), subs.toString());
        assertEquals(id, subs.get(0).path("clientAttemptId").asText());
        assertTrue(subs.get(0).path("correct").asBoolean());

        // sending the same attempt again (a lost answer, a second tab) records nothing more
        Object again = page.evaluate("body => fetch('api/me').then(r => r.json()).then(me => fetch("
                + "'api/exercises/demo-derivative/check', {method: 'POST', headers: {'Content-Type': 'application/json',"
                + " 'X-CSRF-Token': me.csrfToken}, body: body})).then(r => r.json()).then(j => j.recorded)", saved);
        assertEquals(Boolean.TRUE, again, "the server answers as for the first time");
        assertEquals(1, submissions("gus", "demo-derivative").size());
        screenshot("offline-synced");

        // the cached exercise holds gus's variant: logging out forgets it (the page then keeps the
        // practice variant, 0, for whoever uses the browser next); the app files stay
        int gusVariant = cachedVariant("demo-derivative");
        assertTrue(gusVariant > 0, "gus's own variant was kept");
        page.click("#logout");
        assertThat(page.locator("#nav-login")).isVisible();
        waitForAsync("async () => { const r = await caches.match('api/exercises/demo-derivative');"
                + " return (!r || (await r.json()).variant === 0)"
                + " && !!(await caches.match('api/exercises')) && !!(await caches.match('wasm/gradlab.wasm')); }",
                "logging out to forget gus's cached exercise");
        waitForAsync(EVERY_LISTED_EXERCISE_KEPT, "the practice variants to be kept");
        assertEquals(0, cachedVariant("demo-derivative"));
    }

    @Test
    void anExerciseStillLoadingWhenTheServiceWorkerTakesOverIsKeptForOffline() {
        // first visit: the exercise is requested before any service worker exists, and its answer
        // is held back until the worker is in control, so it arrives after the worker took over
        AtomicReference<Route> held = new AtomicReference<>();
        page.route("**/api/exercises/demo-derivative", held::set);
        open("/#/exercises/demo-derivative");
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        assertTrue(held.get() != null, "the exercise was requested before the worker took over");
        held.get().resume();
        page.unroute("**/api/exercises/demo-derivative");
        assertThat(page.locator("#exercise-title")).hasText("Derivative of a cube");
        waitForAsync("async () => !!(await caches.match('api/exercises/demo-derivative'))",
                "the service worker to keep the exercise");

        context.setOffline(true);
        Response doc = page.waitForResponse(r -> r.url().endsWith("/api/exercises/demo-derivative"), page::reload);
        assertTrue(doc.fromServiceWorker(), "the exercise came from the service worker");
        assertThat(page.locator("#exercise-title")).hasText("Derivative of a cube");
        assertThat(page.locator("#offline-banner")).containsText("Offline");
    }

    /** Whether every exercise of the list on screen is in the service worker's cache. */
    static final String EVERY_LISTED_EXERCISE_KEPT = "async () => {"
            + " const ids = [...document.querySelectorAll('#exercise-list a[href^=\"#/exercises/\"]')]"
            + ".map(a => a.getAttribute('href').substring('#/exercises/'.length));"
            + " const cache = await caches.open('gradlab-v1');"
            + " for (const id of ids) { if (!(await cache.match('api/exercises/' + id))) return false; }"
            + " return ids.length > 40; }";

    /** The variant of the cached document of {@code exercise}, or -1. */
    int cachedVariant(String exercise) {
        return ((Number) page.evaluate("async id => { const r = await caches.match('api/exercises/' + id);"
                + " return r ? (await r.json()).variant : -1; }", exercise)).intValue();
    }

    @Test
    void everyExerciseOfTheListIsKeptForOfflineUseAndForTheUserLoggedIn() {
        server().createStudent("ida");
        int assigned = ApiSession.login(server(), "ida", ServerProcess.STUDENT_PASSWORD)
                .getJson("/api/exercises/demo-misc").json().path("variant").asInt();
        assertTrue(assigned != 0, "the student's variant differs from the practice one");
        open("/");
        page.locator("#exercise-list a").first().waitFor();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        waitForAsync(EVERY_LISTED_EXERCISE_KEPT, "every listed exercise to be kept");
        assertEquals(0, cachedVariant("demo-misc"), "without a session, the practice variant");

        // after a login the documents kept are the student's own
        page.click("#nav-login");
        page.fill("#login-username", "ida");
        page.fill("#login-password", ServerProcess.STUDENT_PASSWORD);
        page.click("#login-submit");
        assertThat(page.locator("#account-name")).hasText("ida");
        page.locator("#exercise-list a").first().waitFor();
        waitForAsync(EVERY_LISTED_EXERCISE_KEPT, "every listed exercise to be kept again after the login");
        assertEquals(assigned, cachedVariant("demo-misc"));

        context.setOffline(true);
        page.reload();
        page.waitForFunction("() => window.gradlab && window.gradlab.ready");
        assertThat(page.locator("#exercise-list .badge[data-state=\"not-kept\"]")).hasCount(0);
        page.click("a[href=\"#/exercises/demo-misc\"]");
        assertThat(page.locator("#exercise-title")).hasText("Shapes, choices, counts and a network");
        assertThat(page.locator("#exercise .meta")).containsText("variant " + assigned);
        screenshot("offline-never-opened-exercise");
    }

    @Test
    void aProgramRunsItsPublicTestsOfflineAndIsGradedWhenBack() {
        loginAndOpen("hal", "demo-program");
        page.locator(".CodeMirror").waitFor();
        context.setOffline(true);
        page.click(".CodeMirror");
        page.keyboard().press("Control+A");
        page.keyboard().insertText("def mse(p, y):\n    return mean((p - y)**2)\n");
        page.click("#submit-code");
        Locator verdict = page.locator("#verdict-code .verdict-box");
        assertThat(verdict).hasAttribute("data-status", "queued");
        assertThat(verdict).containsText("Ran the 1 public test in your browser");
        assertThat(page.locator("#output-code .test-values")).containsText("mse(p, y) = 2");
        screenshot("offline-program");

        context.setOffline(false);
        assertThat(verdict).hasAttribute("data-status", "correct");
        assertThat(verdict).containsText("All 2 tests pass.");
        assertThat(page.locator("#check-status")).containsText("Graded now that the server is back");
        assertEquals(1, submissions("hal", "demo-program").size());
    }
}
