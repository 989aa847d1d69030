package dev.gradlab.core.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Growth comparison of monomials in independent sizes, each tending to infinity. A monomial m is
 * dominated by a set S when m ≤ C·ΣS for all large sizes; by weighted AM–GM and LP duality this
 * holds exactly when m's exponent vector lies in conv(S) minus the positive orthant. So
 * {@code n·d} is dominated by {@code {n², d²}} (as n·d ≤ (n² + d²)/2) though by neither alone,
 * while {@code n²·d} and {@code n·d²} dominate neither each other nor anything but their own
 * multiples. The test is a small exact linear program (simplex with Bland's rule over
 * {@link Rational}s). A log factor {@code log v} counts as {@code v^ε} with ε = 1/4096 — exact
 * when comparing single monomials, a close approximation at ties between convex combinations.
 * Stateless; modifies nothing it is given.
 */
final class Dominance {
    /** How strongly a monomial is dominated by a set. */
    enum Level {
        /** Not dominated: it grows faster than the set in some direction. */
        NOT,
        /** Dominated, but on the boundary (a vertex or a face): of the same order somewhere. */
        WEAK,
        /** Dominated with room to spare: negligible next to the set for large sizes. */
        STRICT
    }

    /** The weight of a log factor in the exponent vector. */
    static final Rational LOG_WEIGHT = Rational.of(1, 4096);

    /** The most monomials {@link #extremes} compares by linear programming. */
    static final int MAX_CANDIDATES = 300;

    private Dominance() {
    }

    /** The variables (log factors folded into their variable) occurring in any of the monomials. */
    static List<String> dimensions(Collection<Monomial> monomials) {
        Set<String> dims = new LinkedHashSet<>();
        for (Monomial m : monomials) {
            for (String d : m.exponents().keySet()) {
                dims.add(Monomial.isLog(d) ? Monomial.logBase(d) : d);
            }
        }
        return new ArrayList<>(dims);
    }

    /** The exponent vector of {@code m} over {@code dims}, with log factors weighted by {@link #LOG_WEIGHT}. */
    static Rational[] vector(Monomial m, List<String> dims) {
        Rational[] v = new Rational[dims.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Rational.ZERO;
        }
        for (Map.Entry<String, Rational> e : m.exponents().entrySet()) {
            boolean log = Monomial.isLog(e.getKey());
            int i = dims.indexOf(log ? Monomial.logBase(e.getKey()) : e.getKey());
            v[i] = v[i].add(log ? e.getValue().multiply(LOG_WEIGHT) : e.getValue());
        }
        return v;
    }

    /** How {@code m} is dominated by {@code set} (which must not be empty), all sizes independent. */
    static Level dominated(Monomial m, Collection<Monomial> set) {
        return dominated(m, set, NONE);
    }

    /**
     * How {@code m} is dominated by {@code set} (which must not be empty) when, besides, each pair
     * {@code {small, big}} of {@code order} bounds one size by another (small ≤ big): then a
     * monomial may trade powers of big for powers of small, as {@code n·d ≤ n²}.
     */
    static Level dominated(Monomial m, Collection<Monomial> set, List<String[]> order) {
        List<Monomial> all = new ArrayList<>(set);
        all.add(m);
        List<String> dims = dimensions(all, order);
        List<Rational[]> s = new ArrayList<>();
        for (Monomial x : set) {
            s.add(vector(x, dims));
        }
        return dominated(vector(m, dims), s, trades(dims, order));
    }

    /** No size bounds another. */
    static final List<String[]> NONE = java.util.Collections.emptyList();

    private static List<String> dimensions(Collection<Monomial> monomials, List<String[]> order) {
        List<String> dims = dimensions(monomials);
        for (String[] pair : order) {
            for (String v : pair) {
                if (!dims.contains(v)) {
                    dims.add(v);
                }
            }
        }
        return dims;
    }

