package dev.gradlab.core.lang;

import dev.gradlab.core.lang.LatexLexer.Kind;
import dev.gradlab.core.lang.LatexLexer.Tok;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The atoms of {@link LatexParser} that start with a command or a bracket: \frac, \sin, |x|, matrices, … */
final class LatexCommands {
    private static final Set<String> UPRIGHT = new HashSet<>(Arrays.asList("mathrm", "text", "textrm", "rm",
            "mathnormal", "textnormal"));
    private static final String FUNCTIONS = "exp, log, sin, cos, tan, tanh, sech, sigmoid, relu, softplus, "
            + "softmax, sign, tr, diag, det, max, min";

    private final LatexParser p;
    /** Where the closing bracket of the last {@link #items()} was. */
    private int lastClose;

    LatexCommands(LatexParser p) {
        this.p = p;
    }

    LatexOut command() {
        Tok t = p.next();
        p.enter();
        LatexOut o = body(t);
        p.leave();
        return o;
    }

    private LatexOut body(Tok t) {
        String c = t.text;
        String greek = LatexWords.GREEK.get(c);
        if (greek != null) {
            Tok d = p.peek();
            if (d.kind() == Kind.NUM && d.cut == 0 && d.start == t.end && d.text.indexOf('.') < 0
                    && d.text.indexOf('e') < 0 && d.text.indexOf('E') < 0) {
                p.next();
                return p.nameOut(greek + d.text, t.start);
            }
            return named(greek, t.start);
        }
        switch (c) {
            case "frac": case "dfrac": case "tfrac": case "cfrac":
                LatexOut a = arg(t);
                LatexOut b = arg(t);
                LatexOut o = LatexOut.of("((", t.start, LatexOut.ATOM).add(a).add(")/(", b.start).add(b)
                        .add("))", b.lastOrigin());
                o.constant = a.constant && b.constant;
                o.upper = a.upper || b.upper;
                o.height = Math.max(a.height, b.height) + 2;
                return p.check(o);
            case "sqrt":
                return sqrt(t);
            case "pi":
                return pi(t.start);
            case "infty":
                LatexOut inf = LatexOut.of("inf", t.start, LatexOut.ATOM);
                inf.constant = true;
                return inf;
            default:
                break;
        }
        if (LatexWords.STYLES.contains(c)) {
            return style(t);
        }
        String suffix = LatexWords.ACCENTS.get(c);
        if (suffix != null) {
            return accent(t, suffix);
        }
        if (LatexWords.FUNCTION_COMMANDS.contains(c)) {
            return function(LatexWords.function(c), t.start);
        }
        if (c.equals("cdot") || c.equals("times") || c.equals("div") || c.equals("ast") || c.equals("odot")
                || c.equals("circ") || c.equals("star") || c.equals("cdotp")) {
            throw p.err(t.start, "unexpected \\" + c, "\\" + c + " needs a factor on each side");
        }
        if (c.equals("begin") || c.equals("end")) {
            throw p.err(t.start, "\\" + c + " needs an environment name in braces",
                    "write \\begin{bmatrix} … \\end{bmatrix}");
        }
        String hint = LatexWords.REFUSED.get(c);
        throw p.err(t.start, (c.isEmpty() ? "a lone backslash" : "\\" + c) + " is not supported in answers",
                hint != null ? hint : "write it with \\frac, \\sqrt, ^, _, \\cdot, \\exp, \\log, or in GradLab "
                        + "syntax such as sum(x)");
    }

    /** A Greek letter or a word: \sigma(…) is the sigmoid, Theta(…), Omega(…), O(…) stay calls. */
    LatexOut named(String n, int at) {
        Tok next = p.peek();
        if (n.equals("pi")) {
            return pi(at);
        }
        if (n.equals("sigma") && next.kind() == Kind.LPAR && (p.variables == null || !p.variables.contains("sigma"))) {
            p.note("read \\sigma(…) as sigmoid(…)");
            return function("sigmoid", at);
        }
        if (LatexWords.WRAPPERS.contains(n) && next.kind() == Kind.LPAR) {
            p.sizeDepth++;
            List<LatexOut> args = items();
            p.sizeDepth--;
            return p.check(LatexOut.call(n, args, at, lastClose));
        }
        return p.nameOut(n, at);
    }

    private static LatexOut pi(int at) {
        LatexOut o = LatexOut.of("pi", at, LatexOut.ATOM);
        o.constant = true;
        return o;
    }

