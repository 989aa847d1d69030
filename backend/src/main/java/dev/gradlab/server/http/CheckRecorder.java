package dev.gradlab.server.http;

import dev.gradlab.core.exercise.CheckResult;
import io.javalin.http.Context;

import java.util.Map;

/**
 * Where checks by logged-in students are recorded. The exercise routes call it for every check
 * that counts as an attempt (no invalid part, not everything missing).
 */
public interface CheckRecorder {
    /** The variant assigned to the caller of {@code ctx}, or null when nobody is logged in. */
    Integer assignedVariant(Context ctx);

    /**
     * Records the attempt when someone is logged in.
     *
     * @param clientAttemptId the browser's id of an attempt made offline, so a retried sync is
     *                        recorded once; may be null
     * @return the submission id, or null when nothing was recorded (anonymous practice)
     */
    Long record(Context ctx, String exerciseId, int variant, Map<String, String> answers, CheckResult result,
            String clientAttemptId);

    /** Records nothing: every caller practises anonymously. */
    CheckRecorder ANONYMOUS = new CheckRecorder() {
        @Override
        public Integer assignedVariant(Context ctx) {
            return null;
        }

        @Override
        public Long record(Context ctx, String exerciseId, int variant, Map<String, String> answers, CheckResult result,
                String clientAttemptId) {
            return null;
        }
    };
}
