package dev.gradlab.core.jobs;

import dev.gradlab.core.optim.Adam;
import dev.gradlab.core.optim.Momentum;
import dev.gradlab.core.optim.Objective;
import dev.gradlab.core.optim.Optimizer;
import dev.gradlab.core.optim.OptimizerState;
import dev.gradlab.core.optim.Sgd;
import dev.gradlab.core.optim.Surfaces;
import dev.gradlab.core.optim.Trajectory;
import dev.gradlab.core.tensor.Tensor;

import java.util.Arrays;
import java.util.List;

/**
 * {@code optimizer-compare}: SGD, momentum (the buffer form v ← βv + g, θ ← θ − ηv), Adam and AdamW
 * from one start on a 2-D test function of {@link Surfaces}, with the optim package's step
 * functions and {@link Trajectory}. Records f(θ_t), x_t and y_t (at most {@link #MAX_POINTS}
 * points per series, evenly spaced, the last step included); a run that diverges stops and the
 * rest of its series is NaN.
 */
final class OptimizerCompare implements JobKind {
    static final int MAX_POINTS = 500;
    static final String[] OPTIMIZERS = {"sgd", "momentum", "adam", "adamw"};
    private static final int CHUNK = 200;

    @Override
    public String name() {
        return "optimizer-compare";
    }

    @Override
    public String title() {
        return "SGD, momentum, Adam and AdamW on a 2-D function";
    }

    @Override
    public String description() {
        return "Runs the four optimizers from the same start on Rosenbrock's function or an ill-conditioned "
                + "quadratic (axis-aligned or rotated by 45°) and records their losses and paths.";
    }

    @Override
    public List<ParamSpec> params() {
        return Arrays.asList(
                ParamSpec.choice("function", "the 2-D function: (1 − x)² + 100(y − x²)², ½(x² + κy²), or the same "
                        + "quadratic rotated by 45°", "rosenbrock", "quadratic", "rotated-quadratic"),
                ParamSpec.number("kappa", 10, 1, 1000, "the quadratics' condition number κ"),
                ParamSpec.number("x0", -1.2, -5, 5, "start x"),
                ParamSpec.number("y0", 1, -5, 5, "start y"),
                ParamSpec.integer("steps", 2000, 1, 20000, "steps per optimizer"),
                ParamSpec.number("lrSgd", 0.001, 1e-6, 10, "SGD's learning rate"),
                ParamSpec.number("lrMomentum", 0.0005, 1e-6, 10, "momentum's learning rate η"),
                ParamSpec.number("beta", 0.9, 0, 0.999, "momentum's β"),
                ParamSpec.number("lrAdam", 0.02, 1e-6, 10, "Adam's and AdamW's learning rate"),
                ParamSpec.number("beta1", 0.9, 0, 0.999, "Adam's β₁"),
                ParamSpec.number("beta2", 0.999, 0, 0.99999, "Adam's β₂"),
                ParamSpec.number("weightDecay", 0.01, 0, 1, "AdamW's decoupled weight decay λ"));
    }

    static Objective objective(JobParams p) {
        switch (p.string("function")) {
            case "quadratic":
                return Surfaces.conditioned(p.number("kappa"));
            case "rotated-quadratic":
                return Surfaces.conditioned(p.number("kappa"), Math.PI / 4);
            default:
                return Surfaces.rosenbrock();
        }
    }

    static Optimizer optimizer(String name, JobParams p) {
        switch (name) {
            case "sgd":
                return Sgd.of(p.number("lrSgd"));
            case "momentum":
                return Momentum.buffer(p.number("beta"), p.number("lrMomentum"));
            case "adam":
                return Adam.of(p.number("lrAdam"), p.number("beta1"), p.number("beta2"), 1e-8);
            default:
                return Adam.of(p.number("lrAdam"), p.number("beta1"), p.number("beta2"), 1e-8)
                        .withDecoupledWeightDecay(p.number("weightDecay"));
        }
    }

    @Override
    public JobResult run(JobParams p, Progress progress) {
        Objective f = objective(p);
        int steps = p.integer("steps");
        int stride = (steps + MAX_POINTS - 1) / MAX_POINTS;
        int points = steps / stride + 1 + (steps % stride == 0 ? 0 : 1);
        double[] at = new double[points];
        for (int k = 0; k < points; k++) {
            at[k] = Math.min(steps, (long) k * stride);
        }
        Metrics m = Metrics.empty().put("step", at);
        JobResult r = JobResult.create();
        Tensor start = Tensor.vector(p.number("x0"), p.number("y0"));
        for (int o = 0; o < OPTIMIZERS.length; o++) {
            Optimizer opt = optimizer(OPTIMIZERS[o], p);
            double[][] s = new double[3][points];
            for (double[] row : s) {
                Arrays.fill(row, Double.NaN);
            }
            OptimizerState state = opt.init(start);
            record(s, 0, f.value(start), start);
            int done = 0;
            boolean diverged = false;
            while (done < steps && !diverged) {
                progress.checkCancelled();
                int n = Math.min(CHUNK, steps - done);
                Trajectory t = Trajectory.run(f, opt, state, n);
                for (Trajectory.Point pt : t.points()) {
                    int step = done + (pt.t() - state.t());
                    if (step > 0 && (step % stride == 0 || step == steps)) {
                        record(s, (step + stride - 1) / stride, pt.loss(), pt.params());
                    }
                }
                diverged = t.diverged();
                done += t.points().size() - 1;
                state = t.point(t.points().size() - 1).state();
                progress.report((o + (double) done / steps) / OPTIMIZERS.length, m.copy());
            }
            String name = OPTIMIZERS[o];
            m.put(name + "_loss", s[0]).put(name + "_x", s[1]).put(name + "_y", s[2]);
            r.summary(name + "_final_loss", diverged ? Double.NaN : f.value(state.params()));
            r.summary(name + "_diverged_at", diverged ? done : -1);
            progress.report((o + 1.0) / OPTIMIZERS.length, m.copy());
        }
        return r.series(m)
                .plot("f(θ_t) on " + f.formula(), "step", "step", "f", false, true,
                        "sgd_loss", "momentum_loss", "adam_loss", "adamw_loss")
                .plot("x_t", "step", "step", "x", false, false, "sgd_x", "momentum_x", "adam_x", "adamw_x")
                .plot("y_t", "step", "step", "y", false, false, "sgd_y", "momentum_y", "adam_y", "adamw_y")
                .note("Plot y against x of each optimizer for its path on the surface; a diverged run ends in NaN.");
    }

    private static void record(double[][] s, int k, double loss, Tensor params) {
        s[0][k] = loss;
        s[1][k] = params.get(0);
        s[2][k] = params.get(1);
    }
}
