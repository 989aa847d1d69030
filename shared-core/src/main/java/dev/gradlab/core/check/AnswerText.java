package dev.gradlab.core.check;

import dev.gradlab.core.lang.Ast;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Latex;
import dev.gradlab.core.lang.Lexer;
import dev.gradlab.core.lang.Parser;
import dev.gradlab.core.lang.Token;

import java.util.List;

/**
 * A size expression as typed, parsed leniently, with every position mapped back to the typed text.
 * Two rewrites happen before parsing; neither modifies the caller's string:
 * <ol>
 *   <li>typography: {@code ·}, {@code ×} and {@code ⋅} become {@code *}, {@code −} becomes
 *   {@code -}, superscript digits become powers ({@code n²} → {@code n^2}), {@code Θ} and
 *   {@code θ} become {@code Theta} and {@code Ω} becomes {@code Omega};</li>
 *   <li>only when the text does not parse as it stands: products written by juxtaposition are made
 *   explicit, as in {@code n^2 d} and {@code 3n^2d} → {@code n^2*d} and {@code 3*n^2*d}, a space
 *   between the factors becoming the {@code *} (a name
 *   directly before {@code (} stays a call). {@link #readAs()} then tells the student how the answer
 *   was read.</li>
 * </ol>
 * Immutable.
 */
final class AnswerText {
    private final String original;
    private final String parsed;
    /** For each char of {@link #parsed} (and one past its end), the index of the typed char it came from. */
    private final int[] origin;
    private final Ast.Expr expr;
    /** The typed text with the inserted products, or null when nothing was inserted. */
    private final String typedReading;

    private AnswerText(String original, String parsed, int[] origin, Ast.Expr expr, String typedReading) {
        this.original = original;
        this.parsed = parsed;
        this.origin = origin;
        this.expr = expr;
        this.typedReading = typedReading;
    }

