package dev.gradlab.core.lang;

import dev.gradlab.core.lang.LatexLexer.Kind;
import dev.gradlab.core.lang.LatexLexer.Tok;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Reads the tokens of a LaTeX expression (the right side of the last {@code =}) and writes GradLab
 * source. Grammar, loosest first:
 *
 * <pre>
 * expr   := term (('+' | '-') term)*
 * term   := unary (('*' | '/' | \cdot | \times | \odot | \div) unary | juxtaposed power)*
 * unary  := ('-' | '+') unary | power
 * power  := atom scripts        scripts := ('_' sub | '^' sup)*, each at most once
 * atom   := number | letters | ( … ) | { … } | |…| | \|…\| | matrix | command
 * </pre>
 * Commands ({@code \frac}, {@code \sin}, styles, accents, matrices) are read by {@link LatexCommands}.
 */
final class LatexParser {
    static final int FENCE = 0;
    static final int ABS = 1;
    static final int NORM = 2;
    private static final int MAX_DEPTH = 300;
    static final String PAIR = "pair the bars explicitly with \\lvert … \\rvert (or \\left| … \\right|)";

    final String src;
    private final List<Tok> toks;
    int pos;
    final Set<String> variables;
    final boolean scalars;
    final List<String> notes;
    private int depth;
    int matrices;
    final List<Integer> bars = new ArrayList<>();
    final LatexCommands commands = new LatexCommands(this);
    final LatexScripts scripts = new LatexScripts(this);
    /** Inside Theta(…), Omega(…), O(…): products are scalar. */
    int sizeDepth;

    LatexParser(String src, List<Tok> toks, Set<String> variables, boolean scalars, List<String> notes) {
        this.src = src;
        this.toks = toks;
        this.variables = variables;
        this.scalars = scalars;
        this.notes = notes;
    }

    LatexOut parse() {
        LatexOut e = expr();
        Tok t = peek();
        if (t.kind() != Kind.EOF) {
            throw unexpected(t);
        }
        return e;
    }

    LatexOut expr() {
        enter();
        LatexOut left = term();
        while (peek().sym("+") || peek().sym("-")) {
            Tok t = next();
            LatexOut right = term();
            left = check(LatexOut.binary(left, " " + t.rest() + " ", right, t.start, LatexOut.ADD, LatexOut.ADD,
                    LatexOut.MUL));
        }
        depth--;
        return left;
    }

    private LatexOut term() {
        LatexOut left = unary();
        while (true) {
            Tok t = peek();
            String op = binaryOp(t);
            if (op != null) {
                next();
                LatexOut right = unary();
                left = op.equals("jmul") ? product(left, right, t.start)
                        : check(LatexOut.binary(left, op, right, t.start, LatexOut.MUL, LatexOut.MUL, LatexOut.UNARY));
            } else if (startsOperand(t)) {
                int at = t.at();
                left = product(left, power(), at);
            } else {
                return left;
            }
        }
    }

    /** "*", "/", "jmul" (a product as written in math) or null. */
    private static String binaryOp(Tok t) {
        if (t.sym("*") || t.cmd("ast") || t.cmd("odot") || t.cmd("circ") || t.cmd("star")) {
            return "*";
        }
        if (t.sym("/") || t.cmd("div")) {
            return "/";
        }
        return t.cmd("cdot") || t.cmd("times") || t.cmd("cdotp") ? "jmul" : null;
    }

    /**
     * The product of juxtaposition, \cdot and \times: {@code jmul(l, r)} (matrix product for arrays),
     * or {@code l*r} when a side is a numeric constant or when products are scalar.
     */
    LatexOut product(LatexOut l, LatexOut r, int at) {
        if (scalar() || l.constant || r.constant) {
            return check(LatexOut.binary(l, "*", r, at, LatexOut.MUL, LatexOut.MUL, LatexOut.UNARY));
        }
        List<LatexOut> args = new ArrayList<>();
        args.add(l);
        args.add(r);
        return check(LatexOut.call("jmul", args, at, r.lastOrigin()));
    }

