package dev.gradlab.core.check;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kind <em>formula</em>: a count (FLOPs, parameters, table entries) as an exact function of
 * positive integer sizes, e.g. {@code 2nd + 3n + 2d + 3} or {@code V*D + 4*H*D}. The answer and the
 * reference are evaluated with exact rational arithmetic at {@link #POINTS} random points (sizes in
 * [10³, 10⁹]; sizes that occur in an exponent, as N in {@code V^N}, in [2, 13]) and must agree at
 * every one. A wrong answer is shown at a small point ("at n = 2, d = 3 your formula gives 31, the
 * expected count is 33") and diagnosed: a constant factor ({@code constant-factor}, or
 * {@code sign-error} for −1), right leading terms with different lower-order terms
 * ({@code lower-order-terms}), or growth that is too fast or too slow. Stateless; never throws for
 * student input.
 */
public final class FormulaChecker {
    /** How the verdict of an unexpected failure starts (a bug; the fuzz tests look for it). */
    static final String INTERNAL = "this answer could not be checked (internal error: ";

    /** Random points compared. */
    public static final int POINTS = 12;
    /** The largest value (in bits) a formula may reach at a point before it is refused. */
    static final int MAX_BITS = 20_000;
    private static final long LOW = 1_000L;
    private static final long HIGH = 1_000_000_000L;

    private FormulaChecker() {
    }

    /**
     * Checks {@code answer} against {@code reference}, formulas in {@code variables}; {@code seed}
     * chooses the points.
     *
     * @throws IllegalArgumentException when the reference itself cannot be read or is undefined at
     *     every point (an authoring error)
     */
    public static Verdict check(String answer, String reference, List<String> variables, long seed) {
        if (answer == null || answer.trim().isEmpty()) {
            return Verdict.missing();
        }
        AnswerText ref;
        try {
            ref = AnswerText.parse(reference);
        } catch (ReadException e) {
            throw new IllegalArgumentException("reference formula '" + reference + "': " + e.describe(), e);
        }
        try {
            return compare(AnswerText.parse(answer), ref, reference, variables, seed);
        } catch (ReadException e) {
            return Verdict.invalid(e.describe());
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            return Verdict.invalid(INTERNAL + e + ")");
        }
    }

    private static Verdict compare(AnswerText student, AnswerText ref, String reference, List<String> variables,
            long seed) {
        Set<String> small = new LinkedHashSet<>(reader(ref, variables, new LinkedHashMap<>()).exponentVariables());
        small.addAll(reader(student, variables, new LinkedHashMap<>()).exponentVariables());
        SplitMix64 rng = new SplitMix64(seed);
        List<Map<String, Rational>> points = new ArrayList<>();
        List<Rational> refValues = new ArrayList<>();
        List<Rational> values = new ArrayList<>();
        List<String> notes = null;
        for (int tries = 0; points.size() < POINTS && tries < 4 * POINTS; tries++) {
            Map<String, Rational> p = new LinkedHashMap<>();
            for (String v : variables) {
                p.put(v, Rational.of(small.contains(v) ? 2 + rng.nextInt(12) : LOW + (rng.nextLong() >>> 1) % (HIGH - LOW + 1)));
            }
            Rational r;
            try {
                r = reader(ref, variables, p).read();
            } catch (ArithmeticException e) {
                continue;
            } catch (ReadException e) {
                throw new IllegalArgumentException("reference formula '" + reference + "': " + e.describe(), e);
            }
            SizeReader<Rational> sr = reader(student, variables, p);
            Rational s;
            try {
                s = sr.read();
            } catch (ArithmeticException e) {
                s = null;
            }
            if (notes == null) {
                notes = notes(student, sr);
            }
            points.add(p);
            refValues.add(r);
            values.add(s);
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("the reference formula '" + reference + "' is undefined at every point");
        }
        int bad = -1;
        boolean everywhereUndefined = true;
        for (int i = 0; i < points.size(); i++) {
            everywhereUndefined &= values.get(i) == null;
            if (bad < 0 && !refValues.get(i).equals(values.get(i))) {
                bad = i;
            }
        }
        if (bad < 0) {
            return Verdict.correct(withNotes("Correct.", notes));
        }
        if (everywhereUndefined) {
            return Verdict.invalid(withNotes("your formula divides by zero (at " + describe(points.get(0), variables) + ")",
                    notes));
        }
        String where = smallPoint(student, ref, variables, seed);
        if (where == null) {
            where = mismatch(points.get(bad), variables, values.get(bad), refValues.get(bad));
        }
        String wrong = "Not the expected count: " + where + ".";
        Rational k = constantFactor(values, refValues);
        if (k != null) {
            String id = k.equals(Rational.ONE.negate()) ? "sign-error" : "constant-factor";
            return Verdict.incorrect(withNotes(wrong, notes)).withMistake(id, withNotes(wrong + " " + factorText(k), notes), 0);
        }
        String growth = FormulaGrowth.diagnose(student, ref, variables);
        if (growth != null && growth.startsWith(FormulaGrowth.LOWER)) {
            return Verdict.incorrect(withNotes(wrong, notes)).withMistake("lower-order-terms",
                    withNotes(wrong + " " + growth, notes), 0);
        }
        return Verdict.incorrect(withNotes(growth == null ? wrong : wrong + " " + growth, notes));
    }

