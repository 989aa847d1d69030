package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttemptQueueTest {
    private static AttemptQueue.Attempt offlineCheck(String id, String user, String exercise) {
        ExerciseSession s = new ExerciseSession(ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE));
        s.answer("df", "9*x^2");
        s.answer("value", "36");
        s.beginCheck(id);
        AttemptQueue.Attempt a = s.queue(id, user, 1000);
        return exercise.equals(a.exerciseId) ? a
                : new AttemptQueue.Attempt(id, user, exercise, a.variant, a.answers, a.hintsShown, a.createdAt);
    }

    @Test
    void aQueuedCheckIsSentWithItsClientAttemptId() {
        AttemptQueue.Attempt a = offlineCheck("c1", "ada", "demo-derivative");
        assertEquals("{\"variant\":0,\"answers\":{\"df\":\"9*x^2\",\"value\":\"36\"},\"hintsShown\":{\"df\":0,\"value\":0},"
                + "\"clientAttemptId\":\"c1\"}", a.checkBody());
    }

    @Test
    void theQueueSurvivesAReloadThroughItsJson() {
        AttemptQueue q = new AttemptQueue();
        q.add(offlineCheck("c1", "ada", "demo-derivative"));
        q.add(offlineCheck("c2", "ada", "demo-misc"));
        q.add(offlineCheck("c3", "bob", "demo-misc"));
        q.add(offlineCheck("c1", "ada", "demo-derivative"));
        assertEquals(3, q.size(), "the same attempt is queued once");
        AttemptQueue back = AttemptQueue.parse(q.json());
        assertEquals(3, back.size());
        assertEquals(q.find("c1").checkBody(), back.find("c1").checkBody());
        assertEquals(Map.of("demo-derivative", 1, "demo-misc", 1), back.pendingByExercise("ada"));
        assertEquals(List.of("c3"), back.of("bob").stream().map(a -> a.clientAttemptId).toList());
    }

    @Test
    void aSentAttemptLeavesTheQueueOnce() {
        AttemptQueue q = new AttemptQueue();
        q.add(offlineCheck("c1", "ada", "demo-derivative"));
        assertTrue(q.remove("c1"));
        assertFalse(q.remove("c1"));
        assertEquals(0, q.of("ada").size());
    }

    @Test
    void unreadableStorageIsAnEmptyQueue() {
        assertEquals(0, AttemptQueue.parse(null).size());
        assertEquals(0, AttemptQueue.parse("[{\"clientAttemptId\":\"\"}]").size());
        assertEquals(0, AttemptQueue.parse("{oops").size());
    }

    @Test
    void aCheckThatCouldNotBeSentLetsTheStudentGoOn() {
        ExerciseSession s = new ExerciseSession(ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE));
        String body = s.beginCheck("c9");
        assertTrue(body.endsWith(",\"clientAttemptId\":\"c9\"}"), body);
        s.queue("c9", "", 0);
        assertEquals(ExerciseSession.Phase.EDITING, s.phase());
    }
}
