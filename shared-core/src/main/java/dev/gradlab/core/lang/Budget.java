package dev.gradlab.core.lang;

/**
 * The resources a program may use, enforced inside the interpreter (no threads needed): executed
 * steps, tensor elements allocated in total, call depth, wall time and printed characters.
 * Immutable; use the {@code with…} methods for variants.
 */
public final class Budget {
    public final long steps;
    public final long elements;
    public final int depth;
    public final long millis;
    public final int output;

    public Budget(long steps, long elements, int depth, long millis, int output) {
        this.steps = steps;
        this.elements = elements;
        this.depth = depth;
        this.millis = millis;
        this.output = output;
    }

    /** For interactive runs and answer checks: 2·10⁶ steps, 5·10⁶ elements, depth 100, 2 s, 64 KB of output. */
    public static Budget interactive() {
        return new Budget(2_000_000, 5_000_000, 100, 2_000, 64 * 1024);
    }

    /** For server jobs running a student's program: 50× the interactive budget in steps and time. */
    public static Budget job() {
        return new Budget(100_000_000, 200_000_000, 200, 120_000, 1024 * 1024);
    }

    public Budget withMillis(long ms) {
        return new Budget(steps, elements, depth, ms, output);
    }

    public Budget withSteps(long n) {
        return new Budget(n, elements, depth, millis, output);
    }

    public Budget withElements(long n) {
        return new Budget(steps, n, depth, millis, output);
    }
}
