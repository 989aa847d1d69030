package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttemptsHtmlTest {
    private static final ExerciseDoc DOC = ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE);

    /** GET /api/submissions?exercise=demo-derivative as the server answers it: newest first. */
    private static final String JSON = "{\"submissions\": ["
            + "{\"id\": 9, \"exerciseId\": \"demo-derivative\", \"variant\": 0, \"score\": 1.0, \"correct\": true,"
            + " \"submittedAt\": \"2026-11-28T10:05:00Z\", \"answers\": {\"df\": \"3*a*x^2\", \"value\": \"12\"}},"
            + "{\"id\": 4, \"exerciseId\": \"demo-derivative\", \"variant\": 0, \"score\": 0.5, \"correct\": false,"
            + " \"submittedAt\": \"2026-11-28T10:01:00Z\", \"answers\": {\"df\": \"x^3\", \"value\": \"" + "9".repeat(60) + "\"}}]}";

    @Test
    void attemptsAreReadWithTheirAnswersNewestFirst() {
        List<AttemptsHtml.Attempt> list = AttemptsHtml.parse(JSON);
        assertEquals(2, list.size());
        assertEquals(Map.of("df", "3*a*x^2", "value", "12"), list.get(0).answers);
        assertTrue(list.get(0).correct);
        assertEquals(0.5, list.get(1).score);
    }

    @Test
    void eachRowHasItsNumberTimeScoreAnswersAndAButtonToUseThem() {
        String html = AttemptsHtml.html(AttemptsHtml.parse(JSON), DOC);
        assertTrue(html.startsWith("<details class=\"attempts\" id=\"attempts\"><summary>Your attempts (2)</summary>"), html);
        assertTrue(html.contains("<tr data-attempt=\"0\" data-correct=\"true\"><td>2</td><td>2026-11-28 10:05:00 UTC</td>"
                + "<td>\u2713 100 %</td>"), html);
        assertTrue(html.contains("<td>1</td><td>2026-11-28 10:01:00 UTC</td><td>50 %</td>"), html);
        assertTrue(html.contains("<code>3*a*x^2</code>"), html);
        assertTrue(html.contains("<code>" + "9".repeat(47) + "\u2026</code>"), "a long answer is cut: " + html);
        assertTrue(html.contains("data-action=\"restore\" data-part=\"1\""), html);
    }

    @Test
    void noAttemptsShowNothingAndAProgramIsShownAsItsLineCount() {
        assertEquals("", AttemptsHtml.html(List.of(), DOC));
        assertEquals("program, 2 lines", AttemptsHtml.shown("def f(x):\n    return x\n", "program"));
        assertEquals("program, 1 line", AttemptsHtml.shown("x = 1", "program"));
    }
}
