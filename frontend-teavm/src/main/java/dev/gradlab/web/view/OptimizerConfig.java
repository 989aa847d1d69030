package dev.gradlab.web.view;

import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimizer playground's settings: the surface (a quadratic of condition number κ,
 * Rosenbrock's banana, or seed 003's x²/4), the start, the number of steps, the optimizers shown
 * and their hyperparameters (η for SGD and the momentum methods, η_Adam for Adam and AdamW, β, β₁,
 * β₂, AdamW's λ). Read from and written to the route query, {@code #/optimizer?surface=quarter&lr=2};
 * {@code preset=ID} starts from a {@link #PRESETS preset}. Numbers are clamped to what the
 * optimizers accept. Immutable.
 */
public final class OptimizerConfig {
    /** Optimizer keys, in display order. */
    public static final List<String> OPTIMIZERS = Collections.unmodifiableList(
            Arrays.asList("sgd", "momentum", "nesterov", "adam", "adamw"));
    /** Surface keys. */
    public static final List<String> SURFACES = Collections.unmodifiableList(
            Arrays.asList("quadratic", "rosenbrock", "quarter"));
    public static final int MAX_STEPS = 1000;

    /** Named settings: id, label, query. */
    public static final String[][] PRESETS = {
        {"gd-quarter", "Seed 003: gradient descent on x²/4 reaches 0 in one step (η = 2)",
            "surface=quarter&x0=1&y0=0&steps=4&lr=2&opt=sgd"},
        {"momentum-quarter", "Seed 003: momentum reaches 0 in two steps (β = 1/2, η = 1)",
            "surface=quarter&x0=1&y0=0&steps=4&lr=1&beta=0.5&opt=momentum"},
        {"ill-conditioned", "Ill-conditioned quadratic (κ = 25): SGD crawls along the shallow axis, momentum and Nesterov"
            + " get there", "surface=quadratic&kappa=25&x0=-2.2&y0=1.2&steps=60&lr=0.05&beta=0.8&opt=sgd,momentum,nesterov"},
        {"nesterov-limit", "κ = 25, η = 0.07, β = 0.6: momentum converges, Nesterov diverges",
            "surface=quadratic&kappa=25&x0=-2.2&y0=1.2&steps=40&lr=0.07&beta=0.6&opt=momentum,nesterov"},
        {"rosenbrock", "Rosenbrock's banana: SGD crawls along the valley, the others reach its floor",
            "surface=rosenbrock&x0=-1.5&y0=2&steps=500&lr=0.0007&lr_adam=0.1&beta=0.9&beta1=0.9&beta2=0.999&wd=0.01"
                + "&opt=sgd,momentum,nesterov,adam,adamw"},
    };

    public final String surface;
    public final double kappa;
    public final double x0;
    public final double y0;
    public final int steps;
    public final double lr;
    public final double lrAdam;
    public final double beta;
    public final double beta1;
    public final double beta2;
    public final double weightDecay;
    /** The optimizers shown, in {@link #OPTIMIZERS} order. */
    public final List<String> enabled;

    public OptimizerConfig(String surface, double kappa, double x0, double y0, int steps, double lr, double lrAdam,
            double beta, double beta1, double beta2, double weightDecay, List<String> enabled) {
        this.surface = SURFACES.contains(surface) ? surface : "quadratic";
        this.kappa = clamp(kappa, 1, 1000);
        this.x0 = clamp(x0, -100, 100);
        this.y0 = clamp(y0, -100, 100);
        this.steps = (int) clamp(steps, 1, MAX_STEPS);
        this.lr = clamp(lr, 0, 100);
        this.lrAdam = clamp(lrAdam, 0, 100);
        this.beta = clamp(beta, 0, 0.999);
        this.beta1 = clamp(beta1, 0, 0.999);
        this.beta2 = clamp(beta2, 0, 0.99999);
        this.weightDecay = clamp(weightDecay, 0, 10);
        List<String> on = new ArrayList<>();
        for (String o : OPTIMIZERS) {
            if (enabled.contains(o)) {
                on.add(o);
            }
        }
        this.enabled = Collections.unmodifiableList(on);
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
    }

    /** κ = 10 from (−2, 1.5), 40 steps, η = 0.1, η_Adam = 0.1, β = 0.9, β₁ = 0.9, β₂ = 0.999, λ = 0.01, all five. */
    public static OptimizerConfig defaults() {
        return new OptimizerConfig("quadratic", 10, -2, 1.5, 40, 0.1, 0.1, 0.9, 0.9, 0.999, 0.01, OPTIMIZERS);
    }

    /** The settings of a route query: the defaults, then the preset's keys, then the query's own keys. */
    public static OptimizerConfig fromQuery(Query q) {
        OptimizerConfig c = defaults();
        String preset = q.get("preset");
        for (String[] p : PRESETS) {
            if (p[0].equals(preset)) {
                c = c.with(Query.parse("?" + p[2]));
            }
        }
        return c.with(q);
    }

    /** The preset called {@code id} applied to the defaults, or null. */
    public static OptimizerConfig preset(String id) {
        for (String[] p : PRESETS) {
            if (p[0].equals(id)) {
                return fromQuery(Query.parse("?preset=" + id));
            }
        }
        return null;
    }

    /** This configuration with the keys present in {@code q} replaced. */
    public OptimizerConfig with(Query q) {
        List<String> on = enabled;
        String opt = q.get("opt");
        if (opt != null) {
            on = Arrays.asList(opt.split(","));
        }
        String s = q.get("surface");
        return new OptimizerConfig(s == null ? surface : s, q.number("kappa", kappa), q.number("x0", x0),
                q.number("y0", y0), q.integer("steps", steps), q.number("lr", lr), q.number("lr_adam", lrAdam),
                q.number("beta", beta), q.number("beta1", beta1), q.number("beta2", beta2), q.number("wd", weightDecay), on);
    }

    /** This configuration with one key changed (a control's name and its text), as in the query. */
    public OptimizerConfig with(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(key, value);
        return with(Query.parse("?" + Query.format(m)));
    }

    /** This configuration with optimizer {@code key} shown or not. */
    public OptimizerConfig withOptimizer(String key, boolean on) {
        List<String> next = new ArrayList<>(enabled);
        next.remove(key);
        if (on) {
            next.add(key);
        }
        return new OptimizerConfig(surface, kappa, x0, y0, steps, lr, lrAdam, beta, beta1, beta2, weightDecay, next);
    }

    /** The full query (every key), so a link reproduces the run exactly. */
    public String toQuery() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("surface", surface);
        if (surface.equals("quadratic")) {
            m.put("kappa", num(kappa));
        }
        m.put("x0", num(x0));
        m.put("y0", num(y0));
        m.put("steps", Integer.toString(steps));
        m.put("lr", num(lr));
        m.put("lr_adam", num(lrAdam));
        m.put("beta", num(beta));
        m.put("beta1", num(beta1));
        m.put("beta2", num(beta2));
        m.put("wd", num(weightDecay));
        m.put("opt", String.join(",", enabled));
        return Query.format(m);
    }

    /** A number as the controls and the query write it (up to 10 significant digits). */
    public static String num(double v) {
        return Num.format(v, 10);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OptimizerConfig && ((OptimizerConfig) o).toQuery().equals(toQuery());
    }

    @Override
    public int hashCode() {
        return toQuery().hashCode();
    }

    @Override
    public String toString() {
        return toQuery();
    }
}
