package dev.gradlab.core.check;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A product of powers of size variables, such as {@code n²·d} or {@code n^(3/2)}: an exponent
 * vector stored as a map from dimension name to a non-zero {@link Rational} exponent. Besides the
 * variables themselves a dimension may be {@link #logOf(String) a log factor}, so that
 * {@code n·log n} is one monomial. Immutable; operations return new monomials.
 */
public final class Monomial {
    /** The constant monomial 1. */
    public static final Monomial ONE = new Monomial(new TreeMap<>());

    private static final String LOG = "log ";

    private final TreeMap<String, Rational> exps;

    private Monomial(TreeMap<String, Rational> exps) {
        this.exps = exps;
    }

    /** The monomial {@code name¹}. */
    public static Monomial of(String name) {
        TreeMap<String, Rational> m = new TreeMap<>();
        m.put(name, Rational.ONE);
        return new Monomial(m);
    }

    /** The dimension name of the factor {@code log v}, which counts as a separate dimension. */
    public static String logOf(String variable) {
        return LOG + variable;
    }

    /** True when {@code dimension} names a log factor; {@link #logBase} gives its variable. */
    public static boolean isLog(String dimension) {
        return dimension.startsWith(LOG);
    }

    /** The variable of a log dimension: {@code "log n"} → {@code "n"}. */
    public static String logBase(String dimension) {
        return dimension.substring(LOG.length());
    }

    /** The exponent of {@code dimension}, zero when absent. */
    public Rational exponent(String dimension) {
        Rational e = exps.get(dimension);
        return e == null ? Rational.ZERO : e;
    }

    /** Dimension → non-zero exponent, sorted by name; unmodifiable. */
    public Map<String, Rational> exponents() {
        return Collections.unmodifiableMap(exps);
    }

    public boolean isOne() {
        return exps.isEmpty();
    }

    /** True when every exponent is a non-negative integer and there is no log factor. */
    public boolean isPolynomial() {
        for (Map.Entry<String, Rational> e : exps.entrySet()) {
            if (isLog(e.getKey()) || !e.getValue().isInteger() || e.getValue().signum() < 0) {
                return false;
            }
        }
        return true;
    }

    /** The sum of the variables' exponents (log factors not counted). */
    public Rational degree() {
        Rational d = Rational.ZERO;
        for (Map.Entry<String, Rational> e : exps.entrySet()) {
            if (!isLog(e.getKey())) {
                d = d.add(e.getValue());
            }
        }
        return d;
    }

    public Monomial multiply(Monomial o) {
        TreeMap<String, Rational> m = new TreeMap<>(exps);
        for (Map.Entry<String, Rational> e : o.exps.entrySet()) {
            Rational sum = exponent(e.getKey()).add(e.getValue());
            if (sum.isZero()) {
                m.remove(e.getKey());
            } else {
                m.put(e.getKey(), sum);
            }
        }
        return new Monomial(m);
    }

    /** Every exponent times {@code r}. */
    public Monomial pow(Rational r) {
        if (r.isZero()) {
            return ONE;
        }
        TreeMap<String, Rational> m = new TreeMap<>();
        for (Map.Entry<String, Rational> e : exps.entrySet()) {
            m.put(e.getKey(), e.getValue().multiply(r));
        }
        return new Monomial(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Monomial && exps.equals(((Monomial) o).exps);
    }

    @Override
    public int hashCode() {
        return exps.hashCode();
    }

    /** The monomial with variables in alphabetical order, e.g. {@code d·n²}; "1" for the constant. */
    @Override
    public String toString() {
        return toString(Collections.emptyList());
    }

    /**
     * The monomial for a student to read: variables in the order of {@code order} (others after,
     * alphabetically), each followed by its log factor; integer powers as superscripts
     * ({@code n²·d}, {@code n·log n}, {@code n^(3/2)}, {@code (log n)²}); "1" for the constant.
     */
    public String toString(List<String> order) {
        if (exps.isEmpty()) {
            return "1";
        }
        StringBuilder sb = new StringBuilder();
        for (String v : order) {
            appendVariable(sb, v);
        }
        for (String dim : exps.keySet()) {
            String v = isLog(dim) ? logBase(dim) : dim;
            if (!order.contains(v) && (!isLog(dim) || !exps.containsKey(v))) {
                appendVariable(sb, v);
            }
        }
        return sb.toString();
    }

    private void appendVariable(StringBuilder sb, String v) {
        if (exps.containsKey(v)) {
            sb.append(sb.length() == 0 ? "" : "·").append(power(v, exps.get(v)));
        }
        String log = logOf(v);
        if (exps.containsKey(log)) {
            Rational e = exps.get(log);
            sb.append(sb.length() == 0 ? "" : "·").append(e.equals(Rational.ONE) ? log : power("(" + log + ")", e));
        }
    }

    /** {@code base} to the power {@code e} as text: {@code n}, {@code n²}, {@code n^(3/2)}, {@code n^(-1)}. */
    static String power(String base, Rational e) {
        if (e.equals(Rational.ONE)) {
            return base;
        }
        if (e.isInteger() && e.signum() > 0) {
            return base + superscript(e.toString());
        }
        return base + "^(" + e + ")";
    }

    private static String superscript(String digits) {
        String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            sb.append(sup.charAt(digits.charAt(i) - '0'));
        }
        return sb.toString();
    }
}
