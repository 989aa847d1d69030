package dev.gradlab.core.check;

import dev.gradlab.core.lang.Ast;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Latex;
import dev.gradlab.core.lang.Parser;

import java.util.Collection;

/**
 * Reading a typed answer: the language's syntax (with {@code ^} as power and implicit products), or
 * LaTeX when the text looks like LaTeX ({@link Latex#looksLikeLatex}: a backslash command, braces or
 * a {@code $}), translated by {@link Latex} with every error positioned in the LaTeX as typed.
 */
public final class Answers {
    private Answers() {
    }

    /** An answer as read: its syntax tree and, for LaTeX, the translation that positions errors. Immutable. */
    public static final class Read {
        private final Ast.Expr expr;
        private final String source;
        private final Latex.Translation latex;

        private Read(Ast.Expr expr, String source, Latex.Translation latex) {
            this.expr = expr;
            this.source = source;
            this.latex = latex;
        }

        public Ast.Expr expr() {
            return expr;
        }

        /** The GradLab source that was parsed (the translation of a LaTeX answer). */
        public String source() {
            return source;
        }

        /** Whether the answer was read as LaTeX. */
        public boolean isLatex() {
            return latex != null;
        }

        /** {@code e} (raised while evaluating this answer) with its position moved into the typed text. */
        public LangException mapError(LangException e) {
            return latex == null ? e : latex.mapError(e);
        }
    }

    /**
     * Parses an answer, reading LaTeX when it looks like LaTeX.
     *
     * @throws LangException with the position of a syntax error in {@code text}
     */
    public static Ast.Expr parse(String text) {
        return read(text, null).expr();
    }

    /**
     * Reads an answer.
     *
     * @param variables the part's declared variable names, or null: in LaTeX they keep multi-letter
     *                  names whole ({@code Wtilde}) and resolve {@code \lambda} to a declared {@code lam}
     * @throws LangException with the position of a syntax error in {@code text}
     */
    public static Read read(String text, Collection<String> variables) {
        if (Latex.looksLikeLatex(text)) {
            Latex.Translation t = Latex.translate(text, variables, false);
            return new Read(t.parse(), t.source(), t);
        }
        String plain = variables == null ? text : subscriptsJoined(text, variables);
        return new Read(Parser.parseExpression(plain), plain, null);
    }

    /**
     * {@code z_0} read as the declared {@code z0} (and {@code x_12} as {@code x12}) when only the
     * joined name is declared. Nothing else changes; an error column after such a name is off by
     * the underscores removed before it.
     */
    static String subscriptsJoined(String text, Collection<String> variables) {
        if (text.indexOf('_') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int j = i;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                    j++;
                }
                String word = text.substring(i, j);
                String joined = word.replace("_", "");
                sb.append(!variables.contains(word) && variables.contains(joined) ? joined : word);
                i = j;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
