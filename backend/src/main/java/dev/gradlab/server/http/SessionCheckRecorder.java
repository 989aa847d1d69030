package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradlab.core.exercise.CheckResult;
import dev.gradlab.server.store.Account;
import dev.gradlab.server.store.Attempts;
import dev.gradlab.server.store.Sessions;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Optional;

/**
 * Records the checks of logged-in users in the database and assigns each user a fixed variant
 * (1..{@value #VARIANTS}, from the account's variant seed; the exercise id seeds the numbers, so
 * the same variant number differs between exercises). Anonymous callers practise variant 0 and
 * nothing is recorded.
 */
public final class SessionCheckRecorder implements CheckRecorder {
    public static final int VARIANTS = 997;

    private final Attempts attempts;

    public SessionCheckRecorder(Attempts attempts) {
        this.attempts = attempts;
    }

    /** The variant assigned to an account. */
    public static int variantOf(Account a) {
        return 1 + Math.floorMod(a.variantSeed(), VARIANTS);
    }

    @Override
    public Integer assignedVariant(Context ctx) {
        return Sessions.current(ctx).map(SessionCheckRecorder::variantOf).orElse(null);
    }

    @Override
    public Long record(Context ctx, String exerciseId, int variant, Map<String, String> answers, CheckResult result,
            String clientAttemptId) {
        Optional<Account> who = Sessions.current(ctx);
        if (who.isEmpty()) {
            return null;
        }
        ObjectNode a = Json.object();
        answers.forEach(a::put);
        if (clientAttemptId != null && clientAttemptId.length() > Attempts.MAX_CLIENT_ATTEMPT_ID) {
            throw ApiError.badRequest("clientAttemptId must have at most " + Attempts.MAX_CLIENT_ATTEMPT_ID + " characters");
        }
        return attempts.record(who.get().id(), exerciseId, variant, a.toString(), result.toJson(), result.score(),
                result.correct(), clientAttemptId == null || clientAttemptId.isEmpty() ? null : clientAttemptId);
    }
}
