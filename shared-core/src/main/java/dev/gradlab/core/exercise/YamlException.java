package dev.gradlab.core.exercise;

/** A front-matter syntax error at a line and column (both 1-based) of the exercise file. */
public final class YamlException extends RuntimeException {
    public final int line;
    public final int column;

    public YamlException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** "line L, column C: message". */
    public String describe() {
        return "line " + line + ", column " + column + ": " + getMessage();
    }
}
