package dev.gradlab.core.optim;

import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run of an optimizer on an objective: point 0 is the start, point k the state after k steps,
 * each with θ_k, f(θ_k), ∇f(θ_k) and the optimizer state (and, for k ≥ 1, the {@link Step} that
 * led there). The run stops early, with {@link #diverged()} true, at the first point whose loss or
 * parameters are not finite. Immutable.
 */
public final class Trajectory {
    /** The most steps one run may take. */
    public static final int MAX_STEPS = 100_000;

    /** One recorded point. */
    public static final class Point {
        private final OptimizerState state;
        private final double loss;
        private final Tensor grad;
        private final Step step;

        Point(OptimizerState state, double loss, Tensor grad, Step step) {
            this.state = state;
            this.loss = loss;
            this.grad = grad;
            this.step = step;
        }

        /** Steps taken to reach this point. */
        public int t() {
            return state.t();
        }

        public Tensor params() {
            return state.params();
        }

        /** f(θ_t). */
        public double loss() {
            return loss;
        }

        /** ∇f(θ_t): the gradient the next step uses. */
        public Tensor grad() {
            return grad;
        }

        public OptimizerState state() {
            return state;
        }

        /** The step that led here; null at t = 0. */
        public Step step() {
            return step;
        }

        /** For display: the step's values (or the state's at t = 0), then "loss" and "grad_next". */
        public Map<String, Tensor> named() {
            Map<String, Tensor> m = new LinkedHashMap<>(step == null ? state.named() : step.named());
            m.put("loss", Tensor.scalar(loss));
            m.put("grad_next", grad);
            return Collections.unmodifiableMap(m);
        }
    }

    private final Objective objective;
    private final Optimizer optimizer;
    private final List<Point> points;
    private final boolean diverged;

    private Trajectory(Objective objective, Optimizer optimizer, List<Point> points, boolean diverged) {
        this.objective = objective;
        this.optimizer = optimizer;
        this.points = Collections.unmodifiableList(points);
        this.diverged = diverged;
    }

    /** Runs {@code steps} steps of {@code optimizer} on {@code objective} from θ₀ = {@code start}. */
    public static Trajectory run(Objective objective, Optimizer optimizer, Tensor start, int steps) {
        return run(objective, optimizer, optimizer.init(start), steps);
    }

    /**
     * Runs {@code steps} steps from an existing state (to continue a run).
     *
     * @throws IllegalArgumentException unless 0 ≤ steps ≤ {@link #MAX_STEPS}
     */
    public static Trajectory run(Objective objective, Optimizer optimizer, OptimizerState from, int steps) {
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be in [0, " + MAX_STEPS + "], got " + steps);
        }
        List<Point> points = new ArrayList<>();
        OptimizerState state = from;
        Objective.Evaluation e = objective.evaluate(state.params());
        points.add(new Point(state, e.value(), e.gradient(), null));
        boolean bad = !finite(e.value(), state.params());
        for (int k = 0; k < steps && !bad; k++) {
            Step s = optimizer.step(state, e.gradient());
            state = s.state();
            e = objective.evaluate(state.params());
            points.add(new Point(state, e.value(), e.gradient(), s));
            bad = !finite(e.value(), state.params());
        }
        return new Trajectory(objective, optimizer, points, bad);
    }

    /** One run per optimizer, all from the same start with the same number of steps. */
    public static List<Trajectory> compare(Objective objective, List<? extends Optimizer> optimizers, Tensor start,
            int steps) {
        List<Trajectory> out = new ArrayList<>();
        for (Optimizer o : optimizers) {
            out.add(run(objective, o, start, steps));
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean finite(double loss, Tensor params) {
        if (!Double.isFinite(loss)) {
            return false;
        }
        for (int i = 0; i < params.size(); i++) {
            if (!Double.isFinite(params.get(i))) {
                return false;
            }
        }
        return true;
    }

    public Objective objective() {
        return objective;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /** Every point, start first (unmodifiable). */
    public List<Point> points() {
        return points;
    }

    /** The k-th point (k counts recorded points from 0, the start). */
    public Point point(int k) {
        return points.get(k);
    }

    public Point last() {
        return points.get(points.size() - 1);
    }

    /** The number of steps taken (points − 1); fewer than asked if the run diverged. */
    public int steps() {
        return points.size() - 1;
    }

    /** Whether the run stopped at a non-finite loss or parameter. */
    public boolean diverged() {
        return diverged;
    }

    /** f at every point: a new array. */
    public double[] losses() {
        double[] out = new double[points.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = points.get(k).loss();
        }
        return out;
    }

    /** Parameter entry {@code i} (flat index) at every point: a new array, e.g. the x or y of a 2-D path. */
    public double[] coordinate(int i) {
        double[] out = new double[points.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = points.get(k).params().get(i);
        }
        return out;
    }
}
