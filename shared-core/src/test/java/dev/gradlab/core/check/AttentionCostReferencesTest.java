package dev.gradlab.core.check;

import dev.gradlab.core.autodiff.FlopCount;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.nn.Attention;
import dev.gradlab.core.nn.FeatureMap;
import dev.gradlab.core.nn.LinearAttention;
import dev.gradlab.core.nn.MultiHeadAttention;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time references of seed 004 §3 (used in AsymptoticCheckerTest) against the engine: the
 * forward FLOPs that FlopCount measures on the nn attention graphs, over sizes from 2 to 40 in
 * every aspect ratio, stay within a small constant factor of the reference Θ-expression, while
 * plausible wrong answers drift by an order of magnitude. (Space has no engine counter; its
 * references are derived in AsymptoticCheckerTest.)
 */
class AttentionCostReferencesTest {
    private static final int[] SIZES = {2, 6, 40};
    private static final double SPREAD = 4;

    private static Node random(SplitMix64 rng, int... shape) {
        double[] d = new double[Shape.size(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.uniform(-1, 1);
        }
        return Node.constant(Tensor.of(shape, d));
    }

    /** max/min over the grid of measured FLOPs divided by the reference's value. */
    private static double spread(List<String> vars, String reference, ToLongFunction<int[]> flops) {
        Polynomial p = Polynomials.parse(reference, vars);
        double lo = Double.MAX_VALUE;
        double hi = 0;
        int points = 1;
        for (int i = 0; i < vars.size(); i++) {
            points *= SIZES.length;
        }
        for (int code = 0; code < points; code++) {
            int[] sizes = new int[vars.size()];
            Map<String, Rational> at = new LinkedHashMap<>();
            for (int i = 0, c = code; i < sizes.length; i++, c /= SIZES.length) {
                sizes[i] = SIZES[c % SIZES.length];
                at.put(vars.get(i), Rational.of(sizes[i]));
            }
            double ratio = flops.applyAsLong(sizes) / p.evaluate(at).doubleValue();
            lo = Math.min(lo, ratio);
            hi = Math.max(hi, ratio);
        }
        return hi / lo;
    }

    @Test
    void multiHeadAttentionTimeIsThetaOfHN2dPlusHNd2() {
        SplitMix64 rng = new SplitMix64(4);
        List<String> vars = List.of("n", "d", "h");
        ToLongFunction<int[]> flops = s -> {
            int n = s[0];
            int d = s[1];
            int h = 1 + s[2] / 3;
            Node x = random(rng, n, d);
            return FlopCount.of(MultiHeadAttention.multiHead(x, x, x, random(rng, d, h * d), random(rng, d, h * d),
                    random(rng, d, h * d), random(rng, h * d, d), h, null).output()).forward();
        };
        // h runs over 1, 3, 14 (d_k = d_v = d for every head, as the seed assumes)
        String h = "(1 + h/3)";
        assertTrue(spread(vars, h + "*(n^2*d + n*d^2)", flops) < SPREAD);
        assertTrue(spread(vars, h + "*n^2*d", flops) > 3 * SPREAD, "Θ(h·n²·d) alone misses the projections");
        assertTrue(spread(vars, "n^2*d + n*d^2", flops) > 3 * SPREAD, "the cost grows with h");
    }

    @Test
    void separableAttentionTimeIsThetaOfNd2() {
        SplitMix64 rng = new SplitMix64(5);
        List<String> vars = List.of("n", "d");
        ToLongFunction<int[]> flops = s -> FlopCount.of(Attention.separable(random(rng, s[0], s[1]),
                random(rng, s[0], s[1]), random(rng, s[0], s[1])).output()).forward();
        assertTrue(spread(vars, "n*d^2", flops) < SPREAD);
        assertTrue(spread(vars, "n^2*d", flops) > 3 * SPREAD, "no n×n matrix is formed");
    }

    @Test
    void kernelizedAttentionTimeIsThetaOfNmd() {
        SplitMix64 rng = new SplitMix64(6);
        List<String> vars = List.of("n", "m", "d");
        ToLongFunction<int[]> flops = s -> FlopCount.of(LinearAttention.linear(random(rng, s[0], s[2]),
                random(rng, s[0], s[2]), random(rng, s[0], s[2]),
                FeatureMap.positiveRandom(LinearAttention.randomProjection(s[2], s[1], 3))).output()).forward();
        assertTrue(spread(vars, "n*m*d", flops) < SPREAD);
        assertTrue(spread(vars, "n*m", flops) > 3 * SPREAD, "computing f costs Θ(md) per row");
    }
}
