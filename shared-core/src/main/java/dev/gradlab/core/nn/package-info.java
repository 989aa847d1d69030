/**
 * Neural-network building blocks written with the autodiff functional API ({@code F}): the
 * attention family (scaled dot-product with causal/padding/window masks, multi-head,
 * grouped-query, banded local, separable, kernelized linear and random-feature attention). Each
 * returns an {@link dev.gradlab.core.nn.AttentionResult}: the output node and every named stage
 * for a stepper. Everything is differentiable in reverse and forward mode and FLOP-counted by the
 * rule table; no new primitives are needed.
 */
package dev.gradlab.core.nn;
