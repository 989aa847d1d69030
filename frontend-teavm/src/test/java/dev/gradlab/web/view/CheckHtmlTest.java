package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckHtmlTest {
    @Test
    void aCorrectPartSaysSoInWordsAndWithASymbol() {
        ExerciseDoc doc = ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE);
        CheckResultView r = CheckResultView.parse(ExerciseFixtures.check(ExerciseFixtures.DERIVATIVE,
                Map.of("df", "9*x^2", "value", "36"), Map.of()));
        String html = CheckHtml.verdict(doc.part("df"), r.part("df"), "9*x^2");
        assertTrue(html.startsWith("<div class=\"verdict-box\" data-status=\"correct\"><p class=\"verdict-line\">"
                + "<span class=\"verdict-symbol\" aria-hidden=\"true\">\u2713</span> <strong class=\"verdict-status\">Correct</strong></p>"), html);
        assertEquals("All 2 parts correct.", CheckHtml.summary(r));
        CheckResultView bare = CheckResultView.parse("{\"correct\":true,\"score\":1,\"parts\":{\"value\":"
                + "{\"status\":\"correct\",\"score\":1,\"feedback\":\"Correct.\",\"mistake\":null}}}");
        assertEquals(-1, CheckHtml.verdict(doc.part("value"), bare.part("value"), "36").indexOf("class=\"feedback\""),
                "a bare 'Correct.' is not repeated under the status");
    }

    @Test
    void aKnownMistakeShowsItsFeedbackAndName() {
        ExerciseDoc doc = ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE);
        CheckResultView r = CheckResultView.parse(ExerciseFixtures.check(ExerciseFixtures.DERIVATIVE,
                Map.of("df", "9*x^3"), Map.of()));
        String html = CheckHtml.verdict(doc.part("df"), r.part("df"), "9*x^3");
        assertTrue(html.contains("<strong class=\"verdict-status\">Incorrect</strong>"), html);
        assertTrue(html.contains("Lower the exponent by one after bringing it down."), html);
        assertTrue(html.contains("Recognised mistake: <span class=\"mistake-id\">kept exponent</span>"), html);
        assertEquals("0 of 2 parts correct · score 0%.", CheckHtml.summary(r));
        assertEquals("Bring the exponent down.", r.part("df").hint);
    }

    @Test
    void matrixEntriesAreAGridOfMarks() {
        ExerciseDoc doc = ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE);
        String json = "{\"correct\":false,\"score\":0,\"parts\":{\"W\":{\"status\":\"incorrect\",\"score\":0,"
                + "\"feedback\":\"1 of 4 entries are wrong.\",\"mistake\":null,\"entries\":["
                + "{\"status\":\"correct\",\"feedback\":\"\"},{\"status\":\"incorrect\",\"feedback\":\"entry (1, 2) is wrong\"},"
                + "{\"status\":\"correct\",\"feedback\":\"\"},{\"status\":\"correct\",\"feedback\":\"\"}]}}}";
        CheckResultView r = CheckResultView.parse(json);
        String html = CheckHtml.matrixEntries(r.part("W").entries, "[[2, 1], [0, 2]]");
        assertTrue(html.contains("<tr><td data-status=\"correct\" title=\"correct\">2 "), html);
        assertTrue(html.contains("<td data-status=\"incorrect\" title=\"entry (1, 2) is wrong\">1 "), html);
        assertEquals(2, html.split("<tr>", -1).length - 1);
        assertTrue(CheckHtml.matrixEntries(r.part("W").entries, "[[2, 1, 0]]").startsWith("<ul class=\"entries\">"),
                "a shape that does not match falls back to a list");
        assertTrue(doc.parts.size() > 0);
    }

    @Test
    void programTestsAreListed() {
        ExerciseDoc doc = ExerciseFixtures.doc(ExerciseFixtures.PROGRAM);
        String program = "def mse(p, y):\n    return mean((p - y)**2)\n";
        CheckResultView r = CheckResultView.parse(ExerciseFixtures.check(ExerciseFixtures.PROGRAM, Map.of("code", program), Map.of()));
        assertEquals("correct", r.part("code").status);
        String html = CheckHtml.verdict(doc.part("code"), r.part("code"), program);
        assertTrue(html.contains("All 2 tests pass."), html);
        assertTrue(html.contains("<li data-status=\"correct\"><span class=\"verdict-symbol\" aria-hidden=\"true\">\u2713</span>"
                + " <span class=\"visually-hidden\">Correct: </span>small: passed</li>"), html);
    }

    @Test
    void hintsAreNumberedOutOfTheirCount() {
        assertEquals("", CheckHtml.hints(java.util.List.of(), 2));
        assertEquals("<p class=\"hints-title\">Hint <span class=\"muted\">(1 of 2)</span></p><ol class=\"hint-list\">"
                + "<li>Use <span class=\"math\" data-tex=\"\\cos\">\\cos</span>.</li></ol>",
                CheckHtml.hints(java.util.List.of("Use $\\cos$."), 2));
    }
}
