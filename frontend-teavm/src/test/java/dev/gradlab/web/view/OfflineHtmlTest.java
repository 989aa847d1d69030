package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineHtmlTest {
    @Test
    void aQueuedProgramPartSaysItsPublicTestsRanHere() {
        ExerciseDoc.Part code = ExerciseFixtures.doc(ExerciseFixtures.PROGRAM).part("code");
        String html = OfflineHtml.queuedVerdict(code, 1, false);
        assertTrue(html.contains("data-status=\"queued\""), html);
        assertTrue(html.contains("Will be checked when online"), html);
        assertTrue(html.contains("Ran the 1 public test in your browser"), html);
        assertTrue(html.contains("and the hidden ones,"), "the fixture has a hidden test: " + html);
        assertTrue(OfflineHtml.queuedVerdict(code, 0, true).contains("stopped with an error"));
    }

    @Test
    void otherPartsJustWait() {
        ExerciseDoc.Part df = ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE).part("df");
        String html = OfflineHtml.queuedVerdict(df, -1, false);
        assertTrue(html.contains("Will be checked when online"), html);
        assertTrue(!html.contains("feedback"), html);
    }

    @Test
    void theBannerAndSummaryCountTheWaitingChecks() {
        assertTrue(OfflineHtml.banner(0).startsWith("Offline \u2014 the server cannot be reached."));
        assertTrue(OfflineHtml.banner(2).contains("(2 checks wait)"));
        assertTrue(OfflineHtml.queuedSummary(1).endsWith("(1 check waits)."));
        assertTrue(OfflineHtml.synced(1).equals("Back online: 1 saved check was sent and graded."));
    }
}
