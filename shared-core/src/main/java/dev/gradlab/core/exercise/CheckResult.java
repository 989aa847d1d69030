package dev.gradlab.core.exercise;

import dev.gradlab.core.check.Verdict;
import dev.gradlab.core.json.JsonWriter;

import java.util.Collections;
import java.util.Map;

/** The verdicts of one check of an exercise, as API.md describes them. Immutable. */
public final class CheckResult {
    /** The verdict of one part, with the next hint when it is not yet right. */
    public static final class PartResult {
        public final Verdict verdict;
        public final String hint;
        public final double weight;

        PartResult(Verdict verdict, String hint, double weight) {
            this.verdict = verdict;
            this.hint = hint;
            this.weight = weight;
        }
    }

    public final String exerciseId;
    public final int variant;
    public final Map<String, PartResult> parts;

    CheckResult(String exerciseId, int variant, Map<String, PartResult> parts) {
        this.exerciseId = exerciseId;
        this.variant = variant;
        this.parts = Collections.unmodifiableMap(parts);
    }

    /** True when every part is correct. */
    public boolean correct() {
        for (PartResult r : parts.values()) {
            if (r.verdict.status() != Verdict.Status.CORRECT) {
                return false;
            }
        }
        return true;
    }

    /** The weighted mean of the part scores, 0..1. */
    public double score() {
        double total = 0;
        double got = 0;
        for (PartResult r : parts.values()) {
            total += r.weight;
            got += r.weight * r.verdict.score();
        }
        return total == 0 ? 0 : got / total;
    }

    /** True when some part could not be read: such a check does not count as an attempt. */
    public boolean anyInvalid() {
        for (PartResult r : parts.values()) {
            if (r.verdict.status() == Verdict.Status.INVALID) {
                return true;
            }
        }
        return false;
    }

    /** True when every part is missing (nothing was answered). */
    public boolean allMissing() {
        for (PartResult r : parts.values()) {
            if (r.verdict.status() != Verdict.Status.MISSING) {
                return false;
            }
        }
        return true;
    }

    /** The JSON object of API.md (without submissionId, which the server adds). */
    public String toJson() {
        JsonWriter w = new JsonWriter().beginObject();
        writeFields(w);
        return w.endObject().toString();
    }

    /** Writes the fields of the result into an object the caller has begun. */
    public JsonWriter writeFields(JsonWriter w) {
        w.name("exerciseId").value(exerciseId).name("variant").value(variant)
                .name("correct").value(correct()).name("score").value(score());
        w.name("parts").beginObject();
        for (Map.Entry<String, PartResult> e : parts.entrySet()) {
            w.name(e.getKey());
            writePart(w, e.getValue());
        }
        return w.endObject();
    }

    private static void writePart(JsonWriter w, PartResult r) {
        Verdict v = r.verdict;
        w.beginObject().name("status").value(v.statusName()).name("score").value(v.score())
                .name("feedback").value(v.feedback());
        w.name("mistake");
        if (v.mistake() == null) {
            w.nullValue();
        } else {
            w.value(v.mistake());
        }
        if (r.hint != null) {
            w.name("hint").value(r.hint);
        }
        if (!v.entries().isEmpty()) {
            w.name("entries").beginArray();
            for (Verdict e : v.entries()) {
                w.beginObject().name("status").value(e.statusName()).name("feedback").value(e.feedback()).endObject();
            }
            w.endArray();
        }
        w.endObject();
    }
}
