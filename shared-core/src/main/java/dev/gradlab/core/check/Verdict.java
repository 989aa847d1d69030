package dev.gradlab.core.check;

import java.util.Collections;
import java.util.List;

/**
 * The judgement of one answer part: a status, a score in [0, 1], feedback a student reads, the id
 * of a recognised mistake (or null) and, for matrices, one verdict per entry. Immutable.
 */
public final class Verdict {
    /** What the checker concluded. {@code INVALID} answers could not be interpreted and never count as attempts. */
    public enum Status { CORRECT, INCORRECT, INVALID, MISSING }

    private final Status status;
    private final double score;
    private final String feedback;
    private final String mistake;
    private final List<Verdict> entries;

    private Verdict(Status status, double score, String feedback, String mistake, List<Verdict> entries) {
        this.status = status;
        this.score = score;
        this.feedback = feedback;
        this.mistake = mistake;
        this.entries = entries;
    }

    public static Verdict correct(String feedback) {
        return new Verdict(Status.CORRECT, 1.0, feedback, null, Collections.emptyList());
    }

    public static Verdict incorrect(String feedback) {
        return new Verdict(Status.INCORRECT, 0.0, feedback, null, Collections.emptyList());
    }

    public static Verdict invalid(String feedback) {
        return new Verdict(Status.INVALID, 0.0, feedback, null, Collections.emptyList());
    }

    public static Verdict missing() {
        return new Verdict(Status.MISSING, 0.0, "no answer given", null, Collections.emptyList());
    }

    /** A copy recognised as the mistake {@code id} (e.g. "missing-transpose") with this feedback and score. */
    public Verdict withMistake(String id, String feedback, double score) {
        return new Verdict(status, score, feedback, id, entries);
    }

    /** A copy carrying per-entry verdicts (for matrix answers), in row-major order. */
    public Verdict withEntries(List<Verdict> perEntry) {
        return new Verdict(status, score, feedback, mistake, Collections.unmodifiableList(perEntry));
    }

    public Status status() {
        return status;
    }

    public double score() {
        return score;
    }

    public String feedback() {
        return feedback;
    }

    /** The id of a diagnosed mistake, or null. */
    public String mistake() {
        return mistake;
    }

    public List<Verdict> entries() {
        return entries;
    }

    /** "correct", "incorrect", "invalid" or "missing", as in the API. */
    public String statusName() {
        return status.name().toLowerCase();
    }

    @Override
    public String toString() {
        return statusName() + " (" + score + "): " + feedback + (mistake == null ? "" : " [" + mistake + "]");
    }
}
