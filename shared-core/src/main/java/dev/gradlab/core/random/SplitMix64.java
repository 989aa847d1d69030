package dev.gradlab.core.random;

/**
 * The project's PRNG (Steele, Lea and Flood's SplitMix64). Plain 64-bit integer arithmetic, so the
 * same seed gives the same numbers on the JVM, in JavaScript and in WebAssembly; use it wherever
 * server and browser must agree instead of {@link java.util.Random}.
 */
public final class SplitMix64 {
    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. Advances the state. */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** Uniform integer in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        while (true) {
            long r = nextLong() >>> 1;
            long v = r % bound;
            if (r - v + (bound - 1) >= 0) {
                return (int) v;
            }
        }
    }

    /** Standard normal by the Box–Muller transform (one value per call). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
