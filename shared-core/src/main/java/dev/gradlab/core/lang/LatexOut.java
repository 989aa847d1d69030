package dev.gradlab.core.lang;

import java.util.Arrays;
import java.util.List;

/**
 * A piece of translated GradLab source, with the offset in the LaTeX text that each character came
 * from and what the translator needs to know about it (precedence, whether it is a constant or a
 * plain name).
 */
final class LatexOut {
    /** Precedence levels of the GradLab grammar, loosest first. */
    static final int ADD = 0;
    static final int MUL = 1;
    static final int UNARY = 2;
    static final int POWER = 3;
    static final int POSTFIX = 4;
    static final int ATOM = 5;

    final StringBuilder text = new StringBuilder();
    private int[] origin = new int[8];
    /** Offset in the LaTeX text where this piece starts. */
    final int start;
    int prec = ATOM;
    int height = 1;
    /** A numeric constant (numbers, pi, and arithmetic on them): a product with it is elementwise. */
    boolean constant;
    /** A single number literal. */
    boolean number;
    /** Mentions a name starting with a capital letter (a matrix, by the usual convention). */
    boolean upper;
    /** The name, when this is a plain name that a subscript or an accent may extend; else null. */
    String name;
    /** The constant e (written e or \mathrm{e}): e^{x} is exp(x). */
    boolean isE;
    /** For a norm written with bars, its argument (a subscript such as _1 may still change the norm). */
    LatexOut normOf;
    /** For a parenthesised group, the expression inside (a call's argument needs no parentheses). */
    LatexOut inner;

    LatexOut(int start) {
        this.start = start;
    }

    static LatexOut of(String s, int at, int prec) {
        LatexOut o = new LatexOut(at);
        o.prec = prec;
        return o.add(s, at);
    }

    static LatexOut name(String n, int at) {
        LatexOut o = of(n, at, ATOM);
        o.name = n;
        o.upper = !n.isEmpty() && Character.isUpperCase(n.charAt(0));
        return o;
    }

    LatexOut add(String s, int at) {
        for (int i = 0; i < s.length(); i++) {
            push(s.charAt(i), at);
        }
        return this;
    }

    LatexOut add(LatexOut o) {
        for (int i = 0; i < o.text.length(); i++) {
            push(o.text.charAt(i), o.origin[i]);
        }
        return this;
    }

    private void push(char c, int at) {
        if (text.length() == origin.length) {
            origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[text.length()] = at;
        text.append(c);
    }

    /** This piece, in parentheses when its precedence is below {@code min}. */
    LatexOut atLeast(int min) {
        if (prec >= min) {
            return this;
        }
        LatexOut o = of("(", start, ATOM).add(this).add(")", start);
        o.inherit(this);
        return o;
    }

    /** Copies the facts of {@code child} that a wrapper keeps (constant, capital names, height). */
    LatexOut inherit(LatexOut child) {
        constant = child.constant;
        upper |= child.upper;
        height = Math.max(height, child.height);
        return this;
    }

    /** A call {@code f(a, b, …)}; constant when every argument is. */
    static LatexOut call(String f, List<LatexOut> args, int at, int end) {
        LatexOut o = seq(f + "(", args, ")", at, end);
        boolean constant = !args.isEmpty();
        for (LatexOut a : args) {
            constant &= a.inner != null ? a.inner.constant : a.constant;
        }
        o.constant = constant;
        return o;
    }

    /** {@code open a, b, … close}, such as a list literal {@code [a, b]}. */
    static LatexOut seq(String open, List<LatexOut> items, String close, int at, int end) {
        LatexOut o = of(open, at, ATOM);
        int h = 0;
        for (int i = 0; i < items.size(); i++) {
            LatexOut a = items.get(i).inner != null ? items.get(i).inner : items.get(i);
            if (i > 0) {
                o.add(", ", a.start);
            }
            o.add(a);
            o.upper |= a.upper;
            h = Math.max(h, a.height);
        }
        o.add(close, end);
        o.height = h + 1;
        return o;
    }

    /** {@code l op r} with each side parenthesised as the grammar needs. */
    static LatexOut binary(LatexOut l, String op, LatexOut r, int at, int prec, int leftMin, int rightMin) {
        LatexOut o = new LatexOut(l.start);
        o.add(l.atLeast(leftMin)).add(op, at).add(r.atLeast(rightMin));
        o.prec = prec;
        o.constant = l.constant && r.constant;
        o.upper = l.upper || r.upper;
        o.height = Math.max(l.height, r.height) + 1;
        return o;
    }

    /** The origin of the last character (where a closing parenthesis added after it should point). */
    int lastOrigin() {
        return text.length() == 0 ? start : origin[text.length() - 1];
    }

    /** The origin offsets, one per character plus {@code end} for the position just past the text. */
    int[] origins(int end) {
        int[] out = Arrays.copyOf(origin, text.length() + 1);
        out[text.length()] = end;
        return out;
    }
}
