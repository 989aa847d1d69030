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
        "**=", "**", "+=", "-=", "*=", "/=", "@=", "==", "!=", "<=", ">=",
        "+", "-", "*", "/", "@", "^", "(", ")", "[", "]", ",", "=", ".", ";", ":", "<", ">", "'",
    };

    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    private final List<Token> out = new ArrayList<>();

    private Lexer(String src) {
        this.src = src;
    }

    /** Tokenizes {@code src}; the list ends with an EOF token. */
    public static List<Token> tokenize(String src) {
        return new Lexer(src).run();
    }

    private List<Token> run() {
        boolean space = true;
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
                if (depth == 0) {
                    add(Token.Kind.NEWLINE, "\n", pos, space);
                }
                pos++;
                newLine();
                space = true;
            } else {
                lexToken(c, space);
                space = false;
            }
        }
        out.add(new Token(Token.Kind.EOF, "", line, pos - lineStart + 1, true));
        return out;
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
