package dev.gradlab.core.lang;

/**
 * An error in a student's program or answer, with where it happened and what to try.
 * {@link #code()} is one of {@code syntax}, {@code name}, {@code type}, {@code shape}, {@code value}
 * (a value outside a function's domain, such as a singular matrix).
 */
public class LangException extends RuntimeException {
    private final String code;
    private final int line;
    private final int column;
    private final String hint;

    public LangException(String code, String message, int line, int column, String hint) {
        super(message);
        this.code = code;
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    public static LangException syntax(String message, int line, int column, String hint) {
        return new LangException("syntax", message, line, column, hint);
    }

    public String code() {
        return code;
    }

    /** 1-based line of the culprit. */
    public int line() {
        return line;
    }

    /** 1-based column of the culprit. */
    public int column() {
        return column;
    }

    /** A short suggestion, or null. */
    public String hint() {
        return hint;
    }

    /** "line 1, column 7: message (hint)" — the form a student reads. */
    public String describe() {
        return "line " + line + ", column " + column + ": " + getMessage() + (hint == null ? "" : " — " + hint);
    }
}