    private LatexOut unary() {
        Tok t = peek();
        if (t.sym("-") || t.sym("+")) {
            next();
            enter();
            LatexOut operand = unary();
            depth--;
            LatexOut o = LatexOut.of(t.rest(), t.start, LatexOut.UNARY).add(operand.atLeast(LatexOut.UNARY));
            o.inherit(operand);
            o.height++;
            return check(o);
        }
        return power();
    }

    LatexOut power() {
        enter();
        LatexOut a = scripts.scripts(atom());
        depth--;
        return a;
    }

    /** Whether {@code t} can start an operand, so that it is multiplied with what precedes it. */
    boolean startsOperand(Tok t) {
        switch (t.kind()) {
            case NUM: case NAME: case LPAR: case LBRACE: case BEGIN: case LBAR: case LNBAR: case OTHER:
                return true;
            case BAR:
                return top() != ABS;
            case NBAR:
                return top() == FENCE;
            case CMD:
                return binaryOp(t) == null;
            default:
                return false;
        }
    }

    /** Whether products are scalar here (a formula, or inside an asymptotic wrapper). */
    boolean scalar() {
        return scalars || sizeDepth > 0;
    }

    int top() {
        return bars.isEmpty() ? FENCE : bars.get(bars.size() - 1);
    }

    private LatexOut atom() {
        Tok t = peek();
        switch (t.kind()) {
            case NUM:
                next();
                return number(t.rest(), t.at());
            case NAME:
                return letters(t);
            case LPAR:
                return commands.parens();
            case LBRACE:
                return braces();
            case BAR: case LBAR:
                return commands.fence(ABS);
            case NBAR: case LNBAR:
                return commands.fence(NORM);
            case BEGIN:
                return LatexMatrix.matrix(this);
            case CMD:
                return commands.command();
            case EOF:
                throw err(t.start, "the answer is incomplete", "write the rest of the expression");
            case RBAR: case RNBAR:
                throw err(t.start, t.describe() + " closes no bar", PAIR);
            case OTHER:
                throw err(t.start, "unexpected character " + t.describe(), "write the expression in LaTeX, such "
                        + "as \\sigma for the Greek letter");
            default:
                throw unexpected(t);
        }
    }

    static LatexOut number(String text, int at) {
        LatexOut o = LatexOut.of(text, at, LatexOut.ATOM);
        o.constant = true;
        o.number = true;
        return o;
    }

    /**
     * A run of letters and digits: a whole word (a function, a spelled Greek letter, a declared
     * variable) or, as in LaTeX, a product of single letters each with the digits after it.
     */
    private LatexOut letters(Tok t) {
        String run = t.rest();
        if (t.cut == 0 && isWord(run)) {
            next();
            if (variables != null && variables.contains(run)) {
                return nameOut(run, t.start);
            }
            String f = LatexWords.function(run);
            return f != null ? commands.function(f, t.start) : commands.named(run, t.start);
        }
        int n = 1;
        while (n < run.length() && LatexLexer.isDigit(run.charAt(n))) {
            n++;
        }
        if (t.cut == 0 && n < run.length()) {
            note("read " + run + " as " + spaced(run));
        }
        int at = t.at();
        String piece = take(t, n);
        if (piece.equals("e")) {
            LatexOut o = nameOut("e", at);
            o.isE = variables == null || !variables.contains("e");
            return o;
        }
        return piece.equals("O") && peek().kind() == Kind.LPAR ? commands.named(piece, at) : nameOut(piece, at);
    }

    private boolean isWord(String run) {
        if ((variables != null && variables.contains(run)) || LatexWords.WORDS.contains(run)) {
            return true;
        }
        int k = run.length();
        while (k > 0 && LatexLexer.isDigit(run.charAt(k - 1))) {
            k--;
        }
        return k > 0 && k < run.length() && LatexWords.GREEK.containsKey(run.substring(0, k))
                && LatexWords.WORDS.contains(run.substring(0, k));
    }

