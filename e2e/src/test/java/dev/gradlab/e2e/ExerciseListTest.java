package dev.gradlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start page: every exercise the server offers, grouped by topic, each a link to its page. */
class ExerciseListTest extends PageTest {
    @Test
    void theListShowsEveryTopicAndALinkToEachExercise() {
        JsonNode api = server().getJson("/api/exercises").json();
        assertTrue(api.size() >= 3, "the e2e fixtures are served: " + api);
        List<String> topics = new ArrayList<>();
        List<String> hrefs = new ArrayList<>();
        for (JsonNode e : api) {
            if (!topics.contains(e.path("topic").asText())) {
                topics.add(e.path("topic").asText());
            }
            hrefs.add("#/exercises/" + e.path("id").asText());
        }

        open("/");
        page.locator("#exercise-list a").first().waitFor();
        screenshot("exercise-list");

        Locator headings = page.locator("#exercise-list section.topic h2");
        assertEquals(topics.size(), headings.count());
        for (int i = 0; i < topics.size(); i++) {
            assertTrue(headings.nth(i).textContent().startsWith(topics.get(i)), headings.nth(i).textContent());
        }
        Locator links = page.locator("#exercise-list a");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < links.count(); i++) {
            shown.add(links.nth(i).getAttribute("href"));
        }
        assertEquals(hrefs, shown);
        assertThat(page.locator("a[href=\"#/exercises/demo-derivative\"]")).hasText("Derivative of a cube");
        assertThat(page.locator("#nav-exercises")).hasAttribute("aria-current", "page");
    }

    @Test
    void aLinkOpensTheExerciseAndTheNavLeadsBack() {
        open("/");
        page.click("a[href=\"#/exercises/demo-derivative\"]");
        assertThat(page.locator("#exercise-title")).hasText("Derivative of a cube");
        assertTrue(page.url().endsWith("#/exercises/demo-derivative"), page.url());
        assertThat(page.locator("#view-list")).isHidden();

        page.click("#nav-stepper");
        assertThat(page.locator("#view-stepper")).isVisible();
        assertThat(page.locator("#nav-stepper")).hasAttribute("aria-current", "page");
        page.locator("svg#graph g.node").first().waitFor();

        page.goBack();
        assertThat(page.locator("#exercise-title")).isVisible();
        page.click("#nav-exercises");
        assertThat(page.locator("#view-list")).isVisible();
    }

    @Test
    void theKeyboardReachesAnExercise() {
        open("/");
        page.locator("#exercise-list a").first().waitFor();
        String first = page.locator("#exercise-list a").first().getAttribute("href");
        for (int i = 0; i < 12; i++) {
            page.keyboard().press("Tab");
            Object href = page.evaluate("() => document.activeElement.getAttribute('href')");
            if (first.equals(href)) {
                page.keyboard().press("Enter");
                assertThat(page.locator("#exercise-title")).isFocused();
                return;
            }
        }
        throw new AssertionError("Tab never reached the first exercise link");
    }
}
