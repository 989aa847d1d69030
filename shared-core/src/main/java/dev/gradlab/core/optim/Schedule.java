package dev.gradlab.core.optim;

import dev.gradlab.core.text.Num;

import java.util.function.IntToDoubleFunction;

/**
 * A learning rate as a pure function of the step count t = 0, 1, 2, … (the number of steps already
 * taken, so the first step uses {@code at(0)}). Immutable; {@link #at} has no side effects.
 *
 * <p>Conventions: step decay and exponential decay follow PyTorch's StepLR and ExponentialLR;
 * cosine annealing reaches η_min at t = T and stays there; linear warmup uses η·(t+1)/W for
 * t &lt; W, so the first step already moves (η/W) and step W−1 uses the full η.
 */
public final class Schedule {
    private final String name;
    private final String formula;
    private final IntToDoubleFunction rate;

    private Schedule(String name, String formula, IntToDoubleFunction rate) {
        this.name = name;
        this.formula = formula;
        this.rate = rate;
    }

    private static String n(double v) {
        return Num.format(v, 6);
    }

    /** η(t) = η. */
    public static Schedule constant(double eta) {
        Vec.requireNonNegative("learning rate", eta);
        return new Schedule("constant", "η(t) = " + n(eta), t -> eta);
    }

    /** η(t) = η₀·γ^⌊t/k⌋: multiplied by {@code factor} every {@code every} steps. */
    public static Schedule stepDecay(double eta0, double factor, int every) {
        Vec.requireNonNegative("learning rate", eta0);
        Vec.requireNonNegative("decay factor", factor);
        if (every < 1) {
            throw new IllegalArgumentException("step decay needs a period of at least 1 step, got " + every);
        }
        return new Schedule("step decay", "η(t) = " + n(eta0) + "·" + n(factor) + "^⌊t/" + every + "⌋",
                t -> eta0 * Math.pow(factor, t / every));
    }

    /** η(t) = η₀·γ^t. */
    public static Schedule exponential(double eta0, double gamma) {
        Vec.requireNonNegative("learning rate", eta0);
        Vec.requireNonNegative("decay factor", gamma);
        return new Schedule("exponential", "η(t) = " + n(eta0) + "·" + n(gamma) + "^t", t -> eta0 * Math.pow(gamma, t));
    }

    /**
     * Cosine annealing: η(t) = η_min + (η₀ − η_min)·(1 + cos(π·t/T))/2 for t ≤ T, and η_min after.
     */
    public static Schedule cosine(double eta0, double etaMin, int total) {
        Vec.requireNonNegative("learning rate", eta0);
        Vec.requireNonNegative("minimum learning rate", etaMin);
        if (total < 1) {
            throw new IllegalArgumentException("cosine schedule needs T ≥ 1 steps, got " + total);
        }
        return new Schedule("cosine", "η(t) = " + n(etaMin) + " + " + n(eta0 - etaMin) + "·(1 + cos(π·min(t, " + total
                + ")/" + total + "))/2", t -> cosineAt(eta0, etaMin, Math.min(t, total), total));
    }

    private static double cosineAt(double eta0, double etaMin, int t, int total) {
        return etaMin + (eta0 - etaMin) * (1 + Math.cos(Math.PI * t / total)) / 2;
    }

    /** Linear warmup: η(t) = η·(t+1)/W for t &lt; W, then η. */
    public static Schedule linearWarmup(double eta, int warmup) {
        Vec.requireNonNegative("learning rate", eta);
        requireWarmup(warmup);
        return new Schedule("linear warmup", "η(t) = " + n(eta) + "·min(1, (t+1)/" + warmup + ")",
                t -> t < warmup ? eta * (t + 1) / warmup : eta);
    }

    /**
     * Linear warmup for W steps, then cosine annealing from η to η_min over the remaining T − W
     * steps: η(t) = η·(t+1)/W for t &lt; W; η_min + (η − η_min)·(1 + cos(π·(t−W)/(T−W)))/2 for
     * W ≤ t ≤ T; η_min after T.
     */
    public static Schedule warmupCosine(double eta, double etaMin, int warmup, int total) {
        Vec.requireNonNegative("learning rate", eta);
        Vec.requireNonNegative("minimum learning rate", etaMin);
        requireWarmup(warmup);
        if (total <= warmup) {
            throw new IllegalArgumentException("warmup + cosine needs T > W, got T = " + total + ", W = " + warmup);
        }
        int span = total - warmup;
        return new Schedule("warmup + cosine", "η(t) = " + n(eta) + "·(t+1)/" + warmup + " for t < " + warmup
                + ", then " + n(etaMin) + " + " + n(eta - etaMin) + "·(1 + cos(π·min(t−" + warmup + ", " + span + ")/"
                + span + "))/2",
                t -> t < warmup ? eta * (t + 1) / warmup : cosineAt(eta, etaMin, Math.min(t - warmup, span), span));
    }

    private static void requireWarmup(int warmup) {
        if (warmup < 1) {
            throw new IllegalArgumentException("warmup needs at least 1 step, got " + warmup);
        }
    }

    /**
     * The learning rate for the step taken after {@code t} steps.
     *
     * @throws IllegalArgumentException for t &lt; 0
     */
    public double at(int t) {
        if (t < 0) {
            throw new IllegalArgumentException("schedule step must be ≥ 0, got " + t);
        }
        return rate.applyAsDouble(t);
    }

    /** at(0), …, at(n−1): a new array, for plotting. */
    public double[] values(int n) {
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            out[t] = at(t);
        }
        return out;
    }

    /** Whether at(t) is the same for every t (only {@link #constant} schedules). */
    public boolean isConstant() {
        return name.equals("constant");
    }

    /** "constant", "step decay", "exponential", "cosine", "linear warmup" or "warmup + cosine". */
    public String name() {
        return name;
    }

    /** The rule with its numbers, e.g. "η(t) = 0.1·0.5^⌊t/10⌋". */
    public String formula() {
        return formula;
    }

    @Override
    public String toString() {
        return formula;
    }
}
