package dev.gradlab.core.check;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rational, Monomial, Polynomial and the AST → Polynomial reader shared by the size checkers. */
class ExactAlgebraTest {
    private static final List<String> ND = List.of("n", "d");

    @Test
    void rationalsStayInLowestTermsWithAPositiveDenominator() {
        Rational r = Rational.of(6, -4);
        assertEquals("-3/2", r.toString());
        assertEquals(BigInteger.valueOf(2), r.denominator());
        assertEquals(Rational.of(1, 6), Rational.of(1, 2).subtract(Rational.of(1, 3)));
        assertEquals(Rational.of(9, 4), r.pow(2));
        assertEquals(Rational.of(-8, 27), r.pow(-3));
        assertEquals(Rational.ONE, Rational.ZERO.pow(0));
        assertThrows(ArithmeticException.class, () -> Rational.ZERO.pow(-1));
        assertThrows(ArithmeticException.class, () -> Rational.ONE.divide(Rational.ZERO));
        assertTrue(Rational.of(1, 3).compareTo(Rational.of(1, 2)) < 0);
        assertEquals(-1.5, r.doubleValue(), 0);
    }

    @Test
    void decimalLiteralsAreReadExactly() {
        assertEquals(Rational.of(416000), Rational.parseDecimal("4.16e5"));
        assertEquals(Rational.of(1, 10), Rational.parseDecimal("0.1"));
        assertEquals(Rational.of(1, 2), Rational.parseDecimal(".5"));
        assertEquals(Rational.of(1), Rational.parseDecimal("1."));
        assertEquals(Rational.of(3, 1000), Rational.parseDecimal("3E-3"));
        assertEquals(Rational.ZERO, Rational.parseDecimal("0e999999"));
        assertThrows(NumberFormatException.class, () -> Rational.parseDecimal("1e999"));
        assertThrows(NumberFormatException.class, () -> Rational.parseDecimal("1e"));
        assertThrows(NumberFormatException.class, () -> Rational.parseDecimal("."));
    }

    @Test
    void monomialsPrintInTheDeclaredOrderWithSuperscripts() {
        Monomial m = Monomial.of("d").multiply(Monomial.of("n").pow(Rational.of(2)));
        assertEquals("n²·d", m.toString(ND));
        assertEquals("d·n²", m.toString());
        assertEquals("n^(3/2)", Monomial.of("n").pow(Rational.of(3, 2)).toString(ND));
        assertEquals("n·log n", Monomial.of("n").multiply(Monomial.of(Monomial.logOf("n"))).toString(ND));
        assertEquals("1", m.multiply(m.pow(Rational.ONE.negate())).toString());
        assertTrue(m.isPolynomial());
    }

    @Test
    void factoredAndExpandedFormsGiveTheSamePolynomial() {
        Polynomial expanded = Polynomials.parse("2*n*d + 3*n + 2*d + 3", ND);
        assertEquals(expanded, Polynomials.parse("(2n + 2)(d + 3/2) ", ND));
        assertEquals(expanded, Polynomials.parse("n*(2*d + 3) + 2*(d + 1) + 1", ND));
        assertEquals(expanded, Polynomials.parse("2nd + 3n + 2d + 3", ND));
        assertEquals("2·n·d + 3·n + 2·d + 3", expanded.toString(ND));
        assertEquals("n² + 2·n·d + d²", Polynomials.parse("(n + d)^2", ND).toString(ND));
        assertEquals("n³", Polynomials.parse("n**3", ND).toString(ND));
        assertEquals("(1/2)·n² + (1/2)·n", Polynomials.parse("n(n+1)/2", ND).toString(ND));
        assertEquals("n·d^(-1)", Polynomials.parse("n/d", ND).toString(ND));
        assertEquals(Polynomial.ZERO, Polynomials.parse("(n+1)^2 - n^2 - 2n - 1", ND));
        assertEquals(Rational.of(33), expanded.evaluate(Map.of("n", Rational.of(2), "d", Rational.of(3))).add(Rational.of(6)));
    }

    @Test
    void whatIsNotAPolynomialIsRefusedWithAPosition() {
        ReadException e = assertThrows(ReadException.class, () -> Polynomials.parse("n + 1/(n + 1)", ND));
        assertEquals("line 1, column 6: division by a sum such as (n + 1) does not give a polynomial", e.describe());
        assertThrows(ReadException.class, () -> Polynomials.parse("2^n", ND));
        assertThrows(ReadException.class, () -> Polynomials.parse("log(n)", ND));
        assertThrows(ReadException.class, () -> Polynomials.parse("n +", ND));
        assertThrows(ReadException.class, () -> Polynomials.parse("(n + d + 1)^999", ND));
    }

    @Test
    void budgetsStopHugeExpansions() {
        Polynomial big = Polynomials.parse("n + d + 1", ND);
        assertThrows(Polynomial.TooLarge.class, () -> big.pow(200));
        Polynomial huge = Polynomial.constant(Rational.of(3));
        assertThrows(Polynomial.TooLarge.class, () -> huge.pow(100_000));
        assertNotEquals(Polynomial.ZERO, big.pow(10));
    }

    @Test
    void dominanceUsesTheConvexHullOfExponents() {
        Monomial n2 = Monomial.of("n").pow(Rational.TWO);
        Monomial d2 = Monomial.of("d").pow(Rational.TWO);
        Monomial nd = Monomial.of("n").multiply(Monomial.of("d"));
        assertEquals(Dominance.Level.WEAK, Dominance.dominated(nd, List.of(n2, d2)));
        assertEquals(Dominance.Level.NOT, Dominance.dominated(nd, List.of(n2)));
        assertEquals(Dominance.Level.STRICT, Dominance.dominated(Monomial.of("n"), List.of(n2, d2)));
        assertEquals(Dominance.Level.STRICT, Dominance.dominated(Monomial.ONE, List.of(nd)));
        Monomial n2d = n2.multiply(Monomial.of("d"));
        Monomial nd2 = d2.multiply(Monomial.of("n"));
        assertEquals(Dominance.Level.NOT, Dominance.dominated(n2d, List.of(nd2)));
        assertEquals(List.of(n2d, nd2), Dominance.extremes(List.of(n2d, nd2, nd, n2, Monomial.ONE)));
        assertEquals(List.of(n2, d2), Dominance.extremes(List.of(n2, nd, d2)));
        Monomial nlogn = Monomial.of("n").multiply(Monomial.of(Monomial.logOf("n")));
        assertEquals(Dominance.Level.STRICT, Dominance.dominated(Monomial.of("n"), List.of(nlogn)));
        assertEquals(Dominance.Level.STRICT, Dominance.dominated(nlogn, List.of(n2)));
        assertEquals(Dominance.Level.NOT, Dominance.dominated(nlogn, List.of(Monomial.of("n"), d2)));
        // with d ≤ n, n·d ≤ n²
        assertEquals(Dominance.Level.WEAK, Dominance.dominated(nd, List.of(n2), List.<String[]>of(new String[] {"d", "n"})));
    }
}
