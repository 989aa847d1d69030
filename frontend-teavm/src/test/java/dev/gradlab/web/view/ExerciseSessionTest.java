package dev.gradlab.web.view;

import dev.gradlab.core.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExerciseSessionTest {
    private static Map<String, Object> body(String json) {
        return JsonData.object(JsonReader.parse(json));
    }

    @Test
    void aCheckSendsTheVariantTheAnswersAndTheHintsSeen() {
        ExerciseSession s = new ExerciseSession(ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE));
        s.answer("df", "9*x^2");
        s.answer("nope", "ignored");
        assertEquals("{\"variant\":0,\"answers\":{\"df\":\"9*x^2\",\"value\":\"\"},\"hintsShown\":{\"df\":0,\"value\":0}}",
                s.beginCheck());
        assertEquals(ExerciseSession.Phase.CHECKING, s.phase());
        assertNull(s.beginCheck(), "one check at a time");
    }

    @Test
    void eachIncorrectCheckRevealsTheNextHintUntilNoneAreLeft() {
        String ex = ExerciseFixtures.DERIVATIVE;
        ExerciseSession s = new ExerciseSession(ExerciseFixtures.doc(ex));
        s.answer("df", "9*x^3");
        for (int round = 1; round <= 3; round++) {
            Map<String, Object> sent = body(s.beginCheck());
            Map<String, Integer> shown = Map.of("df", JsonData.integer(JsonData.object(sent, "hintsShown"), "df", -1));
            CheckResultView r = s.accept(ExerciseFixtures.check(ex, Map.of("df", "9*x^3"), shown));
            assertEquals("incorrect", r.part("df").status);
        }
        assertEquals(List.of("Bring the exponent down.", "Then lower the exponent by one."), s.hints("df"));
        assertEquals(2, JsonData.integer(JsonData.object(body(s.beginCheck()), "hintsShown"), "df", -1));
    }

    @Test
    void correctAndUnreadableAnswersRevealNoHint() {
        String ex = ExerciseFixtures.DERIVATIVE;
        ExerciseSession s = new ExerciseSession(ExerciseFixtures.doc(ex));
        s.beginCheck();
        s.accept(ExerciseFixtures.check(ex, Map.of("df", "9*x^2", "value"," 36"), Map.of()));
        assertEquals(List.of(), s.hints("df"));
        s.beginCheck();
        CheckResultView r = s.accept(ExerciseFixtures.check(ex, Map.of("df", "9*x^"), Map.of()));
        assertEquals("invalid", r.part("df").status);
        assertEquals(List.of(), s.hints("df"));
    }

    @Test
    void aFailedCheckCanBeRetried() {
        ExerciseSession s = new ExerciseSession(ExerciseFixtures.doc(ExerciseFixtures.DERIVATIVE));
        s.beginCheck();
        s.failCheck();
        assertEquals(ExerciseSession.Phase.EDITING, s.phase());
        assertEquals(true, s.beginCheck() != null);
    }

    @Test
    void programPartsStartWithTheStarter() {
        ExerciseSession s = new ExerciseSession(ExerciseFixtures.doc(ExerciseFixtures.PROGRAM));
        assertEquals("def mse(p, y):\n    return ___\n", s.answer("code"));
    }
}
