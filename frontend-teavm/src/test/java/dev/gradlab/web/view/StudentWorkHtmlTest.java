package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudentWorkHtmlTest {
    private static final ExerciseDoc DOC = ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE);

    /** A submission as GET /api/submissions lists it, with the grader's real result. */
    private static String submission(String when, Map<String, String> answers) {
        String result = ExerciseFixtures.check(ExerciseFixtures.DERIVATIVE, answers, Map.of());
        CheckResultView r = CheckResultView.parse(result);
        StringBuilder a = new StringBuilder("{");
        answers.forEach((k, v) -> a.append(a.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
        return "{\"id\": 1, \"username\": \"cy\", \"exerciseId\": \"demo-derivative\", \"variant\": 0, \"score\": " + r.score
                + ", \"correct\": " + r.correct + ", \"submittedAt\": \"" + when + "\", \"answers\": " + a + "}, \"result\": "
                + result + "}";
    }

    @Test
    void eachCheckShowsItsPartsVerdictsAndTheRecognisedMistake() {
        int a = Integer.parseInt(DOC.statement.replaceAll("(?s).*= (\\d+) x\\^3.*", "$1"));
        String json = "{\"submissions\": [" + submission("2026-11-28T10:05:00Z", Map.of("df", "3*" + a + "*x^2", "value", "" + 12 * a))
                + "," + submission("2026-11-28T10:01:00Z", Map.of("df", "3*" + a + "*x^3", "value", "1")) + "]}";
        String html = StudentWorkHtml.html("cy", json);
        assertTrue(html.startsWith("<p class=\"student-summary\">2 checks on 1 exercise, 1 solved (newest first).</p>"), html);
        assertTrue(html.contains("<tr data-exercise=\"demo-derivative\" data-correct=\"true\"><td>2026-11-28 10:05:00 UTC</td>"
                + "<td><a href=\"#/exercises/demo-derivative\">demo-derivative</a></td><td>0</td><td>\u2713 100 %</td>"), html);
        assertTrue(html.contains("<li data-part=\"df\" data-status=\"incorrect\"><span class=\"part-name\">df</span> <code>3*"
                + a + "*x^3</code> incorrect <span class=\"mistake-id\">kept-exponent</span></li>"), html);
        assertEquals(2, html.split("<tr data-exercise=", -1).length - 1);
    }

    @Test
    void aStudentWithoutChecksGetsASentence() {
        assertEquals("<p class=\"muted\">dee has not checked any answer yet.</p>",
                StudentWorkHtml.html("dee", "{\"submissions\": []}"));
    }
}
