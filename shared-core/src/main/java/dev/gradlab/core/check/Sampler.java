package dev.gradlab.core.check;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Kernels;
import dev.gradlab.core.tensor.Layout;
import dev.gradlab.core.tensor.MatMul;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Random points at which answers are compared: sizes first (distinct where possible, so a missing
 * transpose cannot hide behind a square matrix), then every declared variable by its kind and
 * constraints.
 */
public final class Sampler {
    private Sampler() {
    }

    /**
     * One point: a tensor per variable (size variables become scalars holding the size).
     * Advances {@code rng}.
     */
    public static Map<String, Tensor> point(List<VarSpec> vars, SplitMix64 rng) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (VarSpec v : vars) {
            if (v.kind.equals("size")) {
                sizes.put(v.name, 0);
            }
            for (String s : v.sizeNames()) {
                sizes.put(s, 0);
            }
        }
        List<Integer> pool = new java.util.ArrayList<>();
        int next = 2 + rng.nextInt(2);
        for (int i = 0; i < sizes.size(); i++) {
            pool.add(next);
            next += 1 + rng.nextInt(2);
        }
        for (String s : sizes.keySet()) {
            sizes.put(s, pool.remove(rng.nextInt(pool.size())));
        }
        for (VarSpec v : vars) {
            if (v.dims.size() == 2 && (v.has("tall") || v.has("wide"))) {
                String r = v.dims.get(0);
                String c = v.dims.get(1);
                if (sizes.containsKey(r) && sizes.containsKey(c)
                        && (sizes.get(r) > sizes.get(c)) != v.has("tall")) {
                    int t = sizes.get(r);
                    sizes.put(r, sizes.get(c));
                    sizes.put(c, t);
                }
            }
        }
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (String s : sizes.keySet()) {
            out.put(s, Tensor.scalar(sizes.get(s)));
        }
        for (VarSpec v : vars) {
            if (!v.kind.equals("size")) {
                out.put(v.name, sample(v, sizes, rng));
            }
        }
        return out;
    }

    private static Tensor sample(VarSpec v, Map<String, Integer> sizes, SplitMix64 rng) {
        int[] shape = new int[v.dims.size()];
        for (int i = 0; i < shape.length; i++) {
            String d = v.dims.get(i);
            shape[i] = Character.isDigit(d.charAt(0)) ? Integer.parseInt(d) : sizes.get(d);
        }
        if (v.kind.equals("vector") && shape.length == 0) {
            shape = new int[] {3};
        } else if (v.kind.equals("matrix") && shape.length == 0) {
            shape = new int[] {3, 2};
        }
        if (v.has("symmetric") || v.has("spd")) {
            shape = new int[] {shape[0], shape[0]};
        }
        double[] d = new double[Shape.size(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = value(v, rng);
        }
        Tensor t = Tensor.of(shape, d);
        if (v.has("spd")) {
            int n = shape[0];
            Tensor m = MatMul.matmul(t, Layout.transpose(t));
            return Kernels.zip(m, eye(n, n), (a, b) -> a + b);
        }
        if (v.has("symmetric")) {
            return Kernels.zip(t, Layout.transpose(t), (a, b) -> (a + b) / 2);
        }
        if (v.has("fullrank") && shape.length == 2) {
            return Kernels.zip(t, eye(shape[0], shape[1]), (a, b) -> a + 3 * b);
        }
        return t;
    }

    private static double value(VarSpec v, SplitMix64 rng) {
        if (v.has("integer")) {
            return 1 + rng.nextInt(9);
        }
        if (v.has("probability")) {
            return rng.uniform(0.05, 0.95);
        }
        if (v.has("positive")) {
            return rng.uniform(0.5, 2.5);
        }
        double x = rng.uniform(0.3, 2.0);
        return rng.nextInt(2) == 0 ? x : -x;
    }

    private static Tensor eye(int m, int n) {
        double[] d = new double[m * n];
        for (int i = 0; i < Math.min(m, n); i++) {
            d[i * n + i] = 1;
        }
        return Tensor.of(new int[] {m, n}, d);
    }
}
