package dev.gradlab.core.lang;

import dev.gradlab.core.lang.LatexLexer.Kind;
import dev.gradlab.core.lang.LatexLexer.Tok;

/**
 * Subscripts and superscripts for {@link LatexParser}: {@code x_{1}} → {@code x1},
 * {@code x^\top} → {@code x.T}, {@code A^{-1}} → {@code inv(A)}, {@code A^\dagger} → {@code pinv(A)},
 * {@code e^{x}} → {@code exp(x)}, {@code x^{n}} → {@code x^(n)}.
 */
final class LatexScripts {
    /** Superscript kinds. */
    static final int POW = 0;
    static final int TRANSPOSE = 1;
    static final int INVERSE = 2;
    static final int INVERSE_T = 3;
    static final int PSEUDO = 4;

    /** A parsed superscript. */
    static final class Sup {
        int kind;
        LatexOut exp;
        boolean bare;
        /** A transpose written with the letter T (after a number it is a power). */
        boolean letter;
        int at;
    }

    private final LatexParser p;

    LatexScripts(LatexParser p) {
        this.p = p;
    }

    /** Reads {@code _…} and {@code ^…} after an atom and applies them. */
    LatexOut scripts(LatexOut a) {
        Tok subAt = null;
        String sub = null;
        Sup sup = null;
        while (true) {
            Tok t = p.peek();
            if (t.sym("_")) {
                if (sub != null) {
                    throw p.err(t.start, "double subscript", "put the whole subscript in one pair of braces: x_{ij}");
                }
                p.next();
                subAt = t;
                sub = subscript();
            } else if (t.sym("^")) {
                if (sup != null) {
                    throw p.err(t.start, "double superscript", "use braces, such as {x^2}^3");
                }
                p.next();
                sup = superscript(t);
            } else if (t.sym("'") || t.cmd("prime")) {
                throw p.err(t.start, "primes are not supported in answers",
                        "write a transpose as ^\\top and a derivative out in full");
            } else if (t.sym("!")) {
                throw p.err(t.start, "factorials are not supported in answers", "write the product out");
            } else {
                break;
            }
        }
        if (sub != null) {
            if (a.normOf != null) {
                a = p.commands.norm(a.normOf, sub, a.start, subAt.start);
            } else if (a.name != null) {
                a = subscripted(a, sub);
            } else {
                throw p.err(subAt.start, "a subscript must follow a name", "write x_1 or W_{q}");
            }
        }
        return sup == null ? a : applySup(a, sup);
    }

    private LatexOut subscripted(LatexOut a, String sub) {
        String full = a.name + sub;
        if (p.variables != null && !p.variables.contains(full)) {
            LatexOut base = p.nameOut(a.name, a.start);
            if (p.variables.contains(base.text.toString())) {
                p.note("read " + a.name + "_" + sub + " as " + base.text);
                return base;
            }
        }
        return p.nameOut(full, a.start);
    }

    /** The text of a subscript with everything but letters and digits dropped: x_{t-1} → t1. */
    private String subscript() {
        Tok t = p.peek();
        if (t.kind() == Kind.LBRACE) {
            p.next();
            StringBuilder sb = new StringBuilder();
            int level = 1;
            while (true) {
                Tok u = p.next();
                switch (u.kind()) {
                    case LBRACE:
                        level++;
                        break;
                    case RBRACE:
                        if (--level == 0) {
                            return sb.toString();
                        }
                        break;
                    case EOF:
                        throw p.err(t.start, "this { is never closed", "add the matching }");
                    case NAME: case NUM:
                        sb.append(alphanumeric(u.rest()));
                        break;
                    case CMD:
                        sb.append(subscriptCommand(u.text));
                        break;
                    default:
                        break;
                }
            }
        }
        if (t.kind() == Kind.NAME || t.kind() == Kind.NUM) {
            return alphanumeric(p.take(t, 1));
        }
        if (t.kind() == Kind.CMD) {
            p.next();
            String s = subscriptCommand(t.text);
            if (!s.isEmpty()) {
                return s;
            }
        }
        throw p.err(t.start, "expected a subscript after _", "write x_1 or x_{ij}");
    }

    private static String subscriptCommand(String c) {
        String g = LatexWords.GREEK.get(c);
        if (g != null) {
            return g;
        }
        if (c.equals("infty")) {
            return "inf";
        }
        if (LatexWords.STYLES.contains(c) || LatexWords.ACCENTS.containsKey(c) || c.isEmpty()
                || !LatexLexer.isLetter(c.charAt(0))) {
            return "";
        }
        return c;
    }