    private static String spaced(String run) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (i > 0 && !LatexLexer.isDigit(c)) {
                sb.append('\u00b7');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A variable name; with declared variables, {@code lambda} becomes {@code lam} when only that is declared. */
    LatexOut nameOut(String n, int at) {
        String text = n;
        if (variables != null && !variables.contains(n) && n.equals("lambda") && variables.contains("lam")) {
            text = "lam";
        }
        LatexOut o = LatexOut.name(text, at);
        o.name = n;
        return o;
    }

    LatexOut call(String f, LatexOut arg, int at) {
        return check(LatexOut.call(f, Collections.singletonList(arg), at, arg.lastOrigin()));
    }

    /** A single-symbol argument (as LaTeX reads \frac12 or x^2): one digit, one letter, a command or a {group}. */
    LatexOut scriptAtom(Tok owner) {
        Tok t = peek();
        int at = t.at();
        switch (t.kind()) {
            case NUM:
                String d = take(t, t.rest().startsWith(".") && t.rest().length() > 1 ? 2 : 1);
                return number(d, at);
            case NAME:
                String c = take(t, 1);
                LatexOut o = nameOut(c, at);
                o.isE = c.equals("e") && (variables == null || !variables.contains("e"));
                return o;
            case LBRACE:
                return braces();
            case CMD:
                return commands.command();
            default:
                throw err(owner.start, owner.describe() + " is missing its argument",
                        "write the argument in braces, such as \\frac{a}{b} or x^{2}");
        }
    }

    /** A {…} group: the expression inside, unchanged (braces only group). */
    LatexOut braces() {
        Tok open = next();
        if (peek().kind() == Kind.RBRACE) {
            throw err(open.start, "empty braces {}", "write an expression inside them");
        }
        bars.add(FENCE);
        LatexOut e = expr();
        Tok close = peek();
        if (close.kind() != Kind.RBRACE) {
            throw unexpected(close);
        }
        next();
        bars.remove(bars.size() - 1);
        return e;
    }

    /** Consumes the first n characters of the current token (all of it when n reaches its end). */
    String take(Tok t, int n) {
        String s = t.rest().substring(0, Math.min(n, t.rest().length()));
        t.cut += s.length();
        if (t.cut >= t.text.length()) {
            pos++;
        }
        return s;
    }

    Tok peek() {
        while (matrices == 0 && (toks.get(pos).kind() == Kind.AMP || toks.get(pos).kind() == Kind.ROWSEP)) {
            pos++;
        }
        return toks.get(pos);
    }

    Tok next() {
        Tok t = peek();
        if (t.kind() != Kind.EOF) {
            pos++;
        }
        return t;
    }

    Tok raw(int i) {
        return toks.get(Math.min(i, toks.size() - 1));
    }

    void note(String n) {
        if (notes.size() < 20 && !notes.contains(n)) {
            notes.add(n);
        }
    }

    void enter() {
        if (++depth > MAX_DEPTH) {
            throw err(peek().start, "the expression is nested too deeply", "split it into simpler parts");
        }
    }

    void leave() {
        depth--;
    }

    LatexOut check(LatexOut o) {
        if (o.height > ExprParser.MAX_HEIGHT) {
            throw err(o.start, "the expression is nested too deeply (more than " + ExprParser.MAX_HEIGHT
                    + " levels)", "split it into simpler parts");
        }
        return o;
    }

    LangException err(int offset, String message, String hint) {
        return LatexLexer.error(src, offset, message, hint);
    }

    LangException unexpected(Tok t) {
        switch (t.kind()) {
            case RPAR:
                return err(t.start, "this " + t.describe() + " has no matching opening bracket",
                        "remove it or add the opening bracket");
            case EQ:
                return err(t.start, "unexpected =", "an answer is one expression");
            case RBAR: case RNBAR:
                return err(t.start, t.describe() + " closes no bar", PAIR);
            case SYM:
                if (t.sym("'")) {
                    return err(t.start, "primes are not supported in answers", "write a transpose as ^\\top");
                }
                return err(t.start, "unexpected " + t.describe(), t.sym("<") || t.sym(">")
                        ? "an answer is a single expression, not an inequality" : null);
            case EOF:
                return err(t.start, "the answer is incomplete", "write the rest of the expression");
            default:
                return err(t.start, "unexpected " + t.describe(), null);
        }
    }
}
