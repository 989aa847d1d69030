package dev.gradlab.core.check;

import java.math.BigInteger;

/**
 * An exact rational number over {@link BigInteger}, always in lowest terms with a positive
 * denominator. Immutable; every operation returns a new value and modifies nothing. Used by the
 * formula and asymptotic checkers (and meant for an exact <em>expr</em> checker) so that counts such
 * as {@code 2*b*m*d^2} are compared without rounding.
 */
public final class Rational implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    public static final Rational TWO = new Rational(BigInteger.valueOf(2), BigInteger.ONE);

    /** The largest power of ten {@link #parseDecimal} accepts in a literal such as {@code 1e400}. */
    public static final int MAX_DECIMAL_EXPONENT = 400;

    private final BigInteger num;
    private final BigInteger den;

    private Rational(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    public static Rational of(long n) {
        return n == 0 ? ZERO : n == 1 ? ONE : new Rational(BigInteger.valueOf(n), BigInteger.ONE);
    }

    public static Rational of(BigInteger n) {
        return new Rational(n, BigInteger.ONE);
    }

    public static Rational of(long num, long den) {
        return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    /**
     * {@code num / den} in lowest terms.
     *
     * @throws ArithmeticException when {@code den} is zero
     */
    public static Rational of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new Rational(num, den.signum() == 0 ? BigInteger.ONE : den);
    }

    /**
     * The exact value of a decimal literal such as {@code 12}, {@code 2.5}, {@code .5}, {@code 1.}
     * or {@code 4.16e5}.
     *
     * @throws NumberFormatException when the text is not such a literal, or its exponent exceeds
     *     {@link #MAX_DECIMAL_EXPONENT} in size
     */
    public static Rational parseDecimal(String text) {
        String t = text.trim();
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        int exp = 0;
        if (e >= 0) {
            String es = t.substring(e + 1);
            if (es.startsWith("+")) {
                es = es.substring(1);
            }
            if (es.isEmpty() || es.length() > 6 || !digits(es.startsWith("-") ? es.substring(1) : es)) {
                throw new NumberFormatException("not a decimal number: " + text);
            }
            exp = Integer.parseInt(es);
            t = t.substring(0, e);
        }
        int dot = t.indexOf('.');
        String whole = dot < 0 ? t : t.substring(0, dot);
        String frac = dot < 0 ? "" : t.substring(dot + 1);
        if ((whole.isEmpty() && frac.isEmpty()) || !digits(whole) || !digits(frac)) {
            throw new NumberFormatException("not a decimal number: " + text);
        }
        exp -= frac.length();
        BigInteger mantissa = new BigInteger(whole + frac);
        if (mantissa.signum() == 0) {
            return ZERO;
        }
        if (Math.abs(exp) > MAX_DECIMAL_EXPONENT) {
            throw new NumberFormatException("the number " + text + " is too large or too small");
        }
        BigInteger scale = BigInteger.TEN.pow(Math.abs(exp));
        return exp >= 0 ? of(mantissa.multiply(scale)) : of(mantissa, scale);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public BigInteger numerator() {
        return num;
    }

    /** Always positive. */
    public BigInteger denominator() {
        return den;
    }

    public Rational add(Rational o) {
        if (den.equals(o.den)) {
            return of(num.add(o.num), den);
        }
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    public Rational multiply(Rational o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    /** @throws ArithmeticException when {@code o} is zero */
    public Rational divide(Rational o) {
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    public Rational abs() {
        return num.signum() < 0 ? negate() : this;
    }

    public Rational negate() {
        return new Rational(num.negate(), den);
    }

    /**
     * This value to an integer power; {@code 0^0} is 1.
     *
     * @throws ArithmeticException for zero to a negative power
     */
    public Rational pow(int k) {
        if (k >= 0) {
            return new Rational(num.pow(k), den.pow(k));
        }
        if (num.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return of(den.pow(-k), num.pow(-k));
    }

    public int signum() {
        return num.signum();
    }

    public boolean isZero() {
        return num.signum() == 0;
    }

    public boolean isInteger() {
        return den.equals(BigInteger.ONE);
    }

    /** The larger bit length of numerator and denominator: a measure of how costly this value is. */
    public int bitLength() {
        return Math.max(num.bitLength(), den.bitLength());
    }

    /** True when this is an integer that fits an {@code int}. */
    public boolean isSmallInteger() {
        return isInteger() && num.bitLength() < 31;
    }

    /** The value as an {@code int}; only meaningful when {@link #isSmallInteger()}. */
    public int intValue() {
        return num.intValue();
    }

    /** An approximation, finite for any value whose magnitude is within double range. */
    public double doubleValue() {
        int shift = Math.max(0, Math.max(num.bitLength(), den.bitLength()) - 1000);
        return num.shiftRight(shift).doubleValue() / den.shiftRight(shift).doubleValue();
    }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational && num.equals(((Rational) o).num) && den.equals(((Rational) o).den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    /** {@code "7"}, {@code "-3/2"}. */
    @Override
    public String toString() {
        return isInteger() ? num.toString() : num + "/" + den;
    }
}
