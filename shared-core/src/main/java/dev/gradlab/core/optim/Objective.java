package dev.gradlab.core.optim;

import dev.gradlab.core.autodiff.Backprop;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * A function to minimise, f: θ ↦ scalar, with its gradient: either an autodiff graph (the gradient
 * comes from {@link Backprop}) or a value function with a hand-written gradient. Immutable;
 * evaluating builds a fresh graph each time and modifies nothing the caller holds.
 */
public final class Objective {
    /** f(θ) and ∇f(θ) at one point. */
    public static final class Evaluation {
        private final double value;
        private final Tensor gradient;

        public Evaluation(double value, Tensor gradient) {
            this.value = value;
            this.gradient = gradient;
        }

        public double value() {
            return value;
        }

        public Tensor gradient() {
            return gradient;
        }
    }

    private final String name;
    private final String formula;
    private final Function<Node, Node> graph;
    private final ToDoubleFunction<Tensor> value;
    private final UnaryOperator<Tensor> gradient;

    private Objective(String name, String formula, Function<Node, Node> graph, ToDoubleFunction<Tensor> value,
            UnaryOperator<Tensor> gradient) {
        this.name = name;
        this.formula = formula;
        this.graph = graph;
        this.value = value;
        this.gradient = gradient;
    }

    /**
     * An objective built with autodiff ops: {@code f} maps the parameter node to a node with one
     * element (the loss). The gradient is d(loss)/dθ by reverse mode.
     */
    public static Objective ofGraph(String name, String formula, Function<Node, Node> f) {
        return new Objective(name, formula, f, null, null);
    }

    /** An objective from a value function and its gradient (which must return θ's shape). */
    public static Objective ofFunctions(String name, String formula, ToDoubleFunction<Tensor> f,
            UnaryOperator<Tensor> gradient) {
        return new Objective(name, formula, null, f, gradient);
    }

    public String name() {
        return name;
    }

    /** The formula for display, e.g. "(1 − x)² + 100·(y − x²)²". */
    public String formula() {
        return formula;
    }

    /** Whether this objective is an autodiff graph ({@link #graph} works). */
    public boolean hasGraph() {
        return graph != null;
    }

    /**
     * The loss node built on {@code params} (for tracing), for a graph objective.
     *
     * @throws IllegalStateException for an objective made {@link #ofFunctions}
     */
    public Node graph(Node params) {
        if (graph == null) {
            throw new IllegalStateException(name + " is not an autodiff graph");
        }
        return graph.apply(params);
    }

    /**
     * f(θ) and ∇f(θ).
     *
     * @throws ShapeException if the loss has more than one element or the gradient's shape differs from θ's
     */
    public Evaluation evaluate(Tensor params) {
        if (graph != null) {
            Node theta = Node.input("θ", params);
            Node loss = graph.apply(theta);
            if (loss.value().size() != 1) {
                throw new ShapeException(name + " must return one number but returned shape " + Shape.str(loss.shape()));
            }
            Backprop.backward(loss, null);
            Tensor g = theta.grad() == null ? Tensor.zeros(params.shape()) : theta.grad();
            return new Evaluation(loss.value().item(), g);
        }
        Tensor g = gradient.apply(params);
        Vec.requireSameShape(params, g, "the gradient of " + name);
        return new Evaluation(value.applyAsDouble(params), g);
    }

    /** f(θ). */
    public double value(Tensor params) {
        return graph == null ? value.applyAsDouble(params) : evaluate(params).value();
    }

    /** ∇f(θ). */
    public Tensor gradient(Tensor params) {
        return evaluate(params).gradient();
    }

    @Override
    public String toString() {
        return name + ": " + formula;
    }
}
