package dev.gradlab.core.check;

import java.util.List;

/**
 * Reading size expressions as exact {@link Polynomial}s: products and integer powers are expanded,
 * division is allowed by a single term ({@code n/2}, {@code V*D/H}) and powers of single terms may
 * be negative or fractional. For the formula checker's diagnoses and for an exact <em>expr</em>
 * checker. Stateless.
 */
public final class Polynomials {
    private Polynomials() {
    }

    /**
     * The expanded polynomial of {@code text} in {@code variables}; concatenated names such as
     * {@code nd} read as products, as in every size answer.
     *
     * @throws ReadException when the text does not parse or is not such a polynomial (a log, a
     *     division by a sum, a power with sizes in the exponent, or too many terms)
     */
    public static Polynomial parse(String text, List<String> variables) {
        return new SizeReader<>(new Exact(), variables, AnswerText.parse(text)).read();
    }

    /** Exact polynomial arithmetic; anything not exactly a polynomial is refused. */
    static final class Exact implements SizeReader.Algebra<Polynomial> {
        @Override
        public Polynomial constant(Rational c) {
            return Polynomial.constant(c);
        }

        @Override
        public Polynomial variable(String name) {
            return Polynomial.variable(name);
        }

        @Override
        public Polynomial add(Polynomial a, Polynomial b) {
            return guard(() -> a.add(b));
        }

        @Override
        public Polynomial subtract(Polynomial a, Polynomial b) {
            return guard(() -> a.subtract(b));
        }

        @Override
        public Polynomial multiply(Polynomial a, Polynomial b) {
            return guard(() -> a.multiply(b));
        }

        @Override
        public Polynomial divide(Polynomial a, Polynomial b) {
            if (b.isZero()) {
                throw ReadException.unplaced("division by zero");
            }
            if (!b.isSingleTerm()) {
                throw ReadException.unplaced("division by a sum such as (n + 1) does not give a polynomial");
            }
            return guard(() -> a.divide(b));
        }

        @Override
        public Polynomial negate(Polynomial a) {
            return a.negate();
        }

        @Override
        public Polynomial power(Polynomial base, Polynomial exponent) {
            if (!exponent.isConstant()) {
                throw ReadException.unplaced("a power with sizes in the exponent is not a polynomial");
            }
            Rational r = exponent.constantValue();
            if (r.isSmallInteger() && r.signum() >= 0 && r.intValue() <= 4096) {
                return guard(() -> base.pow(r.intValue()));
            }
            if (!base.isSingleTerm() || r.bitLength() > 24) {
                throw ReadException.unplaced("only a single term such as n or 2*d can have this power");
            }
            return guard(() -> base.powTerm(r));
        }

        @Override
        public Polynomial function(String name, Polynomial arg) {
            throw ReadException.unplaced(name + "(…) is not part of a polynomial in the sizes");
        }

        @Override
        public boolean acceptsWrappers() {
            return false;
        }

        private static Polynomial guard(java.util.function.Supplier<Polynomial> op) {
            try {
                return op.get();
            } catch (ArithmeticException e) {
                throw ReadException.unplaced(e.getMessage());
            }
        }
    }
}
