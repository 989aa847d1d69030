package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstructorViewsTest {
    @Test
    void csvFieldsMayBeQuoted() {
        assertEquals(List.of(List.of("username", "a,b"), List.of("x\"y", "")),
                CsvText.parse("username,\"a,b\"\r\n\"x\"\"y\",\r\n"));
        assertEquals(List.of(List.of("a", "b")), CsvText.parse("a,b"));
        assertThrows(IllegalArgumentException.class, () -> CsvText.parse("\"open"));
    }

    @Test
    void theGradebookShowsPercentagesDashesAndAverages() {
        String csv = "username,demo-derivative,demo-misc\r\nada,1,0.3333\r\nbob,0.5,\r\n";
        String html = GradebookHtml.table(csv);
        assertTrue(html.contains("(2 students)"), html);
        assertTrue(html.contains("<tr data-user=\"ada\"><th scope=\"row\"><button type=\"button\" class=\"student-link\""
                + " data-action=\"student\" data-part=\"ada\" aria-label=\"ada: show the work\">ada</button></th>"
                + "<td data-score=\"1\">100%</td>"
                + "<td data-score=\"0.3333\">33%</td></tr>"), html);
        assertTrue(html.contains("<tr data-user=\"bob\"><th scope=\"row\"><button type=\"button\" class=\"student-link\""
                + " data-action=\"student\" data-part=\"bob\" aria-label=\"bob: show the work\">bob</button></th>"
                + "<td data-score=\"0.5\">50%</td>"
                + "<td class=\"none\"><span aria-label=\"not attempted\">\u2013</span></td></tr>"), html);
        assertTrue(html.contains("<tfoot><tr><th scope=\"row\">average of those who tried</th><td>75%</td><td>33%</td>"), html);
    }

    @Test
    void mistakesAreBarsSizedByTheShareOfStudents() {
        String json = "{\"exerciseId\":\"demo-derivative\",\"students\":4,\"parts\":{"
                + "\"df\":{\"mistakes\":{\"kept-exponent\":1,\"dropped-factor\":3}},\"value\":{\"mistakes\":{}}}}";
        String html = AnalyticsHtml.html(json);
        assertTrue(html.contains("4 students have attempted <code>demo-derivative</code>."), html);
        assertTrue(html.indexOf("data-mistake=\"dropped-factor\"") < html.indexOf("data-mistake=\"kept-exponent\""),
                "the most common mistake first");
        assertTrue(html.contains("data-mistake=\"kept-exponent\" data-students=\"1\""), html);
        int span = AnalyticsHtml.WIDTH - AnalyticsHtml.LABEL - 120;
        assertTrue(html.contains("class=\"bar-fill\" x=\"190\" y=\"8\" width=\"" + Math.round(0.75 * span) + "\""), html);
        assertTrue(html.contains(">3 of 4</text>"), html);
        assertTrue(html.contains("<desc id=\"analytics-desc-df\">Students who made each mistake: dropped factor: 3 of 4;"
                + " kept exponent: 1 of 4.</desc>"), html);
        assertTrue(html.contains("<section class=\"analytics-part\" data-part=\"value\"><h3 id=\"analytics-title-value\">"
                + "Part <code>value</code></h3><p class=\"muted\">No recognised mistakes.</p>"), html);
        assertTrue(AnalyticsHtml.html("{\"exerciseId\":\"x\",\"students\":0,\"parts\":{}}").contains("No recorded attempts yet."));
    }

    @Test
    void anUploadReportsCreatedAccountsAndRejectedLines() {
        String html = AnalyticsHtml.uploadReport("{\"created\":[{\"line\":2,\"username\":\"ada\",\"role\":\"student\"}],"
                + "\"errors\":[{\"line\":3,\"field\":\"password\",\"message\":\"too short\"}]}");
        assertTrue(html.contains("Created 1 account; 1 line was not accepted."), html);
        assertTrue(html.contains("<li><strong>ada</strong> (student)</li>"), html);
        assertTrue(html.contains("<li>Line 3, password: too short</li>"), html);
    }
}
