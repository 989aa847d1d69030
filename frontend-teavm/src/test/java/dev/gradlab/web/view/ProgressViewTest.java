package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressViewTest {
    private static final String JSON = "{\"exercises\":{\"demo-derivative\":{\"bestScore\":1.0,\"attempts\":2,\"solved\":true},"
            + "\"demo-misc\":{\"bestScore\":0.4,\"attempts\":1,\"solved\":false}}}";

    @Test
    void solvedAttemptedAndUntouchedExercisesGetTheirBadges() {
        ProgressView p = ProgressView.parse(JSON);
        String solved = p.badge("demo-derivative", 0);
        assertTrue(solved.contains("data-state=\"solved\""), solved);
        assertTrue(solved.contains("Solved</span> <span class=\"badge-meta\">best 100% \u00b7 2 attempts</span>"), solved);
        String tried = p.badge("demo-misc", 0);
        assertTrue(tried.contains("data-state=\"attempted\""), tried);
        assertTrue(tried.contains("best 40% \u00b7 1 attempt<"), tried);
        assertEquals("", p.badge("demo-program", 0));
        assertNull(p.get("demo-program"));
    }

    @Test
    void checksWaitingOfflineAreCounted() {
        String b = ProgressView.empty().badge("demo-program", 2);
        assertTrue(b.contains("data-state=\"pending\""), b);
        assertTrue(b.contains("2 checks wait to be sent"), b);
        assertTrue(ProgressView.parse(JSON).badge("demo-misc", 1).contains("1 check waits to be sent"));
    }

    @Test
    void progressIsStoredInTheServersShape() {
        ProgressView p = ProgressView.parse(JSON);
        ProgressView back = ProgressView.fromStorage(p.json());
        assertEquals(2, back.size());
        assertEquals(0.4, back.get("demo-misc").bestScore, 1e-12);
        assertTrue(back.get("demo-derivative").solved);
        assertEquals(0, ProgressView.fromStorage("{broken").size());
    }
}
