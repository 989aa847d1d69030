package dev.gradlab.core.lang;

import dev.gradlab.core.text.Num;

import java.util.List;

/**
 * Prints expressions back as source text (fully parenthesised where precedence needs it) or as
 * LaTeX for a preview of how an answer was read. One node may be replaced by given text, which is
 * how the checker builds mutated references. Recursion is bounded by the parser's tree height.
 */
public final class Printer {
    private final Ast.Expr target;
    private final String replacement;
    private final boolean latex;

    private Printer(Ast.Expr target, String replacement, boolean latex) {
        this.target = target;
        this.replacement = replacement;
        this.latex = latex;
    }

    /** The expression as source text of the language. */
    public static String source(Ast.Expr e) {
        return new Printer(null, null, false).print(e);
    }

    /** The expression as source text, with the node {@code target} printed as {@code replacement}. */
    public static String sourceReplacing(Ast.Expr e, Ast.Expr target, String replacement) {
        return new Printer(target, replacement, false).print(e);
    }

    /** The expression as LaTeX, e.g. {@code \frac{1}{2} \exp\left(x_{1}\right)}. */
    public static String latex(Ast.Expr e) {
        return new Printer(null, null, true).print(e);
    }

    private static int precedence(Ast.Expr e) {
        if (e instanceof Ast.Logic) {
            return ((Ast.Logic) e).op.equals("not") ? 3 : ((Ast.Logic) e).op.equals("and") ? 2 : 1;
        }
        if (e instanceof Ast.Compare) {
            return 4;
        }
        if (e instanceof Ast.Binary) {
            String op = ((Ast.Binary) e).op;
            return op.equals("+") || op.equals("-") ? 5 : op.equals("**") ? 8 : 6;
        }
        if (e instanceof Ast.Unary) {
            return 7;
        }
        return 9;
    }

    String print(Ast.Expr e) {
        if (e == target && target != null) {
            return "(" + replacement + ")";
        }
        if (e instanceof Ast.Num) {
            return latex ? Num.format(((Ast.Num) e).value, 12) : ((Ast.Num) e).text;
        }
        if (e instanceof Ast.Name) {
            return latex ? latexName(((Ast.Name) e).name) : ((Ast.Name) e).name;
        }
        if (e instanceof Ast.Str) {
            return latex ? "\\text{" + ((Ast.Str) e).value + "}" : "\"" + ((Ast.Str) e).value.replace("\"", "\\\"") + "\"";
        }
        if (e instanceof Ast.Const) {
            Boolean v = ((Ast.Const) e).value;
            return v == null ? "None" : v ? "True" : "False";
        }
        if (e instanceof Ast.Unary) {
            Ast.Unary u = (Ast.Unary) e;
            return u.op + wrap(u.operand, 7);
        }
        if (e instanceof Ast.Binary) {
            return binary((Ast.Binary) e);
        }
        if (e instanceof Ast.Call) {
            return call((Ast.Call) e);
        }
        if (e instanceof Ast.Transpose) {
            return wrap(((Ast.Transpose) e).operand, 9) + (latex ? "^{\\top}" : ".T");
        }
        if (e instanceof Ast.Index) {
            Ast.Index ix = (Ast.Index) e;
            return wrap(ix.target, 9) + (latex ? "_{" + list(ix.items, ", ") + "}" : "[" + list(ix.items, ", ") + "]");
        }
        if (e instanceof Ast.Slice) {
            Ast.Slice s = (Ast.Slice) e;
            return opt(s.start) + ":" + opt(s.stop) + (s.step == null ? "" : ":" + print(s.step));
        }
        if (e instanceof Ast.ListLit) {
            return latexOrList((Ast.ListLit) e);
        }
        if (e instanceof Ast.Compare) {
            Ast.Compare c = (Ast.Compare) e;
            StringBuilder sb = new StringBuilder(wrap(c.operands.get(0), 5));
            for (int i = 0; i < c.ops.size(); i++) {
                sb.append(' ').append(c.ops.get(i)).append(' ').append(wrap(c.operands.get(i + 1), 5));
            }
            return sb.toString();
        }
        if (e instanceof Ast.Logic) {
            Ast.Logic l = (Ast.Logic) e;
            return l.right == null ? "not " + wrap(l.left, 3)
                    : wrap(l.left, precedence(l)) + " " + l.op + " " + wrap(l.right, precedence(l) + 1);
        }
        Ast.Attr a = (Ast.Attr) e;
        return wrap(a.target, 9) + "." + a.name;
    }

