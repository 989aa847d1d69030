package dev.gradlab.core.lang;

/** One lexical token with its 1-based position. */
public final class Token {
    /** Token kinds. OP covers every operator and bracket; its text says which. */
    public enum Kind { NUMBER, NAME, STRING, OP, NEWLINE, EOF }

    public final Kind kind;
    public final String text;
    public final int line;
    public final int column;
    /** True when whitespace separates this token from the previous one. */
    public final boolean spaceBefore;

    public Token(Kind kind, String text, int line, int column, boolean spaceBefore) {
        this.kind = kind;
        this.text = text;
        this.line = line;
        this.column = column;
        this.spaceBefore = spaceBefore;
    }

    public boolean is(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    /** How the token reads in an error message. */
    public String describe() {
        switch (kind) {
            case EOF:
                return "end of input";
            case NEWLINE:
                return "end of line";
            case STRING:
                return "string " + text;
            default:
                return "'" + text + "'";
        }
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + column;
    }
}
