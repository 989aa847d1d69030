package dev.gradlab.core.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits source text into tokens. Newlines inside brackets are ignored (as in Python);
 * {@code #} starts a comment; {@code '} right after a name, number or closing bracket is the
 * transpose operator, elsewhere it starts a string.
 */
public final class Lexer {
    private static final String[] OPS = {
        "**=", "//=", "**", "//", "+=", "-=", "*=", "/=", "@=", "%=", "==", "!=", "<=", ">=",
        "+", "-", "*", "/", "%", "@", "^", "(", ")", "[", "]", ",", "=", ".", ";", ":", "<", ">", "'",
    };

    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    private final boolean indentation;
    private final List<Integer> indents = new ArrayList<>();
    private final List<Token> out = new ArrayList<>();

    private Lexer(String src, boolean indentation) {
        this.src = src;
        this.indentation = indentation;
        indents.add(0);
    }

    /** Tokenizes an expression: line breaks are plain separators and indentation means nothing. */
    public static List<Token> tokenize(String src) {
        return new Lexer(src, false).run();
    }

    /**
     * Tokenizes a program: as Python, INDENT and DEDENT tokens (kind OP, text "INDENT"/"DEDENT")
     * mark blocks, and blank or comment-only lines are ignored.
     */
    public static List<Token> tokenizeProgram(String src) {
        return new Lexer(src, true).run();
    }

    private List<Token> run() {
        boolean space = true;
        if (indentation) {
            indentLine();
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
                space = true;
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2;
                newLine();
                space = true;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\n') {
                if (depth == 0 && !out.isEmpty() && out.get(out.size() - 1).kind != Token.Kind.NEWLINE) {
                    add(Token.Kind.NEWLINE, "\n", pos, space);
                }
                pos++;
                newLine();
                space = true;
                if (indentation && depth == 0) {
                    indentLine();
                }
            } else {
                lexToken(c, space);
                space = false;
            }
        }
        int col = pos - lineStart + 1;
        if (indentation) {
            if (!out.isEmpty() && out.get(out.size() - 1).kind != Token.Kind.NEWLINE) {
                out.add(new Token(Token.Kind.NEWLINE, "\n", line, col, true));
            }
            while (indents.size() > 1) {
                indents.remove(indents.size() - 1);
                out.add(new Token(Token.Kind.OP, "DEDENT", line, col, true));
            }
        }
        out.add(new Token(Token.Kind.EOF, "", line, col, true));
        return out;
    }

    /**
     * At the start of a line of a program: skips blank and comment-only lines, then compares the
     * indentation with the enclosing blocks and emits INDENT or DEDENT tokens.
     */
    private void indentLine() {
        while (true) {
            int p = pos;
            int width = 0;
            boolean tabs = false;
            boolean spaces = false;
            while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
                tabs |= src.charAt(p) == '\t';
                spaces |= src.charAt(p) == ' ';
                width += src.charAt(p) == '\t' ? 4 : 1;
                p++;
            }
            if (p < src.length() && src.charAt(p) == '\r') {
                p++;
            }
            if (p >= src.length()) {
                pos = p;
                return;
            }
            char c = src.charAt(p);
            if (c == '\n' || c == '#') {
                while (p < src.length() && src.charAt(p) != '\n') {
                    p++;
                }
                if (p >= src.length()) {
                    pos = p;
                    return;
                }
                pos = p + 1;
                newLine();
                continue;
            }
            pos = p;
            if (tabs && spaces) {
                throw LangException.syntax("this line mixes tabs and spaces in its indentation", line, 1,
                        "indent with spaces only");
            }
            int top = indents.get(indents.size() - 1);
            int col = width + 1;
            if (width > top) {
                indents.add(width);
                out.add(new Token(Token.Kind.OP, "INDENT", line, col, true));
            } else {
                while (width < indents.get(indents.size() - 1)) {
                    indents.remove(indents.size() - 1);
                    out.add(new Token(Token.Kind.OP, "DEDENT", line, col, true));
                }
                if (width != indents.get(indents.size() - 1)) {
                    throw LangException.syntax("this line's indentation matches no enclosing block", line, col,
                            "indent it exactly as far as the lines of the block it belongs to");
                }
            }
            return;
        }
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void lexToken(char c, boolean space) {
        int start = pos;
        if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
            lexNumber(space);
        } else if (isNameStart(c)) {
            while (pos < src.length() && isNamePart(src.charAt(pos))) {
                pos++;
            }
            add(Token.Kind.NAME, src.substring(start, pos), start, space);
        } else if (c == '"' || (c == '\'' && !transposeContext(space))) {
            lexString(c, space);
        } else {
            for (String op : OPS) {
                if (src.startsWith(op, pos)) {
                    pos += op.length();
                    if (op.equals("(") || op.equals("[")) {
                        depth++;
                    } else if ((op.equals(")") || op.equals("]")) && depth > 0) {
                        depth--;
                    }
                    add(Token.Kind.OP, op, start, space);
                    return;
                }
            }
            String hint = c == '{' || c == '}' ? "use ( ) for grouping; braces are only for LaTeX answers" : null;
            throw LangException.syntax("unexpected character '" + c + "'", line, start - lineStart + 1, hint);
        }
    }

    private boolean transposeContext(boolean space) {
        if (space || out.isEmpty()) {
            return false;
        }
        Token prev = out.get(out.size() - 1);
        return prev.kind == Token.Kind.NAME || prev.kind == Token.Kind.NUMBER
                || prev.is(")") || prev.is("]") || prev.is("'");
    }

    private void lexNumber(boolean space) {
        int start = pos;
        while (pos < src.length() && isDigit(src.charAt(pos))) {
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '.') {
            pos++;
            while (pos < src.length() && isDigit(src.charAt(pos))) {
                pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && isDigit(src.charAt(pos))) {
                while (pos < src.length() && isDigit(src.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        add(Token.Kind.NUMBER, src.substring(start, pos), start, space);
    }

    private void lexString(char quote, boolean space) {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != quote) {
            char c = src.charAt(pos);
            if (c == '\n') {
                break;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char e = src.charAt(++pos);
                sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                sb.append(c);
            }
            pos++;
        }
        if (pos >= src.length() || src.charAt(pos) != quote) {
            throw LangException.syntax("string is not closed", line, start - lineStart + 1,
                    "end it with " + quote + " on the same line");
        }
        pos++;
        add(Token.Kind.STRING, sb.toString(), start, space);
    }

    private void add(Token.Kind kind, String text, int start, boolean space) {
        out.add(new Token(kind, text, line, start - lineStart + 1, space));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