    private String opt(Ast.Expr e) {
        return e == null ? "" : print(e);
    }

    private String binary(Ast.Binary b) {
        int p = precedence(b);
        if (latex && b.op.equals("/")) {
            return "\\frac{" + print(b.left) + "}{" + print(b.right) + "}";
        }
        if (b.op.equals("**")) {
            String base = wrap(b.left, 9);
            return latex ? base + "^{" + print(b.right) + "}" : base + "^" + wrap(b.right, 7);
        }
        String op = b.op;
        if (latex) {
            op = op.equals("*") ? (b.implicit ? " " : " \\cdot ") : op.equals("@") ? " " : " " + op + " ";
        } else {
            op = " " + op + " ";
        }
        boolean rightAssoc = b.op.equals("-") || b.op.equals("/") || b.op.equals("//") || b.op.equals("%")
                || b.op.equals("@");
        return wrap(b.left, p) + op + wrap(b.right, rightAssoc ? p + 1 : p);
    }

    private String call(Ast.Call c) {
        StringBuilder args = new StringBuilder(list(c.args, ", "));
        for (int i = 0; i < c.keywords.size(); i++) {
            args.append(args.length() == 0 ? "" : ", ").append(c.keywords.get(i)).append('=')
                    .append(print(c.keywordValues.get(i)));
        }
        if (!latex) {
            return c.function + "(" + args + ")";
        }
        switch (c.function) {
            case "sqrt":
                return "\\sqrt{" + args + "}";
            case "abs":
                return "\\left|" + args + "\\right|";
            case "norm":
                return "\\left\\|" + args + "\\right\\|";
            case "exp":
            case "log":
            case "sin":
            case "cos":
            case "tan":
            case "tanh":
            case "det":
            case "max":
            case "min":
                return "\\" + c.function + "\\left(" + args + "\\right)";
            default:
                return "\\operatorname{" + c.function.replace("_", "\\_") + "}\\left(" + args + "\\right)";
        }
    }

    private String latexOrList(Ast.ListLit l) {
        if (!latex) {
            return "[" + list(l.items, ", ") + "]";
        }
        boolean matrix = !l.items.isEmpty() && l.items.get(0) instanceof Ast.ListLit;
        StringBuilder sb = new StringBuilder("\\begin{bmatrix}");
        for (int i = 0; i < l.items.size(); i++) {
            Ast.Expr row = l.items.get(i);
            sb.append(i == 0 ? "" : matrix ? " \\\\ " : " & ");
            sb.append(matrix && row instanceof Ast.ListLit ? list(((Ast.ListLit) row).items, " & ") : print(row));
        }
        return sb.append("\\end{bmatrix}").toString();
    }

    private String list(List<Ast.Expr> items, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : sep).append(print(items.get(i)));
        }
        return sb.toString();
    }

    private String wrap(Ast.Expr e, int minPrecedence) {
        String s = print(e);
        if (e == target && target != null) {
            return s;
        }
        if (precedence(e) < minPrecedence) {
            return latex ? "\\left(" + s + "\\right)" : "(" + s + ")";
        }
        return s;
    }

    private static final String[] GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "eta", "theta", "lambda",
        "mu", "sigma", "tau", "phi", "omega", "kappa", "rho", "pi"};

    private static String latexName(String name) {
        for (String g : GREEK) {
            if (name.equals(g)) {
                return "\\" + g;
            }
        }
        int digits = name.length();
        while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
            digits--;
        }
        if (digits > 0 && digits < name.length()) {
            return latexName(name.substring(0, digits)) + "_{" + name.substring(digits) + "}";
        }
        return name.length() == 1 ? name : "\\mathrm{" + name.replace("_", "\\_") + "}";
    }
}