    /**
     * A function f applied as written: {@code \sin(x)}, {@code \sin x}, {@code \sin 2x},
     * {@code \sin^2 x} → {@code (sin(x))^2}, {@code \log_2 x} → {@code (log(x)/log(2))}.
     */
    LatexOut function(String f, int at) {
        LatexScripts.Sup power = null;
        LatexOut base = null;
        while (true) {
            Tok s = p.peek();
            if (s.sym("^") && power == null) {
                p.next();
                power = p.scripts.superscript(s);
                if (power.kind == LatexScripts.INVERSE) {
                    throw p.err(s.start, LatexWords.isTrig(f) ? "inverse trig functions are not supported"
                            : "inverse functions are not supported", LatexWords.isTrig(f)
                            ? "write the answer without \\arcsin, \\arctan or \\sin^{-1}" : "write the inverse out");
                }
                if (power.kind != LatexScripts.POW) {
                    throw p.err(s.start, f + " cannot be transposed or inverted", "put the superscript after the "
                            + "argument: \\left(\\" + f + " x\\right)^2");
                }
            } else if (s.sym("_") && base == null) {
                if (!f.equals("log")) {
                    throw p.err(s.start, f + " with a subscript is not supported", f.equals("max") || f.equals("min")
                            ? "write the " + f + "imum itself, or " + f + "(…) of a vector" : "remove the subscript");
                }
                p.next();
                base = arg(s);
            } else {
                break;
            }
        }
        LatexOut call = apply(f, at);
        if (base != null) {
            call = LatexOut.binary(call, "/", p.call("log", base, at), at, LatexOut.MUL, LatexOut.MUL, LatexOut.UNARY)
                    .atLeast(LatexOut.ATOM);
        }
        if (power != null) {
            LatexOut w = LatexOut.of("(", at, LatexOut.ATOM).add(call).add(")", call.lastOrigin()).inherit(call);
            call = p.scripts.power(w, power.exp, power.bare, power.at);
        }
        return p.check(call);
    }

    private LatexOut apply(String f, int at) {
        Tok a = p.peek();
        if (a.kind() == Kind.LPAR) {
            List<LatexOut> args = items();
            return p.check(LatexOut.call(f, args, at, lastClose));
        }
        LatexOut arg;
        if (a.kind() == Kind.LBRACE) {
            arg = p.braces();
        } else if (p.startsOperand(a) && a.kind() != Kind.OTHER) {
            arg = p.power();
            boolean numeric = arg.number;
            while (numeric && simpleFactor(p.peek())) {
                int x = p.peek().at();
                arg = p.product(arg, p.power(), x);
            }
        } else {
            throw p.err(at, f + " needs an argument", "write it in parentheses, such as \\" + f + "(x)");
        }
        return p.call(f, arg, at);
    }

    /** A name or Greek letter that continues a function's numeric argument: \sin 2x, \cos 2\pi t. */
    private static boolean simpleFactor(Tok t) {
        if (t.kind() == Kind.NAME) {
            return t.cut > 0 || LatexWords.function(t.text) == null;
        }
        return t.kind() == Kind.CMD && (LatexWords.GREEK.containsKey(t.text) || t.text.equals("pi"));
    }

    /** A bracketed, comma-separated list after its opening bracket: ( … ), [ … ], \{ … \}, \left( … \right). */
    List<LatexOut> items() {
        Tok open = p.next();
        if (p.peek().kind() == Kind.RPAR) {
            throw p.err(open.start, "empty brackets", "write an expression inside them");
        }
        p.bars.add(LatexParser.FENCE);
        List<LatexOut> items = new ArrayList<>();
        items.add(p.expr());
        while (p.peek().sym(",")) {
            p.next();
            items.add(p.expr());
        }
        Tok close = p.peek();
        if (close.kind() != Kind.RPAR) {
            throw p.err(open.start, "this " + open.describe() + " is never closed", close.kind() == Kind.EOF
                    ? "add the closing bracket" : "add the closing bracket before " + close.describe());
        }
        p.next();
        lastClose = close.start;
        p.bars.remove(p.bars.size() - 1);
        return items;
    }

    /** (a) stays (a); (a, b) is a list [a, b]. */
    LatexOut parens() {
        int at = p.peek().start;
        List<LatexOut> items = items();
        if (items.size() > 1) {
            return p.check(LatexOut.seq("[", items, "]", at, lastClose));
        }
        LatexOut e = items.get(0);
        LatexOut o = LatexOut.of("(", at, LatexOut.ATOM).add(e).add(")", lastClose).inherit(e);
        o.height++;
        o.inner = e;
        return p.check(o);
    }

