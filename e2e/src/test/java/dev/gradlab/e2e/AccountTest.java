package dev.gradlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts in the browser: logging in and out from the navigation, a student's recorded check and
 * the badge it earns on the list, the instructor's gradebook, mistake analytics and CSV upload.
 */
class AccountTest extends PageTest {
    /** Logs in through the form at #/login (reached from the navigation). */
    void login(String user, String password) {
        page.click("#nav-login");
        page.fill("#login-username", user);
        page.fill("#login-password", password);
        page.click("#login-submit");
    }

    /** The parameter a of demo-derivative (f = a x^3) in the variant the server gives {@code student}. */
    static int coefficient(ApiSession student) {
        JsonNode doc = student.getJson("/api/exercises/demo-derivative").json();
        Matcher m = Pattern.compile("f\\(x\\) = (\\d+) x\\^3").matcher(doc.path("statement").asText());
        assertTrue(m.find(), doc.path("statement").asText());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aStudentLogsInAndOut() {
        server().createStudent("ada");
        open("/");
        page.locator("#exercise-list a").first().waitFor();
        assertEquals("wasm", page.evaluate("() => window.gradlab.engine"), "Chromium runs the WasmGC build");
        assertThat(page.locator("#nav-user-item")).isHidden();

        expectConsoleError("status of 401"); // the wrong password, and /api/me after logging out
        login("ada", "not-the-password");
        assertThat(page.locator("#login-error")).hasText("Wrong username or password.");
        assertThat(page.locator("#login-password")).isFocused();

        page.fill("#login-password", ServerProcess.STUDENT_PASSWORD);
        page.click("#login-submit");
        assertThat(page.locator("#account-name")).hasText("ada");
        assertThat(page.locator("#nav-login-item")).isHidden();
        assertThat(page.locator("#nav-instructor-item")).isHidden();
        assertThat(page.locator("#view-list")).isVisible();
        assertTrue(page.url().endsWith("#/"), "back where the student came from: " + page.url());
        assertEquals("ada", page.evaluate("() => fetch('api/me').then(r => r.json()).then(j => j.username)"));
        screenshot("account-logged-in");

        page.reload();
        assertThat(page.locator("#account-name")).hasText("ada");

        page.click("#logout");
        assertThat(page.locator("#nav-login")).isVisible();
        assertThat(page.locator("#nav-user-item")).isHidden();
        assertEquals(401, ((Number) page.evaluate("() => fetch('api/me').then(r => r.status)")).intValue());
    }

    @Test
    void aStudentsCheckIsRecordedAndTheListShowsTheBadge() {
        server().createStudent("bea");
        ApiSession bea = ApiSession.login(server(), "bea", ServerProcess.STUDENT_PASSWORD);
        int a = coefficient(bea);
        int variant = bea.getJson("/api/exercises/demo-derivative").json().path("variant").asInt();
        assertTrue(variant > 0, "students get an assigned variant, not the practice one");

        open("/#/login");
        page.fill("#login-username", "bea");
        page.fill("#login-password", ServerProcess.STUDENT_PASSWORD);
        page.click("#login-submit");
        assertThat(page.locator("#account-name")).hasText("bea");
        page.click("a[href=\"#/exercises/demo-derivative\"]");
        assertThat(page.locator("#exercise .meta")).containsText("variant " + variant);

        page.fill("#answer-df", "3*" + a + "*x^2");
        page.fill("#answer-value", Integer.toString(12 * a));
        page.click("#check");
        assertThat(page.locator("#check-status")).hasText("All 2 parts correct. Recorded.");

        JsonNode subs = bea.getJson("/api/submissions?exercise=demo-derivative").json().path("submissions");
        assertEquals(1, subs.size(), subs.toString());
        assertEquals(variant, subs.get(0).path("variant").asInt());
        assertEquals(1.0, subs.get(0).path("score").asDouble());
        assertFalse(subs.get(0).path("clientAttemptId").asText().isEmpty(), "every check carries a client attempt id");

        page.click("#nav-exercises");
        Locator solved = page.locator("#badges-demo-derivative .badge[data-state=\"solved\"]");
        assertThat(solved).hasText("\u2713 Solved");
        assertThat(page.locator("#badges-demo-derivative .badge-meta")).hasText("best 100% \u00b7 1 attempt");

        page.click("a[href=\"#/exercises/demo-misc\"]");
        page.check("#answer-tf-T");
        page.click("#check");
        assertThat(page.locator("#check-status")).containsText("Recorded.");
        page.click("#nav-exercises");
        assertThat(page.locator("#badges-demo-misc .badge[data-state=\"attempted\"]")).isVisible();
        assertThat(page.locator("#badges-demo-program")).isEmpty();
        screenshot("account-progress-badges");
    }

    @Test
    void aStudentSeesTheirAttemptsAndCanUseAnAttemptsAnswersAgain() {
        server().createStudent("dot");
        int a = coefficient(ApiSession.login(server(), "dot", ServerProcess.STUDENT_PASSWORD));
        open("/#/login");
        page.fill("#login-username", "dot");
        page.fill("#login-password", ServerProcess.STUDENT_PASSWORD);
        page.click("#login-submit");
        assertThat(page.locator("#account-name")).hasText("dot");
        page.click("a[href=\"#/exercises/demo-derivative\"]");
        page.locator("#exercise-title").waitFor();
        assertThat(page.locator("#attempts")).hasCount(0);

        page.fill("#answer-df", "x^3");
        page.fill("#answer-value", "1");
        page.click("#check");
        assertThat(page.locator("#attempts summary")).hasText("Your attempts (1)");
        page.fill("#answer-df", "3*" + a + "*x^2");
        page.fill("#answer-value", Integer.toString(12 * a));
        page.click("#check");
        assertThat(page.locator("#check-status")).hasText("All 2 parts correct. Recorded.");
        assertThat(page.locator("#attempts summary")).hasText("Your attempts (2)");
        page.click("#attempts summary");
        Locator rows = page.locator("#attempts tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).hasAttribute("data-correct", "true");
        assertThat(rows.nth(0).locator("td").nth(2)).hasText("\u2713 100 %");
        assertThat(rows.nth(1)).hasAttribute("data-correct", "false");
        assertThat(rows.nth(1).locator("code").first()).hasText("x^3");
        screenshot("account-attempts");

        // a reload empties the fields; the older attempt's answers come back with one click
        page.reload();
        page.locator("#attempts summary").click();
        assertThat(page.locator("#answer-df")).hasValue("");
        page.locator("#attempts tbody tr").nth(1).locator("button[data-action=restore]").click();
        assertThat(page.locator("#answer-df")).hasValue("x^3");
        assertThat(page.locator("#answer-value")).hasValue("1");
        assertThat(page.locator("#preview-df .katex")).isVisible();
        assertThat(page.locator("#check-status")).hasText("The answers of attempt 1 are back in the fields: Check grades them again.");
        page.locator("#attempts tbody tr").nth(0).locator("button[data-action=restore]").click();
        page.click("#check");
        assertThat(page.locator("#check-status")).hasText("All 2 parts correct. Recorded.");
        assertThat(page.locator("#attempts summary")).hasText("Your attempts (3)");
        assertThat(page.locator("#attempts")).hasAttribute("open", "");
    }

    @Test
    void theInstructorSeesTheGradebookAndTheMistakesAndCreatesStudents() throws IOException {
        server().createStudent("cy");
        ApiSession cy = ApiSession.login(server(), "cy", ServerProcess.STUDENT_PASSWORD);
        int a = coefficient(cy);
        ServerProcess.Response r = cy.postJson("/api/exercises/demo-derivative/check",
                "{\"answers\": {\"df\": \"3*" + a + "*x^3\", \"value\": \"" + 12 * a + "\"}}");
        assertEquals("kept-exponent", r.json().path("parts").path("df").path("mistake").asText(), r.text());

        open("/");
        login(ServerProcess.INSTRUCTOR, ServerProcess.INSTRUCTOR_PASSWORD);
        assertThat(page.locator("#nav-instructor-item")).isVisible();
        page.click("#nav-instructor");
        assertThat(page.locator("#nav-instructor")).hasAttribute("aria-current", "page");

        Locator row = page.locator("#gradebook-table tr[data-user=\"cy\"]");
        assertThat(row.locator("th")).hasText("cy");
        int col = ((Number) page.evaluate("() => [...document.querySelectorAll('#gradebook-table thead th')]"
                + ".findIndex(th => th.textContent === 'demo-derivative')")).intValue();
        assertTrue(col > 0, "a column for demo-derivative");
        String best = Math.round(r.json().path("score").asDouble() * 100) + "%";
        assertThat(row.locator("td").nth(col - 1)).hasText(best);

        // the student's name shows their work: the check, its verdicts and the recognised mistake
        row.locator("th button").click();
        assertThat(page.locator("#student-heading")).hasText("Work of cy");
        assertThat(page.locator("#student-heading")).isFocused();
        assertThat(page.locator("#student-work .student-summary")).hasText("1 check on 1 exercise, 0 solved (newest first).");
        Locator check = page.locator("#student-table tbody tr");
        assertThat(check).hasCount(1);
        assertThat(check.locator("li[data-part=df]")).hasAttribute("data-status", "incorrect");
        assertThat(check.locator("li[data-part=df] .mistake-id")).hasText("kept-exponent");
        assertThat(check.locator("li[data-part=value]")).hasAttribute("data-status", "correct");

        Download download = page.waitForDownload(() -> page.click("#gradebook-download"));
        String csv = Files.readString(download.path());
        assertTrue(csv.startsWith("username,"), csv);
        assertTrue(csv.contains("\r\ncy,"), csv);

        page.selectOption("#analytics-exercise", "demo-derivative");
        Locator bar = page.locator("#analytics-chart-df g.bar[data-mistake=\"kept-exponent\"]");
        assertThat(bar).hasAttribute("data-students", Pattern.compile("[1-9]\\d*"));
        assertThat(bar.locator("text.bar-value")).containsText(" of ");
        screenshot("instructor-gradebook-analytics");
        page.setViewportSize(390, 844);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertEquals(0, ((Number) overflow).intValue(), "the wide gradebook scrolls inside its box at 390 px");
        screenshot("instructor-390px");
        page.setViewportSize(1280, 900);

        page.fill("#users-csv", "username,password\ndee,dee-password-123\nx y,short\n");
        page.click("#users-submit");
        Locator summary = page.locator("#users-result .upload-summary");
        assertThat(summary).hasAttribute("data-created", "1");
        assertThat(summary).hasAttribute("data-errors", "1");
        assertThat(page.locator("#users-result .upload-errors li")).containsText("Line 3");
        assertThat(page.locator("#gradebook-table tr[data-user=\"dee\"]")).hasCount(1);
        ApiSession.login(server(), "dee", "dee-password-123");
    }
}
