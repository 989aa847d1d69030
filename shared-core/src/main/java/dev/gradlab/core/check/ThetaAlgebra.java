package dev.gradlab.core.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arithmetic of Θ-classes of positive cost expressions in independent sizes. A value is kept as an
 * exact {@link Polynomial} for as long as possible, so cancellations such as {@code (n+1)^2 - n^2}
 * come out right; where exactness is impossible (a square root or a log of a sum, a negative power
 * of a sum, an expansion over budget) the operand is replaced by its <em>reduction</em>: the sum of
 * its extreme monomials (see {@link Dominance}) with coefficient 1, which is Θ-equal when the
 * operand is positive. Reduced values may be added, multiplied, divided by a monomial and raised
 * to powers, never subtracted. Stateless; values are immutable.
 */
final class ThetaAlgebra implements SizeReader.Algebra<ThetaAlgebra.Value> {
    /** The largest power of a sum that is expanded exactly; larger ones are reduced first. */
    static final int MAX_EXPANDED_POWER = 16;

    private final List<String> order;

    /** {@code order}: the declared variables, the order in which messages write monomials. */
    ThetaAlgebra(List<String> order) {
        this.order = order;
    }

    /** An exact polynomial, or (not exact) a reduced sum of monomials with coefficient 1. */
    static final class Value {
        final Polynomial poly;
        final boolean exact;

        Value(Polynomial poly, boolean exact) {
            this.poly = poly;
            this.exact = exact;
        }
    }

    @Override
    public Value constant(Rational c) {
        return new Value(Polynomial.constant(c), true);
    }

    @Override
    public Value variable(String name) {
        return new Value(Polynomial.variable(name), true);
    }

    @Override
    public Value add(Value a, Value b) {
        if (a.exact && b.exact) {
            try {
                return new Value(a.poly.add(b.poly), true);
            } catch (Polynomial.TooLarge e) {
                // fall through to the reductions
            }
        }
        return reducedValue(reduce(a).add(reduce(b)));
    }

    @Override
    public Value subtract(Value a, Value b) {
        if (a.exact && b.exact) {
            try {
                return new Value(a.poly.subtract(b.poly), true);
            } catch (Polynomial.TooLarge e) {
                throw ReadException.unplaced("the expression is too large to subtract exactly; simplify it first");
            }
        }
        throw cannotCancel();
    }

    @Override
    public Value negate(Value a) {
        if (!a.exact) {
            throw cannotCancel();
        }
        return new Value(a.poly.negate(), true);
    }

    private static ReadException cannotCancel() {
        return ReadException.unplaced("a minus sign next to a square root, a log or a large power cannot be simplified"
                + " exactly; write only the dominant terms");
    }

    @Override
    public Value multiply(Value a, Value b) {
        if (a.exact && b.exact) {
            try {
                return new Value(a.poly.multiply(b.poly), true);
            } catch (Polynomial.TooLarge e) {
                // fall through to the reductions
            }
        }
        return reducedValue(reduce(a).multiply(reduce(b)));
    }

    @Override
    public Value divide(Value a, Value b) {
        if (b.exact && b.poly.isZero()) {
            throw ReadException.unplaced("division by zero");
        }
        if (a.exact && b.exact && b.poly.isSingleTerm()) {
            try {
                return new Value(a.poly.divide(b.poly), true);
            } catch (Polynomial.TooLarge e) {
                // fall through to the reductions
            }
        }
        Polynomial d = reduce(b);
        if (!d.isSingleTerm()) {
            throw ReadException.unplaced("dividing by a sum of different sizes (such as n + d) has no polynomial-like Θ"
                    + " form; simplify the expression first");
        }
        return reducedValue(reduce(a).divide(d));
    }

    @Override
    public Value power(Value base, Value exponent) {
        if (!exponent.exact || !exponent.poly.isConstant()) {
            throw ReadException.unplaced("the exponent must be a number: a size in the exponent (such as 2^n) grows"
                    + " faster than any polynomial-like cost");
        }
        Rational r = exponent.poly.constantValue();
        if (r.bitLength() > 20 || r.abs().compareTo(Rational.of(10_000)) > 0) {
            throw ReadException.unplaced("the exponent " + r + " is too large");
        }
        if (base.exact) {
            try {
                if (r.isInteger() && r.signum() >= 0 && (base.poly.size() <= 1 || r.intValue() <= MAX_EXPANDED_POWER)) {
                    return new Value(base.poly.pow(r.intValue()), true);
                }
                if (base.poly.isSingleTerm() && (r.isInteger() || base.poly.terms().containsValue(Rational.ONE))) {
                    return new Value(base.poly.powTerm(r), true);
                }
            } catch (ArithmeticException e) {
                // TooLarge, or an inexact coefficient: fall through to the reductions
            }
        }
        if (r.isZero()) {
            return constant(Rational.ONE);
        }
        Polynomial reduced = reduce(base);
        if (r.signum() < 0 && !reduced.isSingleTerm()) {
            throw ReadException.unplaced("a negative power of a sum of different sizes has no polynomial-like Θ form");
        }
        Polynomial out = Polynomial.ZERO;
        for (Monomial m : reduced.terms().keySet()) {
            out = out.add(Polynomial.term(m.pow(r), Rational.ONE));
        }
        return reducedValue(out);
    }