    private static String alphanumeric(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (LatexLexer.isLetter(c) || LatexLexer.isDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A superscript after its {@code ^}: a transpose, an inverse, a pseudo-inverse or a power. */
    Sup superscript(Tok caret) {
        Sup s = new Sup();
        s.at = caret.start;
        Tok t = p.peek();
        if (t.kind() == Kind.LBRACE) {
            int i = p.pos + 1;
            int n = transposeAt(i, true);
            if (n > 0 && p.raw(i + n).kind() == Kind.RBRACE) {
                s.kind = TRANSPOSE;
                s.letter = p.raw(i).kind() == Kind.NAME;
            } else if ((p.raw(i).cmd("dagger") || p.raw(i).sym("+")) && p.raw(i + 1).kind() == Kind.RBRACE) {
                s.kind = PSEUDO;
                n = 1;
            } else if (p.raw(i).sym("-") && p.raw(i + 1).is(Kind.NUM, "1") && p.raw(i + 2).kind() == Kind.RBRACE) {
                s.kind = INVERSE;
                n = 2;
            } else if (p.raw(i).sym("-") && (n = transposeAt(i + 1, true)) > 0
                    && p.raw(i + 1 + n).kind() == Kind.RBRACE) {
                s.kind = INVERSE_T;
                n++;
            } else {
                s.exp = p.braces();
                return s;
            }
            p.pos = i + n + 1;
            return s;
        }
        int n = transposeAt(p.pos, false);
        if (n > 0) {
            s.kind = TRANSPOSE;
            s.letter = t.kind() == Kind.NAME;
            consumeTranspose(n);
        } else if (t.cmd("dagger") || t.sym("+")) {
            p.next();
            s.kind = PSEUDO;
        } else if (t.sym("-")) {
            p.next();
            if ((n = transposeAt(p.pos, false)) > 0) {
                s.kind = INVERSE_T;
                consumeTranspose(n);
            } else {
                LatexOut e = p.scriptAtom(caret);
                if (e.number && e.text.toString().equals("1")) {
                    s.kind = INVERSE;
                } else {
                    s.exp = LatexOut.of("-", t.start, LatexOut.UNARY).add(e.atLeast(LatexOut.UNARY));
                    s.exp.inherit(e);
                }
            }
        } else {
            s.exp = p.scriptAtom(caret);
            s.bare = true;
        }
        return s;
    }

    /** Tokens a transpose mark takes at index i (\top, \intercal, T, \mathsf{T}), or 0. */
    private int transposeAt(int i, boolean whole) {
        Tok t = p.raw(i);
        if (t.cmd("top") || t.cmd("intercal")) {
            return 1;
        }
        if (t.kind() == Kind.NAME && (whole ? t.rest().equals("T") : t.rest().startsWith("T"))) {
            return 1;
        }
        if (t.kind() == Kind.CMD && (LatexWords.STYLES.contains(t.text))) {
            Tok a = p.raw(i + 1);
            if (a.kind() == Kind.LBRACE && p.raw(i + 2).is(Kind.NAME, "T") && p.raw(i + 3).kind() == Kind.RBRACE) {
                return 4;
            }
            if (a.kind() == Kind.NAME && (whole ? a.rest().equals("T") : a.rest().startsWith("T"))) {
                return 2;
            }
        }
        return 0;
    }

    /** Consumes a transpose mark of n tokens; a name token such as "Tx" gives up only its T. */
    private void consumeTranspose(int n) {
        for (int k = 1; k < n; k++) {
            p.next();
        }
        Tok last = p.peek();
        if (last.kind() == Kind.NAME) {
            p.take(last, 1);
        } else {
            p.next();
        }
    }

    private LatexOut applySup(LatexOut a, Sup s) {
        boolean matrix = !p.scalar() && a.upper && !a.constant;
        switch (s.kind) {
            case TRANSPOSE:
                if (a.number) {
                    return s.letter ? power(a, LatexOut.name("T", s.at), true, s.at) : a;
                }
                return transpose(a, s.at);
            case INVERSE:
                return matrix ? p.call("inv", a, s.at) : power(a, LatexOut.of("-1", s.at, LatexOut.UNARY), false, s.at);
            case INVERSE_T:
                return matrix ? transpose(p.call("inv", a, s.at), s.at)
                        : power(a, LatexOut.of("-1", s.at, LatexOut.UNARY), false, s.at);
            case PSEUDO:
                return p.call("pinv", a, s.at);
            default:
                return a.isE ? p.call("exp", s.exp, a.start) : power(a, s.exp, s.bare, s.at);
        }
    }

    private LatexOut transpose(LatexOut a, int at) {
        LatexOut o = new LatexOut(a.start).add(a.atLeast(LatexOut.POSTFIX)).add(".T", at);
        o.prec = LatexOut.POSTFIX;
        o.inherit(a);
        o.height++;
        return p.check(o);
    }

    LatexOut power(LatexOut a, LatexOut exp, boolean bare, int at) {
        LatexOut o = new LatexOut(a.start).add(a.atLeast(LatexOut.POSTFIX)).add("^", at);
        if (bare) {
            o.add(exp.atLeast(LatexOut.ATOM));
        } else {
            o.add("(", exp.start).add(exp).add(")", exp.lastOrigin());
        }
        o.prec = LatexOut.POWER;
        o.constant = a.constant && exp.constant;
        o.upper = a.upper;
        o.height = Math.max(a.height, exp.height) + 1;
        return p.check(o);
    }
}
