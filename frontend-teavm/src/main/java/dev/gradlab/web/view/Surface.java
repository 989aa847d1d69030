package dev.gradlab.web.view;

import dev.gradlab.core.optim.Objective;
import dev.gradlab.core.optim.Surfaces;

/**
 * A playground surface: shared-core's {@link Objective} (the trajectories use its backprop
 * gradient), the same function in closed form for the contour grid (thousands of points; a test
 * checks that both agree), the region drawn, the contour levels and the minimum. Immutable.
 */
public final class Surface {
    public final String key;
    public final String label;
    public final Objective objective;
    public final double xMin;
    public final double xMax;
    public final double yMin;
    public final double yMax;
    /** Where the minimum is (drawn as a cross). */
    public final double[] minimum;
    private final double kappa;

    private Surface(String key, String label, Objective objective, double[] region, double[] minimum, double kappa) {
        this.key = key;
        this.label = label;
        this.objective = objective;
        this.xMin = region[0];
        this.xMax = region[1];
        this.yMin = region[2];
        this.yMax = region[3];
        this.minimum = minimum;
        this.kappa = kappa;
    }

    /** The surface of a configuration. */
    public static Surface of(OptimizerConfig c) {
        switch (c.surface) {
            case "rosenbrock":
                return new Surface("rosenbrock", "Rosenbrock: f = (1 − x)² + 100·(y − x²)²", Surfaces.rosenbrock(),
                        new double[] {-2, 2, -1, 3}, new double[] {1, 1}, 0);
            case "quarter":
                return new Surface("quarter", "seed 003: f = x²/4 (+ y²/4, so y = 0 stays 0)", Surfaces.quarterSquare(),
                        new double[] {-1.5, 1.5, -1, 1}, new double[] {0, 0}, 0);
            default:
                return new Surface("quadratic", "quadratic: f = ½(x² + " + OptimizerConfig.num(c.kappa) + "·y²), κ = "
                        + OptimizerConfig.num(c.kappa), Surfaces.conditioned(c.kappa), new double[] {-2.5, 2.5, -2, 2},
                        new double[] {0, 0}, c.kappa);
        }
    }

    /** f(x, y) in closed form (the same function as {@link #objective}). */
    public double value(double x, double y) {
        switch (key) {
            case "rosenbrock":
                return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
            case "quarter":
                return (x * x + y * y) / 4;
            default:
                return 0.5 * (x * x + kappa * y * y);
        }
    }

    /**
     * The contour levels: doubling from 1/4 for Rosenbrock (its values span 0 … thousands), else
     * levels whose square roots are evenly spaced (evenly spaced ellipses for a quadratic).
     */
    public double[] levels(double fMax) {
        int count = 12;
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            out[k] = key.equals("rosenbrock") ? 0.25 * Math.pow(2, k) : fMax * Math.pow((k + 1) / (double) (count + 1), 2);
        }
        return out;
    }
}
