package dev.gradlab.web.view;

import dev.gradlab.core.optim.Adam;
import dev.gradlab.core.optim.Momentum;
import dev.gradlab.core.optim.Optimizer;
import dev.gradlab.core.optim.Sgd;
import dev.gradlab.core.optim.Trajectory;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The optimizer playground's state: the configuration, one shared-core {@link Trajectory} per
 * optimizer shown (all from the same start, on the surface's autodiff objective), and the step t
 * on display. Step, back, reset and end move t; play advances it one step per {@link #tick} until
 * the last step. Plain Java, no DOM, no timers.
 */
public final class Playground {
    /** One optimizer's run. */
    public static final class Run {
        public final String key;
        public final String label;
        public final Trajectory trajectory;

        Run(String key, String label, Trajectory trajectory) {
            this.key = key;
            this.label = label;
            this.trajectory = trajectory;
        }

        /** The point shown at step t: the last one if the run stopped (diverged) before t. */
        public Trajectory.Point at(int t) {
            return trajectory.point(Math.min(t, trajectory.steps()));
        }
    }

    private OptimizerConfig config;
    private Surface surface;
    private List<Run> runs = Collections.emptyList();
    private int t;
    private boolean playing;

    public Playground(OptimizerConfig config) {
        this.config = config;
        compute();
    }

    public OptimizerConfig config() {
        return config;
    }

    public Surface surface() {
        return surface;
    }

    /** New settings: every run is recomputed; t stays unless it is past the new last step. */
    public void configure(OptimizerConfig next) {
        config = next;
        compute();
        t = Math.min(t, config.steps);
        if (t >= config.steps) {
            playing = false;
        }
    }

    private void compute() {
        surface = Surface.of(config);
        List<Run> out = new ArrayList<>();
        Tensor start = Tensor.vector(config.x0, config.y0);
        for (String key : config.enabled) {
            Optimizer o = optimizer(key, config);
            out.add(new Run(key, label(key), Trajectory.run(surface.objective, o, start, config.steps)));
        }
        runs = Collections.unmodifiableList(out);
    }

    /**
     * The shared-core optimizer for {@code key}: SGD, momentum and Nesterov in the buffer form
     * (v ← βv + g, θ ← θ − ηv; PyTorch's), Adam, and AdamW with decoupled decay λ.
     */
    public static Optimizer optimizer(String key, OptimizerConfig c) {
        switch (key) {
            case "sgd":
                return Sgd.of(c.lr);
            case "momentum":
                return Momentum.buffer(c.beta, c.lr);
            case "nesterov":
                return Momentum.buffer(c.beta, c.lr).nesterov();
            case "adam":
                return Adam.of(c.lrAdam, c.beta1, c.beta2, 1e-8);
            case "adamw":
                return Adam.of(c.lrAdam, c.beta1, c.beta2, 1e-8).withDecoupledWeightDecay(c.weightDecay);
            default:
                throw new IllegalArgumentException("no optimizer " + key);
        }
    }

    /** The display name of an optimizer key. */
    public static String label(String key) {
        switch (key) {
            case "sgd":
                return "SGD";
            case "momentum":
                return "Momentum";
            case "nesterov":
                return "Nesterov";
            case "adam":
                return "Adam";
            case "adamw":
                return "AdamW";
            default:
                return key;
        }
    }

    public List<Run> runs() {
        return runs;
    }

    /** The run of {@code key}, or null when it is not shown. */
    public Run run(String key) {
        for (Run r : runs) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        return null;
    }

    /** The step on display, 0 … steps. */
    public int t() {
        return t;
    }

    public boolean playing() {
        return playing;
    }

    public boolean step() {
        return jump(t + 1);
    }

    public boolean back() {
        playing = false;
        return jump(t - 1);
    }

    /** Shows step {@code k} (clamped); false when nothing changed. */
    public boolean jump(int k) {
        int next = Math.max(0, Math.min(config.steps, k));
        if (next == t) {
            return false;
        }
        t = next;
        return true;
    }

    /** Starts playing, from 0 when already at the last step. */
    public void play() {
        if (t >= config.steps) {
            t = 0;
        }
        playing = true;
    }

    public void pause() {
        playing = false;
    }

    /** One frame of play: the next step; returns whether play goes on (false at the last step). */
    public boolean tick() {
        if (!playing) {
            return false;
        }
        step();
        if (t >= config.steps) {
            playing = false;
        }
        return playing;
    }

    /** "step 3 of 40" and, while playing, "playing". */
    public String status() {
        StringBuilder sb = new StringBuilder("step ").append(t).append(" of ").append(config.steps);
        for (Run r : runs) {
            if (r.trajectory.diverged() && t >= r.trajectory.steps()) {
                sb.append("; ").append(r.label).append(" diverged at step ").append(r.trajectory.steps());
            }
        }
        return sb.toString();
    }
}
