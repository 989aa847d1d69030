package dev.gradlab.core.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exact (generalised) polynomial: a map from {@link Monomial} exponent vector to non-zero
 * {@link Rational} coefficient. Exponents may be negative or fractional and may include log
 * factors, so Laurent polynomials such as {@code n/d} and Θ-expressions such as {@code n·log n}
 * fit too. Immutable; every operation returns a new polynomial. Operations that would exceed
 * {@link #MAX_TERMS} terms, {@link #MAX_PRODUCTS} term products or {@link #MAX_COEFFICIENT_BITS}
 * bits per coefficient throw
 * {@link TooLarge}, so a hostile answer such as {@code (a+b+c)^999} cannot exhaust memory.
 */
public final class Polynomial {
    /** The most terms any result may have. */
    public static final int MAX_TERMS = 2000;
    /** The largest coefficient, in bits of numerator or denominator. */
    public static final int MAX_COEFFICIENT_BITS = 4096;

    /** The most term-by-term products one multiplication may take. */
    public static final int MAX_PRODUCTS = 40_000;

    /** Thrown when a result would be larger than the budgets above. */
    public static final class TooLarge extends ArithmeticException {
        TooLarge(String message) {
            super(message);
        }
    }

    public static final Polynomial ZERO = new Polynomial(new LinkedHashMap<>());
    public static final Polynomial ONE = constant(Rational.ONE);

    private final LinkedHashMap<Monomial, Rational> terms;

    private Polynomial(LinkedHashMap<Monomial, Rational> terms) {
        this.terms = terms;
    }

    public static Polynomial constant(Rational c) {
        return term(Monomial.ONE, c);
    }

    public static Polynomial variable(String name) {
        return term(Monomial.of(name), Rational.ONE);
    }

    /** The single term {@code c·m} (or zero). */
    public static Polynomial term(Monomial m, Rational c) {
        LinkedHashMap<Monomial, Rational> t = new LinkedHashMap<>();
        if (!c.isZero()) {
            t.put(m, c);
        }
        return new Polynomial(t);
    }

    /** Monomial → non-zero coefficient, in insertion order; unmodifiable. */
    public Map<Monomial, Rational> terms() {
        return Collections.unmodifiableMap(terms);
    }

    /** The coefficient of {@code m}, zero when absent. */
    public Rational coefficient(Monomial m) {
        Rational c = terms.get(m);
        return c == null ? Rational.ZERO : c;
    }

    public int size() {
        return terms.size();
    }

    public boolean isZero() {
        return terms.isEmpty();
    }

    /** True for zero and for constants. */
    public boolean isConstant() {
        return terms.isEmpty() || (terms.size() == 1 && terms.containsKey(Monomial.ONE));
    }

    /** The value of a constant polynomial. Only meaningful when {@link #isConstant()}. */
    public Rational constantValue() {
        return coefficient(Monomial.ONE);
    }

    public boolean isSingleTerm() {
        return terms.size() == 1;
    }

    /** True when every monomial has non-negative integer exponents and no log factor. */
    public boolean isPolynomial() {
        for (Monomial m : terms.keySet()) {
            if (!m.isPolynomial()) {
                return false;
            }
        }
        return true;
    }

    public Polynomial add(Polynomial o) {
        LinkedHashMap<Monomial, Rational> t = new LinkedHashMap<>(terms);
        for (Map.Entry<Monomial, Rational> e : o.terms.entrySet()) {
            accumulate(t, e.getKey(), e.getValue());
        }
        return checked(t);
    }

    public Polynomial subtract(Polynomial o) {
        return add(o.negate());
    }

    public Polynomial negate() {
        return scale(Rational.ONE.negate());
    }

    /** Every coefficient times {@code c}. */
    public Polynomial scale(Rational c) {
        LinkedHashMap<Monomial, Rational> t = new LinkedHashMap<>();
        if (!c.isZero()) {
            for (Map.Entry<Monomial, Rational> e : terms.entrySet()) {
                t.put(e.getKey(), e.getValue().multiply(c));
            }
        }
        return checked(t);
    }

    public Polynomial multiply(Polynomial o) {
        if ((long) terms.size() * o.terms.size() > MAX_PRODUCTS) {
            throw new TooLarge("the expanded expression would have too many terms");
        }
        LinkedHashMap<Monomial, Rational> t = new LinkedHashMap<>();
        for (Map.Entry<Monomial, Rational> a : terms.entrySet()) {
            for (Map.Entry<Monomial, Rational> b : o.terms.entrySet()) {
                accumulate(t, a.getKey().multiply(b.getKey()), a.getValue().multiply(b.getValue()));
            }
            if (t.size() > MAX_TERMS) {
                throw new TooLarge("the expanded expression has more than " + MAX_TERMS + " terms");
            }
        }
        return checked(t);
    }

    /**
     * This polynomial to the power {@code k}. A negative {@code k} needs a single term.
     *
     * @throws ArithmeticException for a negative power of zero or of a sum
     */
    public Polynomial pow(int k) {
        if (k < 0) {
            return powTerm(Rational.of(k));
        }
        if (terms.size() >= 2 && k >= 2 && termBound(terms.size(), k) > MAX_TERMS) {
            throw new TooLarge("the expanded power would have more than " + MAX_TERMS + " terms");
        }
        Polynomial result = ONE;
        Polynomial base = this;
        int e = k;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result.multiply(base);
            }
            e >>= 1;
            if (e > 0) {
                base = base.multiply(base);
            }
        }
        return result;
    }

    /** C(k + t − 1, t − 1), the most terms a sum of t terms to the power k can have, capped above MAX_TERMS. */
    private static long termBound(int t, int k) {
        long c = 1;
        for (int i = 1; i < t && c <= MAX_TERMS; i++) {
            c = c * (k + i) / i;
        }
        return c;
    }

    /**
     * A single term {@code c·m} to a rational power: {@code c^r·m^r}, exact when {@code r} is an
     * integer or {@code c} is 1.
     *
     * @throws ArithmeticException when this is not a single term, is zero to a negative power, or
     *     {@code c^r} is not exact
     */
    public Polynomial powTerm(Rational r) {
        if (terms.size() != 1) {
            throw new ArithmeticException(terms.isEmpty() && r.signum() < 0 ? "division by zero"
                    : "only a single term can be raised to this power");
        }
        Map.Entry<Monomial, Rational> e = terms.entrySet().iterator().next();
        Rational c = e.getValue();
        if (!r.isSmallInteger() && !c.equals(Rational.ONE)) {
            throw new ArithmeticException("the power of the coefficient " + c + " is not exact");
        }
        if (r.isSmallInteger() && (long) c.bitLength() * Math.abs(r.intValue()) > MAX_COEFFICIENT_BITS) {
            throw new TooLarge("the coefficients grow too large");
        }
        Rational cr = r.isSmallInteger() ? c.pow(r.intValue()) : Rational.ONE;
        return term(e.getKey().pow(r), cr);
    }

    /**
     * This divided by {@code o}, which must be a single term (so {@code n/d} and {@code x/2} work
     * while {@code 1/(n+1)} does not).
     *
     * @throws ArithmeticException for division by zero or by a sum
     */
    public Polynomial divide(Polynomial o) {
        return multiply(o.powTerm(Rational.ONE.negate()));
    }

    /**
     * The exact value with each variable bound by {@code point}.
     *
     * @throws ArithmeticException when a variable is missing, an exponent is not an integer or a
     *     log factor occurs
     */
    public Rational evaluate(Map<String, Rational> point) {
        Rational sum = Rational.ZERO;
        for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
            Rational v = t.getValue();
            for (Map.Entry<String, Rational> e : t.getKey().exponents().entrySet()) {
                Rational x = point.get(e.getKey());
                if (x == null || !e.getValue().isSmallInteger()) {
                    throw new ArithmeticException("cannot evaluate " + e.getKey() + "^" + e.getValue() + " exactly");
                }
                v = v.multiply(x.pow(e.getValue().intValue()));
            }
            sum = sum.add(v);
        }
        return sum;
    }

    private static void accumulate(LinkedHashMap<Monomial, Rational> t, Monomial m, Rational c) {
        Rational old = t.get(m);
        Rational sum = old == null ? c : old.add(c);
        if (sum.isZero()) {
            t.remove(m);
        } else {
            t.put(m, sum);
        }
    }

    private static Polynomial checked(LinkedHashMap<Monomial, Rational> t) {
        if (t.size() > MAX_TERMS) {
            throw new TooLarge("the expanded expression has more than " + MAX_TERMS + " terms");
        }
        for (Rational c : t.values()) {
            if (c.bitLength() > MAX_COEFFICIENT_BITS) {
                throw new TooLarge("the coefficients grow too large");
            }
        }
        return new Polynomial(t);
    }

    /** The monomials, highest degree first (ties: the order of {@code order}'s exponents). */
    public List<Monomial> sortedMonomials(List<String> order) {
        List<Monomial> ms = new ArrayList<>(terms.keySet());
        ms.sort((a, b) -> compareForDisplay(a, b, order));
        return ms;
    }

    static int compareForDisplay(Monomial a, Monomial b, List<String> order) {
        int c = b.degree().compareTo(a.degree());
        if (c != 0) {
            return c;
        }
        for (String v : order) {
            c = b.exponent(v).compareTo(a.exponent(v));
            if (c == 0) {
                c = b.exponent(Monomial.logOf(v)).compareTo(a.exponent(Monomial.logOf(v)));
            }
            if (c != 0) {
                return c;
            }
        }
        return a.toString().compareTo(b.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polynomial && terms.equals(((Polynomial) o).terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return toString(Collections.emptyList());
    }

    /** E.g. {@code 2·n·d + 3·n + 2·d + 3}, highest degree first, variables in {@code order}. */
    public String toString(List<String> order) {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (Monomial m : sortedMonomials(order)) {
            Rational c = terms.get(m);
            boolean negative = c.signum() < 0;
            Rational abs = negative ? c.negate() : c;
            sb.append(sb.length() == 0 ? (negative ? "-" : "") : (negative ? " - " : " + "));
            if (m.isOne()) {
                sb.append(abs);
            } else {
                String coef = abs.equals(Rational.ONE) ? "" : abs.isInteger() ? abs + "·" : "(" + abs + ")·";
                sb.append(coef).append(m.toString(order));
            }
        }
        return sb.toString();
    }
}