    /**
     * The exact value of {@code formula} (in {@code variables}) at {@code point}; sizes may appear in
     * exponents ({@code V^N}), unlike in {@link Polynomials#parse}.
     *
     * @throws ReadException when the formula cannot be read
     * @throws ArithmeticException when it is undefined at the point
     */
    public static Rational evaluate(String formula, List<String> variables, Map<String, Rational> point) {
        return reader(AnswerText.parse(formula), variables, point).read();
    }

    private static SizeReader<Rational> reader(AnswerText text, List<String> variables, Map<String, Rational> point) {
        return new SizeReader<>(new Exact(point), variables, text);
    }

    private static List<String> notes(AnswerText text, SizeReader<?> reader) {
        List<String> notes = new ArrayList<>();
        if (text.readAs() != null) {
            notes.add(text.readAs());
        }
        notes.addAll(reader.notes());
        return notes;
    }

    /** {@code feedback} followed by "(We read nd as n·d.)" when names or products were read leniently. */
    static String withNotes(String feedback, List<String> notes) {
        if (notes == null || notes.isEmpty()) {
            return feedback;
        }
        return feedback + " (We " + String.join("; ", notes) + ".)";
    }

    /** The ratio answer/reference when it is the same constant ≠ 1 at every point, else null. */
    private static Rational constantFactor(List<Rational> s, List<Rational> r) {
        Rational k = null;
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i) == null) {
                return null;
            }
            if (r.get(i).isZero()) {
                if (!s.get(i).isZero()) {
                    return null;
                }
                continue;
            }
            Rational q = s.get(i).divide(r.get(i));
            if (k != null && !k.equals(q)) {
                return null;
            }
            k = q;
        }
        return k == null || k.equals(Rational.ONE) || k.isZero() ? null : k;
    }

    private static String factorText(Rational k) {
        if (k.equals(Rational.ONE.negate())) {
            return "Your formula is the negative of the expected count: check the signs.";
        }
        if (k.signum() > 0 && k.isInteger()) {
            return "Your formula is " + k + " times the expected count: off by a factor of " + k + ".";
        }
        if (k.signum() > 0 && k.numerator().equals(java.math.BigInteger.ONE)) {
            return "Your formula is " + k + " of the expected count: off by a factor of " + k.denominator() + ".";
        }
        return "Your formula is " + k + " times the expected count: check the constant factors.";
    }

    /** The first small point (sizes 1–9) where the two formulas differ, as feedback; null if none found. */
    private static String smallPoint(AnswerText student, AnswerText ref, List<String> variables, long seed) {
        List<Map<String, Rational>> candidates = new ArrayList<>();
        int[] base = new int[variables.size()];
        for (int i = 0; i < base.length; i++) {
            base[i] = i + 2;
        }
        permutations(base, 0, variables, candidates, base.length <= 4 ? 24 : 1);
        SplitMix64 rng = new SplitMix64(seed ^ 0x5DEECE66DL);
        for (int t = 0; t < 150; t++) {
            int[] v = new int[variables.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = 1 + rng.nextInt(9);
            }
            candidates.add(point(variables, v));
        }
        for (Map<String, Rational> p : candidates) {
            Rational r;
            try {
                r = reader(ref, variables, p).read();
            } catch (ArithmeticException | ReadException e) {
                continue;
            }
            Rational s;
            try {
                s = reader(student, variables, p).read();
            } catch (ArithmeticException e) {
                s = null;
            } catch (ReadException e) {
                continue;
            }
            if (!r.equals(s)) {
                return mismatch(p, variables, s, r);
            }
        }
        return null;
    }

    private static void permutations(int[] a, int k, List<String> vars, List<Map<String, Rational>> out, int max) {
        if (out.size() >= max) {
            return;
        }
        if (k >= a.length - 1) {
            out.add(point(vars, a));
            return;
        }
        for (int i = k; i < a.length; i++) {
            int[] b = a.clone();
            int t = b[k];
            b[k] = b[i];
            b[i] = t;
            permutations(b, k + 1, vars, out, max);
        }
    }

    private static Map<String, Rational> point(List<String> vars, int[] values) {
        Map<String, Rational> p = new LinkedHashMap<>();
        for (int i = 0; i < vars.size(); i++) {
            p.put(vars.get(i), Rational.of(values[i]));
        }
        return p;
    }

    private static String mismatch(Map<String, Rational> p, List<String> variables, Rational s, Rational r) {
        return "at " + describe(p, variables) + (s == null ? " your formula divides by zero" : " your formula gives "
                + display(s)) + ", the expected count is " + display(r);
    }

    /** The value, exactly when short, else rounded ("≈ 1.179e61") or by its number of digits. */
    static String display(Rational v) {
        String exact = v.toString();
        if (exact.length() <= 24) {
            return exact;
        }
        double d = v.doubleValue();
        return Double.isInfinite(d) || d == 0 ? "a number of about " + v.numerator().abs().toString().length() + " digits"
                : "≈ " + Num.format(d, 4);
    }

    private static String describe(Map<String, Rational> p, List<String> variables) {
        List<String> parts = new ArrayList<>();
        for (String v : variables) {
            parts.add(v + " = " + p.get(v));
        }
        return String.join(", ", parts);
    }

    /**
     * Exact evaluation at one point. Division by zero throws {@link ArithmeticException} (undefined
     * here); non-integer powers, functions and values beyond {@link #MAX_BITS} are refused.
     */
    static final class Exact implements SizeReader.Algebra<Rational> {
        private final Map<String, Rational> point;

        Exact(Map<String, Rational> point) {
            this.point = point;
        }

        @Override
        public Rational constant(Rational c) {
            return c;
        }

        @Override
        public Rational variable(String name) {
            Rational v = point.get(name);
            if (v == null) {
                throw new IllegalStateException("no value for the size " + name);
            }
            return v;
        }

        @Override
        public Rational add(Rational a, Rational b) {
            return bounded(a.add(b));
        }

        @Override
        public Rational subtract(Rational a, Rational b) {
            return bounded(a.subtract(b));
        }

        @Override
        public Rational multiply(Rational a, Rational b) {
            return bounded(a.multiply(b));
        }

        @Override
        public Rational divide(Rational a, Rational b) {
            return bounded(a.divide(b));
        }

        @Override
        public Rational negate(Rational a) {
            return a.negate();
        }

        @Override
        public Rational power(Rational base, Rational exponent) {
            if (!exponent.isInteger()) {
                throw ReadException.unplaced("a formula is a polynomial/rational expression in the sizes: powers must be"
                        + " whole numbers, not " + exponent);
            }
            if (base.isZero() || base.equals(Rational.ONE) || base.equals(Rational.ONE.negate())) {
                boolean odd = exponent.numerator().testBit(0);
                if (base.isZero()) {
                    return exponent.signum() == 0 ? Rational.ONE : exponent.signum() > 0 ? Rational.ZERO : base.pow(-1);
                }
                return base.signum() > 0 || !odd ? Rational.ONE : base;
            }
            if (!exponent.isSmallInteger() || (long) Math.abs(exponent.intValue()) * base.bitLength() > MAX_BITS) {
                throw tooLarge();
            }
            return base.pow(exponent.intValue());
        }

        @Override
        public Rational function(String name, Rational arg) {
            throw ReadException.unplaced("a formula is a polynomial/rational expression in the sizes; " + name
                    + "(…) cannot be checked exactly");
        }

        @Override
        public boolean acceptsWrappers() {
            return false;
        }

        private static Rational bounded(Rational r) {
            if (r.bitLength() > MAX_BITS) {
                throw tooLarge();
            }
            return r;
        }

        private static ReadException tooLarge() {
            return ReadException.unplaced("the formula's values grow too large to compare exactly (beyond " + MAX_BITS
                    + " bits)");
        }
    }
}