    /** One column per bound small ≤ big: +1 in small's dimension, −1 in big's. */
    private static List<Rational[]> trades(List<String> dims, List<String[]> order) {
        List<Rational[]> out = new ArrayList<>();
        for (String[] pair : order) {
            Rational[] t = new Rational[dims.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = Rational.ZERO;
            }
            t[dims.indexOf(pair[0])] = Rational.ONE;
            t[dims.indexOf(pair[1])] = Rational.ONE.negate();
            out.add(t);
        }
        return out;
    }

    /**
     * Maximises the total surplus Σσ subject to Σλᵢsᵢ + Στₜtₜ − σ = e, Σλᵢ = 1, λ, τ, σ ≥ 0 (the
     * trades t move exponent from a bigger size to a smaller one): infeasible means not dominated,
     * optimum 0 weakly, positive strictly.
     */
    private static Level dominated(Rational[] e, List<Rational[]> s, List<Rational[]> trades) {
        int k = e.length;
        int m = s.size();
        int q = trades.size();
        int n = m + q + k;
        Rational[][] a = new Rational[k + 1][n];
        Rational[] b = new Rational[k + 1];
        Rational[] c = new Rational[n];
        for (int j = 0; j <= k; j++) {
            for (int i = 0; i < n; i++) {
                Rational v;
                if (j == k) {
                    v = i < m ? Rational.ONE : Rational.ZERO;
                } else if (i < m) {
                    v = s.get(i)[j];
                } else if (i < m + q) {
                    v = trades.get(i - m)[j];
                } else {
                    v = i - m - q == j ? Rational.ONE.negate() : Rational.ZERO;
                }
                a[j][i] = v;
            }
            b[j] = j == k ? Rational.ONE : e[j];
        }
        for (int i = 0; i < n; i++) {
            c[i] = i < m + q ? Rational.ZERO : Rational.ONE;
        }
        Rational best = maximize(a, b, c);
        return best == null ? Level.NOT : best.signum() > 0 ? Level.STRICT : Level.WEAK;
    }

    /**
     * The extreme monomials of {@code monomials}: the smallest subset that dominates all of them,
     * i.e. the terms that decide the Θ-class of a positive sum. Keeps the given order.
     *
     * @throws ReadException (unplaced) when there are too many incomparable monomials to compare
     */
    static List<Monomial> extremes(Collection<Monomial> monomials) {
        return extremes(monomials, NONE);
    }

    /** {@link #extremes(Collection)} when some sizes bound others, as in {@link #dominated(Monomial, Collection, List)}. */
    static List<Monomial> extremes(Collection<Monomial> monomials, List<String[]> order) {
        List<Monomial> list = new ArrayList<>(new LinkedHashSet<>(monomials));
        List<String> dims = dimensions(list, order);
        List<Rational[]> trades = trades(dims, order);
        List<Rational[]> vecs = new ArrayList<>();
        for (Monomial m : list) {
            vecs.add(vector(m, dims));
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            boolean below = false;
            for (int j = 0; j < list.size() && !below; j++) {
                below = j != i && atMost(vecs.get(i), vecs.get(j)) && (j < i || !atMost(vecs.get(j), vecs.get(i)));
            }
            if (!below) {
                keep.add(i);
            }
        }
        if (keep.size() > MAX_CANDIDATES) {
            throw ReadException.unplaced("the expression has too many incomparable terms to compare");
        }
        List<Integer> current = new ArrayList<>(keep);
        for (int idx = 0; idx < current.size() && current.size() > 1;) {
            List<Rational[]> others = new ArrayList<>();
            for (int j = 0; j < current.size(); j++) {
                if (j != idx) {
                    others.add(vecs.get(current.get(j)));
                }
            }
            if (dominated(vecs.get(current.get(idx)), others, trades) != Level.NOT) {
                current.remove(idx);
            } else {
                idx++;
            }
        }
        List<Monomial> out = new ArrayList<>();
        for (int i : current) {
            out.add(list.get(i));
        }
        return out;
    }

