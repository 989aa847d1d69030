/**
 * Optimizers as visible-state step functions, learning-rate schedules, test surfaces and a
 * trajectory runner, for the optimizer playground and the optimizer-compare job.
 *
 * <p>An {@link dev.gradlab.core.optim.Optimizer} is a pure function: {@code init(params)} makes an
 * {@link dev.gradlab.core.optim.OptimizerState} (parameters, step count, named buffers such as
 * "v", "m", "s"), and {@code step(state, grad)} returns a {@link dev.gradlab.core.optim.Step}
 * holding a new state and the intermediate values of the update ("lr", "m_hat", …). Nothing is
 * modified in place, so a UI can keep every state, step back and compare optimizers side by side.
 *
 * <p>Implemented: {@link dev.gradlab.core.optim.Sgd} (with optional decoupled weight decay),
 * {@link dev.gradlab.core.optim.Momentum} in three parametrizations (velocity, running average,
 * buffer) with optional Nesterov look-ahead, {@link dev.gradlab.core.optim.RmsProp} and
 * {@link dev.gradlab.core.optim.Adam} (with or without bias correction, with L2 in the gradient,
 * or with decoupled decay = AdamW). {@link dev.gradlab.core.optim.Schedule} gives learning rates
 * as pure functions of the step count. The exact update rules are in {@code docs/optimizers.md}.
 */
package dev.gradlab.core.optim;
