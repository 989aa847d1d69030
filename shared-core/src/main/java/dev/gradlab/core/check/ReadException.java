package dev.gradlab.core.check;

/**
 * Why an answer cannot be read as a size expression (a formula or a Θ-expression): a message and,
 * once known, the 1-based line and column in the text the student typed. Becomes an
 * {@code invalid} verdict; never an attempt.
 */
public final class ReadException extends RuntimeException {
    private final int line;
    private final int column;

    /** A problem at a known position (line and column ≥ 1). */
    public ReadException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** A problem whose position the caller (the tree walker) fills in. */
    static ReadException unplaced(String message) {
        return new ReadException(message, 0, 0);
    }

    /** True when the position is known. */
    public boolean placed() {
        return line > 0;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** "line 1, column 7: message" — the form a student reads (just the message when unplaced). */
    public String describe() {
        return placed() ? "line " + line + ", column " + column + ": " + getMessage() : getMessage();
    }
}
