package dev.gradlab.core.lang;

import dev.gradlab.core.lang.LatexLexer.Kind;
import dev.gradlab.core.lang.LatexLexer.Tok;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers pasted as LaTeX, translated to GradLab source. Everything up to the last top-level
 * {@code =} (or {@code \approx}) is dropped, so {@code f'(x) = 2x} and
 * {@code \frac{\partial f}{\partial x} = 2x} both answer {@code 2x}; math delimiters ({@code $},
 * {@code \[ \]}), spacing, sizing ({@code \left \right \big}), alignment ({@code &}, {@code \\}) and
 * a final period are ignored. The rules, as students write them:
 * <ul>
 *   <li>{@code \frac{a}{b}} → {@code ((a)/(b))}; {@code \sqrt{x}} → {@code sqrt(x)};
 *   {@code \sqrt[n]{x}} → {@code ((x)^(1/(n)))}. Single-symbol arguments read as in LaTeX:
 *   {@code \frac12}, {@code x^23} is {@code x^2} times 3.</li>
 *   <li>Products written by juxtaposition, {@code \cdot} or {@code \times} become {@code jmul(a, b)}
 *   (matrix product for arrays, else elementwise): {@code x^\top A x} →
 *   {@code jmul(jmul(x.T, A), x)}; left-associative and as tight as {@code *}. When a side is a
 *   numeric constant, inside {@code \Theta(…)}, {@code \Omega(…)}, {@code O(…)}, or when products are
 *   scalar (size formulas), the product is written {@code 2*x}. {@code *}, {@code \ast}, {@code \odot} and
 *   {@code \circ} are elementwise {@code *}; {@code /} and {@code \div} divide.</li>
 *   <li>As in LaTeX, a run of letters is a product of letters ({@code Wx} is W·x, and a note says
 *   so), except declared variables, function names ({@code exp}, {@code relu}, …), spelled Greek
 *   letters ({@code sigma}, {@code lambda}, …), {@code pi} and {@code lam}. Digits stay with the
 *   letter before them: {@code x1}.</li>
 *   <li>{@code e^{…}} (and {@code \mathrm{e}^{…}}) is {@code exp(…)}, even where {@code e} might be
 *   a variable (unless e is a declared variable); a lone {@code e} stays the name e, a lone
 *   {@code \mathrm{e}} is {@code exp(1)}.</li>
 *   <li>Functions: {@code \exp \log \ln \sin \cos \tan \tanh \sech \max \min \det} and
 *   {@code \operatorname}/{@code \mathrm}/{@code \text} of sign, sgn, relu, ReLU, softmax, sigmoid,
 *   softplus, tr, trace, diag. A function takes a bracket group, or one atom with its scripts
 *   ({@code \sin x^2} is sin(x^2)), extended over names when the atom is a number ({@code \sin 2x}).
 *   {@code \sin^2 x} → {@code (sin(x))^2}; {@code \log_b x} → {@code (log(x)/log(b))};
 *   {@code \sin^{-1}} is refused. {@code \sigma} directly followed by a bracket is the sigmoid
 *   ({@code \sigma(z)} → {@code sigmoid(z)}) unless sigma is a declared variable; elsewhere it is
 *   the variable sigma. {@code \Theta(…)}, {@code \Omega(…)},
 *   {@code O(…)} stay calls.</li>
 *   <li>Superscripts: {@code ^\top ^T ^{T} ^\intercal ^{\mathsf{T}}} → {@code .T} (after a number,
 *   {@code ^T} stays a power and {@code ^\top} does nothing, so {@code b\mathbf{1}^\top} is
 *   {@code b*1} and broadcasts); {@code ^{-1}} → {@code inv(…)} when the base names a capital letter
 *   (a matrix by convention), else a power; {@code ^{-\top}} → {@code inv(…).T};
 *   {@code ^\dagger}, {@code ^+} → {@code pinv(…)}; {@code ^{…}} → {@code ^(…)}, which is
 *   elementwise for arrays as everywhere in GradLab (A^2 is not A·A).</li>
 *   <li>Subscripts join the name with non-alphanumerics dropped: {@code x_{t-1}} → {@code xt1}.
 *   With declared variables, a subscripted name that is not declared while its base is becomes the
 *   base ({@code v_t} → {@code v}), and {@code \lambda} becomes {@code lam} when only lam is declared.
 *   Accents append: {@code \tilde{W}} → {@code Wtilde}, {@code \hat{v}} → {@code vhat}.</li>
 *   <li>{@code |x|} → {@code abs(x)}, {@code \|x\|} and {@code \|A\|_F} → {@code norm(x)},
 *   {@code \|x\|_1} → {@code sum(abs(x))}, {@code \|x\|_\infty} → {@code max(abs(x))}.</li>
 *   <li>Matrices ({@code bmatrix pmatrix matrix array}) → {@code [[a, b], [c, d]]}; a single column
 *   is a column {@code [[a], [b]]}; a single row is a 1-D vector {@code [a, b]};
 *   {@code vmatrix} is a determinant. {@code [ ]} and {@code \{ \}} are parentheses; {@code (a, b)}
 *   is the list {@code [a, b]}.</li>
 * </ul>
 * Errors are {@link LangException}s with code "syntax" at a line and column of the LaTeX text;
 * errors found later in the translated source are mapped back with {@link Translation#mapError}.
 */
public final class Latex {
    private Latex() {
    }

    /** The result of a translation: the GradLab source and where each of its characters came from. */
    public static final class Translation {
        private final String latex;
        private final String source;
        private final int[] origin;
        private final List<String> notes;

        private Translation(String latex, String source, int[] origin, List<String> notes) {
            this.latex = latex;
            this.source = source;
            this.origin = origin;
            this.notes = Collections.unmodifiableList(new ArrayList<>(notes));
        }

        /** The GradLab source (one line). */
        public String source() {
            return source;
        }

        public String latex() {
            return latex;
        }

        /** How ambiguous notation was read ("read Wx as W·x"), for showing to the student. */
        public List<String> notes() {
            return notes;
        }

        /** {line, column} (1-based) in the LaTeX text of a 1-based position in {@link #source()}. */
        public int[] originalPosition(int line, int column) {
            int i = line == 1 ? Math.max(0, Math.min(column - 1, source.length())) : source.length();
            LangException at = LatexLexer.error(latex, origin[i], "", null);
            return new int[] {at.line(), at.column()};
        }

        /** The same error with its position (and any "line L, column C" in its message) moved into the LaTeX. */
        public LangException mapError(LangException e) {
            int[] p = originalPosition(e.line(), e.column());
            String message = mapMessage(e.getMessage() == null ? "" : e.getMessage());
            if (e instanceof BudgetException) {
                return new BudgetException(((BudgetException) e).budget(), message, p[0], p[1], e.hint());
            }
            return new LangException(e.code(), message, p[0], p[1], e.hint());
        }

        private String mapMessage(String m) {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (true) {
                int k = m.indexOf("line 1, column ", i);
                if (k < 0) {
                    return sb.append(m.substring(i)).toString();
                }
                int j = k + "line 1, column ".length();
                int end = j;
                while (end < m.length() && Character.isDigit(m.charAt(end)) && end - j < 9) {
                    end++;
                }
                if (end == j) {
                    sb.append(m.substring(i, j));
                } else {
                    int[] p = originalPosition(1, Integer.parseInt(m.substring(j, end)));
                    sb.append(m.substring(i, k)).append("line ").append(p[0]).append(", column ").append(p[1]);
                }
                i = end;
            }
        }

        /** Parses the source as an answer; syntax errors point into the LaTeX. */
        public Ast.Expr parse() {
            try {
                return Parser.parseExpression(source);
            } catch (LangException e) {
                throw mapError(e);
            }
        }
    }

    /** The GradLab source for a LaTeX answer. @throws LangException with a position in {@code latex} */
    public static String toSource(String latex) {
        return translate(latex).source();
    }

    /** Translates with products as jmul and no declared variables. */
    public static Translation translate(String latex) {
        return translate(latex, null, false);
    }

    /**
     * Translates a LaTeX answer.
     *
     * @param variables the exercise's variable names, or null; they keep multi-letter names whole
     *                  and resolve v_t to v and \lambda to lam when only those are declared
     * @param scalars   true for size formulas and asymptotic answers: every product is {@code *}
     *                  and {@code ^{-1}} always a power
     */
    public static Translation translate(String latex, Collection<String> variables, boolean scalars) {
        String text = latex == null ? "" : latex;
        if (text.length() > Parser.MAX_SOURCE) {
            throw new BudgetException("size", "the text is " + text.length() + " characters long; at most "
                    + Parser.MAX_SOURCE + " are accepted", 1, 1, null);
        }
        try {
            List<Tok> toks = LatexLexer.tokenize(text);
            int eq = lastTopLevelEquals(toks);
            int from = eq + 1;
            int to = toks.size() - 1;
            while (to > from && isIgnorableAtEnd(toks.get(to - 1))) {
                to--;
            }
            if (to == from) {
                throw eq >= 0 ? LatexLexer.error(text, toks.get(eq).start, "nothing after =",
                        "write the answer after the last =")
                        : LangException.syntax("the answer is empty", 1, 1, "write an expression such as 2x");
            }
            List<Tok> rhs = new ArrayList<>(toks.subList(from, to));
            int end = toks.get(to - 1).end;
            rhs.add(new Tok(Kind.EOF, "", end, end));
            List<String> notes = new ArrayList<>();
            Set<String> vars = variables == null ? null : new HashSet<>(variables);
            LatexOut out = new LatexParser(text, rhs, vars, scalars, notes).parse();
            return new Translation(text, out.text.toString(), out.origins(end), notes);
        } catch (LangException e) {
            throw e;
        } catch (RuntimeException e) {
            throw LangException.syntax("internal error while reading the LaTeX", 1, 1,
                    "type the answer in GradLab syntax instead");
        }
    }

    private static int lastTopLevelEquals(List<Tok> toks) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            switch (toks.get(i).kind) {
                case LPAR: case LBRACE: case BEGIN: case LBAR: case LNBAR:
                    depth++;
                    break;
                case RPAR: case RBRACE: case END: case RBAR: case RNBAR:
                    depth = Math.max(0, depth - 1);
                    break;
                case EQ:
                    if (depth == 0) {
                        last = i;
                    }
                    break;
                default:
                    break;
            }
        }
        return last;
    }

    private static boolean isIgnorableAtEnd(Tok t) {
        return t.kind == Kind.AMP || t.kind == Kind.ROWSEP || t.sym(".") || t.sym(",") || t.sym(";");
    }

    /**
     * Whether an answer looks like LaTeX rather than GradLab syntax: a backslash command, braces
     * (which GradLab never uses, so {@code ^{…}} and {@code _{…}} count) or a {@code $}.
     */
    public static boolean looksLikeLatex(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}' || c == '$') {
                return true;
            }
            if (c == '\\' && i + 1 < text.length()) {
                char d = text.charAt(i + 1);
                if (LatexLexer.isLetter(d) || "|,;!{}[]()".indexOf(d) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