    /** Componentwise a ≤ b. */
    private static boolean atMost(Rational[] a, Rational[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i].compareTo(b[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * max c·x subject to A·x = b, x ≥ 0, by the two-phase simplex method with Bland's rule (so it
     * terminates). Returns null when infeasible. The feasible region must be bounded.
     */
    static Rational maximize(Rational[][] a, Rational[] b, Rational[] c) {
        int rows = a.length;
        int n = c.length;
        int rhs = n + rows;
        Rational[][] t = new Rational[rows][n + rows + 1];
        int[] basis = new int[rows];
        for (int r = 0; r < rows; r++) {
            boolean flip = b[r].signum() < 0;
            for (int j = 0; j < n; j++) {
                t[r][j] = flip ? a[r][j].negate() : a[r][j];
            }
            for (int j = 0; j < rows; j++) {
                t[r][n + j] = j == r ? Rational.ONE : Rational.ZERO;
            }
            t[r][rhs] = flip ? b[r].negate() : b[r];
            basis[r] = n + r;
        }
        Rational[] phase1 = new Rational[n + rows];
        for (int j = 0; j < n + rows; j++) {
            phase1[j] = j < n ? Rational.ZERO : Rational.ONE.negate();
        }
        run(t, basis, phase1, n + rows);
        if (objective(t, basis, phase1).signum() < 0) {
            return null;
        }
        for (int r = 0; r < rows; r++) {
            if (basis[r] >= n) {
                for (int j = 0; j < n; j++) {
                    if (!t[r][j].isZero()) {
                        pivot(t, basis, r, j);
                        break;
                    }
                }
            }
        }
        Rational[] phase2 = new Rational[n + rows];
        for (int j = 0; j < n + rows; j++) {
            phase2[j] = j < n ? c[j] : Rational.ZERO;
        }
        run(t, basis, phase2, n);
        return objective(t, basis, phase2);
    }

    private static Rational objective(Rational[][] t, int[] basis, Rational[] c) {
        int rhs = t[0].length - 1;
        Rational v = Rational.ZERO;
        for (int r = 0; r < t.length; r++) {
            v = v.add(c[basis[r]].multiply(t[r][rhs]));
        }
        return v;
    }

    /** Simplex iterations maximising c over the columns below {@code allowed}. */
    private static void run(Rational[][] t, int[] basis, Rational[] c, int allowed) {
        int rhs = t[0].length - 1;
        while (true) {
            int enter = -1;
            for (int j = 0; j < allowed && enter < 0; j++) {
                Rational d = c[j];
                for (int r = 0; r < t.length; r++) {
                    if (!t[r][j].isZero()) {
                        d = d.subtract(c[basis[r]].multiply(t[r][j]));
                    }
                }
                if (d.signum() > 0) {
                    enter = j;
                }
            }
            if (enter < 0) {
                return;
            }
            int leave = -1;
            Rational best = null;
            for (int r = 0; r < t.length; r++) {
                if (t[r][enter].signum() > 0) {
                    Rational ratio = t[r][rhs].divide(t[r][enter]);
                    int cmp = best == null ? -1 : ratio.compareTo(best);
                    if (cmp < 0 || (cmp == 0 && basis[r] < basis[leave])) {
                        best = ratio;
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                throw new ArithmeticException("unbounded linear program");
            }
            pivot(t, basis, leave, enter);
        }
    }

    private static void pivot(Rational[][] t, int[] basis, int row, int col) {
        Rational p = t[row][col];
        for (int j = 0; j < t[row].length; j++) {
            t[row][j] = t[row][j].divide(p);
        }
        for (int r = 0; r < t.length; r++) {
            if (r != row && !t[r][col].isZero()) {
                Rational f = t[r][col];
                for (int j = 0; j < t[r].length; j++) {
                    if (!t[row][j].isZero()) {
                        t[r][j] = t[r][j].subtract(f.multiply(t[row][j]));
                    }
                }
            }
        }
        basis[row] = col;
    }
}
