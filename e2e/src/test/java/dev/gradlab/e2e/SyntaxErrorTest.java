package dev.gradlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A program that does not parse: the page says where, and keeps what the student typed. */
class SyntaxErrorTest extends PageTest {
    static final String BROKEN = "f = 0.5*exp(x1 +";

    @Test
    void theErrorShowsTheLineAndColumnTheServerReportsAndTheSourceIsKept() {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("source", BROKEN);
        body.putObject("inputs");
        JsonNode error = server().postJson("/api/autodiff/trace", body.toString()).json().path("error");
        assertEquals("syntax", error.path("code").asText());
        String where = "line " + error.path("line").asInt() + ", column " + error.path("column").asInt();

        open("/#/stepper");
        page.fill("#source", BROKEN);
        page.click("#build");

        assertThat(page.locator("#error")).isVisible();
        assertThat(page.locator("#error")).containsText(where);
        assertEquals(BROKEN, page.inputValue("#source"));
    }
}