    /**
     * Parses {@code answer}.
     *
     * @throws ReadException with the typed position of a syntax error
     */
    static AnswerText parse(String answer) {
        if (Latex.looksLikeLatex(answer)) {
            return parseLatex(answer);
        }
        StringBuilder sb = new StringBuilder();
        int[] origin = new int[answer.length() * 5 + 1];
        boolean inSuperscript = false;
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            String sup = superscript(c);
            String r = sup == null ? replacement(c) : inSuperscript ? sup : "^" + sup;
            inSuperscript = sup != null;
            for (int k = 0; k < r.length(); k++) {
                origin[sb.length()] = i;
                sb.append(r.charAt(k));
            }
        }
        String text = sb.toString();
        origin[text.length()] = answer.length();
        try {
            return new AnswerText(answer, text, origin, Parser.parseExpression(text), null);
        } catch (LangException first) {
            int[] origin2 = new int[text.length() * 3 + 2];
            String[] typedBefore = new String[answer.length() + 1];
            char[] typedReplace = new char[answer.length()];
            String juxt = insertProducts(text, origin, origin2, typedBefore, typedReplace);
            if (juxt == null) {
                throw new AnswerText(answer, text, origin, null, null).error(first);
            }
            AnswerText retry = new AnswerText(answer, juxt, origin2, null, null);
            try {
                return new AnswerText(answer, juxt, origin2, Parser.parseExpression(juxt),
                        typed(answer, typedBefore, typedReplace));
            } catch (LangException second) {
                throw retry.error(second);
            }
        }
    }

    /**
     * A size expression pasted as LaTeX ({@code 2nd + 3n}, {@code \Theta(n^2 d)}, {@code \frac{n(n+1)}{2}}):
     * translated with scalar products, positions mapped back into the LaTeX.
     */
    private static AnswerText parseLatex(String answer) {
        Latex.Translation t;
        try {
            t = Latex.translate(answer, null, true);
        } catch (LangException e) {
            throw new ReadException(e.getMessage() + (e.hint() == null ? "" : " — " + e.hint()), e.line(), e.column());
        }
        String source = t.source();
        int[] origin = new int[source.length() + 1];
        for (int i = 0; i <= source.length(); i++) {
            int[] lc = t.originalPosition(1, i + 1);
            origin[i] = indexOf(answer, lc[0], lc[1]);
        }
        AnswerText read = new AnswerText(answer, source, origin, null, source);
        try {
            return new AnswerText(answer, source, origin, Parser.parseExpression(source), source);
        } catch (LangException e) {
            throw read.error(e);
        }
    }

    /** The index in {@code text} of a 1-based line and column. */
    private static int indexOf(String text, int line, int column) {
        int i = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return text.length();
            }
            i = nl + 1;
        }
        return Math.min(text.length(), i + column - 1);
    }

    /** What a typed character stands for. */
    private static String replacement(char c) {
        switch (c) {
            case '\u00b7': case '\u22c5': case '\u00d7': case '\u2219': case '\u2217':
                return "*";
            case '\u2212': case '\u2013':
                return "-";
            case '\u00a0':
                return " ";
            case '\u0398': case '\u03f4': case '\u03b8':
                return "Theta";
            case '\u03a9':
                return "Omega";
            default:
                return String.valueOf(c);
        }
    }

    /** The digit (or minus) a superscript character stands for, else null. */
    private static String superscript(char c) {
        switch (c) {
            case '\u2070': return "0";
            case '\u00b9': return "1";
            case '\u00b2': return "2";
            case '\u00b3': return "3";
            case '\u207b': return "-";
            default:
                return c >= '\u2074' && c <= '\u2079' ? String.valueOf((char) ('4' + (c - '\u2074'))) : null;
        }
    }

    /** Functions whose argument may be written without parentheses after a space, as in {@code n log n}. */
    private static final java.util.Set<String> BARE_FUNCTIONS = new java.util.HashSet<>(
            java.util.Arrays.asList("log", "ln", "log2", "log10", "sqrt"));

    /**
     * {@code text} with {@code *} inserted between juxtaposed operands (number, name or {@code )}
     * followed by name, number or {@code (}; not a name before {@code (}, not two numbers), a space
     * between them becoming the {@code *}, and with {@code log n} made {@code log(n)}; fills
     * {@code origin2}. Null when nothing changed or the text does not tokenize.
     */
    private static String insertProducts(String text, int[] origin, int[] origin2, String[] typedBefore,
            char[] typedReplace) {
        List<Token> tokens;
        try {
            tokens = Lexer.tokenize(text);
        } catch (LangException e) {
            return null;
        }
        int[] lineStart = lineStarts(text);
        String[] before = new String[text.length() + 1];
        char[] replace = new char[text.length()];
        boolean changed = false;
        for (int i = 1; i < tokens.size(); i++) {
            Token prev = tokens.get(i - 1);
            Token cur = tokens.get(i);
            if (cur.kind == Token.Kind.EOF || cur.line > lineStart.length) {
                continue;
            }
            int at = Math.min(text.length(), lineStart[cur.line - 1] + cur.column - 1);
            boolean operand = cur.kind == Token.Kind.NAME || cur.kind == Token.Kind.NUMBER;
            String insert = null;
            if (prev.kind == Token.Kind.NAME && BARE_FUNCTIONS.contains(prev.text) && operand) {
                insert = "(";
                int end = Math.min(text.length(), at + cur.text.length());
                before[end] = ")" + (before[end] == null ? "" : before[end]);
                typedBefore[origin[end]] = ")" + (typedBefore[origin[end]] == null ? "" : typedBefore[origin[end]]);
            } else if ((prev.kind == Token.Kind.NUMBER || prev.kind == Token.Kind.NAME || prev.is(")"))
                    && (operand || cur.is("(")) && !(prev.kind == Token.Kind.NAME && cur.is("("))
                    && !(prev.kind == Token.Kind.NUMBER && cur.kind == Token.Kind.NUMBER)) {
                insert = "*";
            }
            if (insert != null) {
                changed = true;
                if (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t') && replace[at - 1] == 0) {
                    replace[at - 1] = insert.charAt(0);
                    typedReplace[origin[at - 1]] = insert.charAt(0);
                } else {
                    before[at] = (before[at] == null ? "" : before[at]) + insert;
                    typedBefore[origin[at]] = (typedBefore[origin[at]] == null ? "" : typedBefore[origin[at]]) + insert;
                }
            }
        }
        if (!changed) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            if (before[i] != null) {
                for (int k = 0; k < before[i].length(); k++) {
                    origin2[out.length()] = origin[i];
                    out.append(before[i].charAt(k));
                }
            }
            if (i < text.length()) {
                origin2[out.length()] = origin[i];
                out.append(replace[i] != 0 ? replace[i] : text.charAt(i));
            }
        }
        origin2[out.length()] = origin[text.length()];
        return out.toString();
    }

    /** The typed text with the same insertions, for showing the student how the answer was read. */
    private static String typed(String answer, String[] before, char[] replace) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= answer.length(); i++) {
            if (before[i] != null) {
                sb.append(before[i]);
            }
            if (i < answer.length()) {
                sb.append(replace[i] != 0 ? replace[i] : answer.charAt(i));
            }
        }
        return sb.toString();
    }

    private static int[] lineStarts(String s) {
        int lines = 1;
        for (int i = 0; i < s.length(); i++) {
            lines += s.charAt(i) == '\n' ? 1 : 0;
        }
        int[] starts = new int[lines];
        int k = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    /** The parsed tree; its positions refer to {@link #parsedText()}, use {@link #error} to report. */
    Ast.Expr expr() {
        return expr;
    }

    /** The text that was parsed (after the rewrites). */
    String parsedText() {
        return parsed;
    }

    /** A note such as "read as 3*n²*d + nd²" (the typed text with the inserted products), else null. */
    String readAs() {
        return typedReading == null ? null : "read as " + typedReading.trim();
    }

    /** A problem at {@code node}, positioned in the typed text. */
    ReadException error(Ast.Expr node, String message) {
        int[] lc = typedPosition(node.line, node.column);
        return new ReadException(message, lc[0], lc[1]);
    }

    private ReadException error(LangException e) {
        int[] lc = typedPosition(e.line(), e.column());
        String text = e.getMessage() + (e.hint() == null ? "" : " — " + e.hint());
        return new ReadException(retarget(text), lc[0], lc[1]);
    }

    /** {@code message} with every "line L, column C" in it moved to the typed text. */
    private String retarget(String message) {
        String key = "line ";
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        while ((at = message.indexOf(key, from)) >= 0) {
            int p = at + key.length();
            int lineEnd = digitsEnd(message, p);
            String mid = ", column ";
            if (lineEnd == p || !message.startsWith(mid, lineEnd)) {
                out.append(message, from, p);
                from = p;
                continue;
            }
            int colStart = lineEnd + mid.length();
            int colEnd = digitsEnd(message, colStart);
            if (colEnd == colStart || colEnd - colStart > 9 || lineEnd - p > 9) {
                out.append(message, from, p);
                from = p;
                continue;
            }
            int[] lc = typedPosition(Integer.parseInt(message.substring(p, lineEnd)),
                    Integer.parseInt(message.substring(colStart, colEnd)));
            out.append(message, from, at).append("line ").append(lc[0]).append(mid).append(lc[1]);
            from = colEnd;
        }
        return out.append(message.substring(from)).toString();
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The typed (line, column) of a (line, column) in the parsed text. */
    private int[] typedPosition(int line, int column) {
        int[] starts = lineStarts(parsed);
        int l = Math.max(1, Math.min(line, starts.length));
        int index = Math.max(0, Math.min(parsed.length(), starts[l - 1] + Math.max(1, column) - 1));
        int typed = Math.min(origin[index], original.length());
        int tl = 1;
        int lineStart = 0;
        for (int i = 0; i < typed; i++) {
            if (original.charAt(i) == '\n') {
                tl++;
                lineStart = i + 1;
            }
        }
        return new int[] {tl, typed - lineStart + 1};
    }
}