    /** |x| → abs(x), \|x\| → norm(x); bars pair left to right, innermost first. */
    LatexOut fence(int kind) {
        Tok open = p.next();
        p.bars.add(kind);
        LatexOut e = p.expr();
        Tok c = p.peek();
        boolean closes = kind == LatexParser.ABS
                ? c.kind() == Kind.BAR || c.kind() == Kind.RBAR || (c.kind() == Kind.NBAR && c.rest().equals("||"))
                : c.kind() == Kind.NBAR || c.kind() == Kind.RNBAR;
        if (!closes) {
            throw p.err(open.start, "the bar " + open.describe() + " is never closed, or the bars cannot be paired",
                    LatexParser.PAIR);
        }
        if (c.kind() == Kind.NBAR && kind == LatexParser.ABS) {
            p.take(c, 1);
        } else {
            p.next();
        }
        p.bars.remove(p.bars.size() - 1);
        if (kind == LatexParser.ABS) {
            return p.check(LatexOut.call("abs", Collections.singletonList(e), open.start, c.start));
        }
        LatexOut n = norm(e, "", open.start, c.start);
        n.normOf = e;
        return n;
    }

    /** The norm a subscript names: none, 2 or F → norm, 1 → sum(abs(x)), ∞ → max(abs(x)). */
    LatexOut norm(LatexOut e, String sub, int start, int at) {
        switch (sub) {
            case "": case "2": case "F": case "fro": case "Fro": case "Frob":
                return p.call("norm", e, start);
            case "1":
                return p.call("sum", p.call("abs", e, start), start);
            case "inf": case "infty": case "max":
                return p.call("max", p.call("abs", e, start), start);
            default:
                throw p.err(at, "the norm with subscript " + sub + " is not supported",
                        "use \\|x\\|, \\|x\\|_1, \\|x\\|_\\infty or \\|A\\|_F");
        }
    }

    /** An argument of \frac, \sqrt, a style or an accent: a {group} or a single symbol. */
    private LatexOut arg(Tok owner) {
        return p.peek().kind() == Kind.LBRACE ? p.braces() : p.scriptAtom(owner);
    }

    private LatexOut sqrt(Tok t) {
        LatexOut index = null;
        Tok a = p.peek();
        if (a.is(Kind.LPAR, "[")) {
            p.next();
            p.bars.add(LatexParser.FENCE);
            index = p.expr();
            Tok close = p.next();
            if (!close.is(Kind.RPAR, "]")) {
                throw p.err(a.start, "the [ of \\sqrt[n] is never closed", "write \\sqrt[3]{x}");
            }
            p.bars.remove(p.bars.size() - 1);
        }
        LatexOut x = arg(t);
        if (index == null) {
            return p.call("sqrt", x, t.start);
        }
        LatexOut o = LatexOut.of("((", t.start, LatexOut.ATOM).add(x).add(")^(1/(", index.start).add(index)
                .add(")))", index.lastOrigin());
        o.constant = x.constant && index.constant;
        o.upper = x.upper;
        o.height = Math.max(x.height, index.height) + 3;
        return p.check(o);
    }

    /** \mathbf{x}, \operatorname{sign}, \text{ReLU}, \mathrm{e}: a name, a function, e, or a styled expression. */
    private LatexOut style(Tok t) {
        String c = t.text;
        Tok a = p.peek();
        Tok w = p.raw(p.pos + 1);
        if (a.kind() == Kind.LBRACE && w.kind() == Kind.NAME && w.cut == 0 && p.raw(p.pos + 2).kind() == Kind.RBRACE) {
            p.pos += 3;
            return word(c, w.text, t.start);
        }
        if (c.equals("operatorname")) {
            throw p.err(t.start, "\\operatorname needs a function name in braces", "write \\operatorname{sign}(w)");
        }
        if (a.kind() == Kind.NAME) {
            int at = a.at();
            return word(c, p.take(a, 1), at);
        }
        return arg(t);
    }

    private LatexOut word(String style, String w, int at) {
        String f = LatexWords.function(w);
        if (f != null) {
            return function(f, at);
        }
        if (style.equals("operatorname")) {
            throw p.err(at, "unknown function " + w, "the functions are " + FUNCTIONS);
        }
        if (w.equals("e") && UPRIGHT.contains(style)) {
            LatexOut e = p.call("exp", LatexParser.number("1", at), at);
            e.isE = true;
            return e;
        }
        return named(w, at);
    }

    /** \tilde{W} → Wtilde, \hat{v} → vhat, \bar{x} → xbar. */
    private LatexOut accent(Tok t, String suffix) {
        Tok a = p.peek();
        Tok w = p.raw(p.pos + 1);
        LatexOut inner;
        if (a.kind() == Kind.LBRACE && w.kind() == Kind.NAME && w.cut == 0 && p.raw(p.pos + 2).kind() == Kind.RBRACE) {
            p.pos += 3;
            inner = p.nameOut(w.text, w.start);
        } else {
            inner = arg(t);
        }
        if (inner.name == null) {
            throw p.err(t.start, "\\" + t.text + " must be put on a single letter or name",
                    "write \\" + t.text + "{W}");
        }
        return p.nameOut(inner.name + suffix, t.start);
    }
}
