package dev.gradlab.core.optim;

import dev.gradlab.core.tensor.Tensor;

import java.util.Map;

/**
 * An optimizer as a pure step function. {@link #init} makes the state at t = 0; {@link #step}
 * maps (state, gradient at state.params()) to a new {@link Step} and modifies nothing, so calling
 * it twice with the same arguments gives equal results. Implementations are immutable.
 */
public interface Optimizer {
    /** A display name such as "SGD", "Momentum (A)", "Adam", "AdamW". */
    String name();

    /** The hyperparameters by display name (η, β₁, …), in a stable order; the learning rate as η₀ = lr(0). */
    Map<String, Double> hyperparameters();

    /** The learning-rate schedule. */
    Schedule schedule();

    /** The state at t = 0: θ = {@code params} and every buffer zero. */
    OptimizerState init(Tensor params);

    /**
     * One step from {@code state} with {@code grad} = ∇f(state.params()). Returns a new state;
     * {@code state} and {@code grad} are unchanged.
     *
     * @throws dev.gradlab.core.tensor.ShapeException if grad's shape differs from the params'
     * @throws IllegalArgumentException if the state lacks a buffer this optimizer needs
     */
    Step step(OptimizerState state, Tensor grad);
}
