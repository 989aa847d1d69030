package dev.gradlab.core.check;

import dev.gradlab.core.lang.Ast;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Printer;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How an answer is read, before it is sent: the LaTeX of the expression as the checker of its kind
 * parses it, or the error (with its line and column in the typed text) that would make it
 * {@code invalid}. The browser shows this on every keystroke; it reads exactly as the checker
 * reads — {@link Answers#read} for expressions, numbers and matrices, the lenient size reader for
 * formulas and Θ-expressions (products by juxtaposition, {@code n²}, {@code Θ}). Immutable.
 */
public final class AnswerPreview {
    /** The LaTeX of the answer as read, or null (nothing typed, an error, or a kind without preview). */
    public final String latex;
    /** "line 1, column 5: unexpected 'd'", or null when the answer can be read. */
    public final String error;
    /** 1-based position of the error in the typed text, 0 when there is none or it is unknown. */
    public final int line;
    public final int column;
    /** A note on the reading ("read as n^2*d", "= 12"), or null. */
    public final String note;

    private AnswerPreview(String latex, String error, int line, int column, String note) {
        this.latex = latex;
        this.error = error;
        this.line = line;
        this.column = column;
        this.note = note;
    }

    /** True when the kind reads its answer as an expression, so a preview is shown. */
    public static boolean previewed(String kind) {
        switch (kind) {
            case "expr":
            case "number":
            case "matrix":
            case "formula":
            case "asymptotic":
            case "shape":
                return true;
            default:
                return false;
        }
    }

    /**
     * The preview of {@code text} for a part of {@code kind}.
     *
     * @param variables the part's declarations as the public view lists them ({@code "x: scalar"},
     *                  {@code "n"}); only the names before a colon are used
     */
    public static AnswerPreview of(String kind, String text, List<String> variables) {
        if (text == null || text.trim().isEmpty() || !previewed(kind)) {
            return new AnswerPreview(null, null, 0, 0, null);
        }
        if (kind.equals("shape")) {
            Verdict v = SimpleCheckers.shape(text, new int[0]);
            if (v.status() == Verdict.Status.INVALID) {
                return new AnswerPreview(null, v.feedback(), 0, 0, null);
            }
            String t = text.trim();
            return t.equalsIgnoreCase("error") ? new AnswerPreview("\\text{error}", null, 0, 0, "the shapes cannot be combined")
                    : new AnswerPreview(null, null, 0, 0, null);
        }
        try {
            if (kind.equals("formula") || kind.equals("asymptotic")) {
                AnswerText t = AnswerText.parse(text);
                return new AnswerPreview(sizeLatex(Printer.latex(t.expr())), null, 0, 0, t.readAs());
            }
            Answers.Read read = Answers.read(text, names(variables));
            String latex = Printer.latex(read.expr());
            if (kind.equals("expr")) {
                return new AnswerPreview(latex, null, 0, 0, null);
            }
            try {
                Tensor v = ExprChecker.evaluateOrThrow(read.expr(), Collections.<String, Tensor>emptyMap());
                String note = v.size() == 1 && v.shape().length == 0 ? "= " + Num.format(v.item(), 6) : null;
                return new AnswerPreview(latex, null, 0, 0, note);
            } catch (LangException e) {
                LangException m = read.mapError(e);
                return new AnswerPreview(null, m.describe(), m.line(), m.column(), null);
            }
        } catch (LangException e) {
            return new AnswerPreview(null, e.describe(), e.line(), e.column(), null);
        } catch (ReadException e) {
            return new AnswerPreview(null, e.describe(), e.line(), e.column(), null);
        } catch (RuntimeException e) {
            return new AnswerPreview(null, String.valueOf(e.getMessage()), 0, 0, null);
        }
    }

    /** The declared names: {@code "x: scalar positive"} → {@code x}. */
    public static List<String> names(List<String> variables) {
        List<String> out = new ArrayList<>();
        if (variables != null) {
            for (String v : variables) {
                int colon = v.indexOf(':');
                String n = (colon < 0 ? v : v.substring(0, colon)).trim();
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** Θ, O and Ω as symbols rather than function names. */
    private static String sizeLatex(String latex) {
        return latex.replace("\\operatorname{Theta}", "\\Theta").replace("\\operatorname{Omega}", "\\Omega")
                .replace("\\operatorname{O}", "O").replace("\\mathrm{Theta}", "\\Theta")
                .replace("\\mathrm{Omega}", "\\Omega");
    }
}