    @Override
    public Value function(String name, Value arg) {
        switch (name) {
            case "sqrt":
                return power(arg, constant(Rational.of(1, 2)));
            case "log": case "ln": case "log2": case "log10":
                return log(arg);
            case "exp":
                throw ReadException.unplaced("exp(…) grows faster than any power of the sizes; Θ answers here are"
                        + " polynomial-like (powers and logs of the sizes)");
            default:
                throw ReadException.unplaced(name + "(…) cannot be part of a Θ-expression; use powers and logs of the"
                        + " sizes");
        }
    }

    /**
     * Θ(log p) for positive p: the sum of log v over the sizes v that p's dominant terms grow with
     * (log factors inside are negligible: log(n·log n) is Θ(log n)).
     */
    private Value log(Value arg) {
        if (arg.exact && arg.poly.isConstant()) {
            if (arg.poly.constantValue().compareTo(Rational.ONE) <= 0) {
                throw ReadException.unplaced("the log of " + arg.poly.constantValue() + " is not positive");
            }
            return new Value(Polynomial.ONE, false);
        }
        Set<String> grows = new LinkedHashSet<>();
        for (Monomial m : reduce(arg).terms().keySet()) {
            boolean power = false;
            for (Map.Entry<String, Rational> e : m.exponents().entrySet()) {
                if (e.getValue().signum() < 0) {
                    throw ReadException.unplaced("only the log of a polynomial-like expression in the sizes (such as"
                            + " log(n) or log(n*d)) is supported");
                }
                if (!Monomial.isLog(e.getKey())) {
                    grows.add(e.getKey());
                    power = true;
                }
            }
            if (!power && !m.isOne()) {
                throw ReadException.unplaced("a log of a log is not supported; use powers and logs of the sizes");
            }
        }
        Polynomial out = Polynomial.ZERO;
        for (String v : grows) {
            out = out.add(Polynomial.term(Monomial.of(Monomial.logOf(v)), Rational.ONE));
        }
        return reducedValue(out.isZero() ? Polynomial.ONE : out);
    }

    @Override
    public boolean acceptsWrappers() {
        return true;
    }

    private static Value reducedValue(Polynomial p) {
        return new Value(canonical(p), false);
    }

    /** The extreme monomials of {@code p}, each with coefficient 1. */
    private static Polynomial canonical(Polynomial p) {
        Polynomial out = Polynomial.ZERO;
        for (Monomial m : Dominance.extremes(p.terms().keySet())) {
            out = out.add(Polynomial.term(m, Rational.ONE));
        }
        return out;
    }

    /**
     * The reduction of a value: its extreme monomials with coefficient 1.
     *
     * @throws ReadException (unplaced) when the value is zero, negative for large sizes, or has a
     *     negative term that may cancel its dominant terms
     */
    Polynomial reduce(Value v) {
        if (!v.exact) {
            return v.poly;
        }
        Polynomial p = v.poly;
        if (p.isZero()) {
            throw ReadException.unplaced("this expression is 0, which is not the cost of anything");
        }
        List<Monomial> ext = Dominance.extremes(p.terms().keySet());
        for (Monomial m : ext) {
            if (p.coefficient(m).signum() < 0) {
                throw ReadException.unplaced("this expression is negative when " + m.toString(order)
                        + " dominates (the term " + Polynomial.term(m, p.coefficient(m)).toString(order)
                        + "); a cost cannot be negative");
            }
        }
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            if (t.getValue().signum() < 0 && !ext.contains(t.getKey())
                    && Dominance.dominated(t.getKey(), ext) != Dominance.Level.STRICT) {
                throw ReadException.unplaced("the negative term " + Polynomial.term(t.getKey(), t.getValue())
                        .toString(order) + " may cancel the dominant terms; write only the dominant terms");
            }
        }
        Polynomial out = Polynomial.ZERO;
        for (Monomial m : ext) {
            out = out.add(Polynomial.term(m, Rational.ONE));
        }
        return out;
    }
}
