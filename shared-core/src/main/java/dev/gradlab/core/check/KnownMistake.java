package dev.gradlab.core.check;

/**
 * A mistake an author expects, such as a seed solution's error: the wrong answer as an expression,
 * the feedback that explains it, and the partial score it earns. Immutable.
 */
public final class KnownMistake {
    public final String id;
    public final String expression;
    public final String feedback;
    public final double score;

    public KnownMistake(String id, String expression, String feedback, double score) {
        this.id = id;
        this.expression = expression;
        this.feedback = feedback;
        this.score = score;
    }
}
