package dev.gradlab.core.selftest;

import dev.gradlab.core.autodiff.FlopCount;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.check.ExprChecker;
import dev.gradlab.core.check.VarSpec;
import dev.gradlab.core.check.Verdict;
import dev.gradlab.core.json.JsonWriter;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Traces;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed suite of computations covering every op family, the optimizers, the attention family
 * ({@link FamilyCases}), the PRNG, FLOP counting and the checker. The JVM and the browser builds run the same suite and must agree to 1e-12 relative:
 * {@link #runJson()} is what each side reports.
 */
public final class CrossRuntimeSuite {
    /** Programs and the shapes of their random inputs ("name:shape" with shape like 3x4, or "" for a scalar). */
    private static final String[][] PROGRAMS = {
        {"elementwise", "f = sum(exp(a) * sin(b) - cos(a) / (2 + tanh(b)) + sigmoid(a)^2 + softplus(b) + sech(a))",
            "a:3x4", "b:3x4"},
        {"broadcasting", "f = sum((a + b) * c - b / (3 + c^2))", "a:4x1x2", "b:3x1", "c:2"},
        {"powers-and-abs", "f = sum(sqrt(abs(a) + 1) + abs(a)^1.5 + relu(a) * sign(a) + log(1 + a^2))", "a:5"},
        {"reductions", "f = sum(max(a, axis=0)) + sum(mean(a, axis=1, keepdims=True) * a) + min(a) + sum(sum(a, axis=-1)^2)",
            "a:3x4"},
        {"softmax", "p = softmax(a, axis=-1)\nq = log_softmax(a, axis=0)\nf = sum(p * b) + sum(q * b)", "a:3x5", "b:3x5"},
        {"cross-entropy", "f = cross_entropy(a, softmax(b))", "a:4x6", "b:4x6"},
        {"matmul", "f = sum(tanh(A @ x + b)^2) + x @ x + sum(A.T @ A)", "A:4x3", "x:3", "b:4"},
        {"batched-matmul", "f = sum((P @ Q)^2)", "P:2x3x4", "Q:4x2"},
        {"indexing", "f = sum(A[1:, ::-1] * 2) + A[0, 2] + sum(A[:, 1]^2)", "A:3x4"},
        {"concat-stack", "B = concatenate([A, A * 2], axis=1)\nC = stack([A[0], A[1]], axis=0)\nf = sum(B^2) + sum(C * C)",
            "A:2x3"},
        {"reshape-transpose", "f = sum(reshape(A, 3, 4) @ reshape(A.T, 4, 3))", "A:4x3"},
        {"linalg", "M = A @ A.T + 3*eye(3)\nf = det(M) + sum(inv(M)) + sum(solve(M, b)) + trace(M) + norm(M)",
            "A:3x3", "b:3"},
        {"pinv", "f = sum(pinv(A) * B)", "A:4x2", "B:2x4"},
        {"eigen-svd", "S = A + A.T\nf = sum(eigvalsh(S) * c) + sum(svdvals(A)) + cond(A + 4*eye(3))", "A:3x3", "c:3"},
        {"control-flow", "acc = 0\nfor i in range(4):\n    if i % 2 == 0:\n        acc = acc + a[i] * a[i]\n"
            + "    else:\n        acc = acc - a[i] / 2\nf = acc", "a:4"},
        {"functions", "def layer(W, h):\n    return tanh(W @ h)\nh = layer(W1, x)\nf = sum(layer(W2, h)^2)",
            "W1:4x3", "W2:2x4", "x:3"},
    };

    private CrossRuntimeSuite() {
    }

    /** The suite's results as JSON: {"cases": [{"name", "values": [...]}]}, values flattened. */
    public static String runJson() {
        JsonWriter w = new JsonWriter().beginObject().name("cases").beginArray();
        for (Map.Entry<String, List<Double>> e : run().entrySet()) {
            w.beginObject().name("name").value(e.getKey()).name("values").beginArray();
            for (double v : e.getValue()) {
                w.value(v);
            }
            w.endArray().endObject();
        }
        return w.endArray().endObject().toString();
    }

    /** Case name → numbers. */
    public static Map<String, List<Double>> run() {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        SplitMix64 rng = new SplitMix64(20261122L);
        for (String[] p : PROGRAMS) {
            Map<String, Tensor> inputs = new LinkedHashMap<>();
            for (int i = 2; i < p.length; i++) {
                String[] spec = p[i].split(":");
                inputs.put(spec[0], random(shapeOf(spec[1]), rng));
            }
            List<Double> values = new ArrayList<>();
            try {
                Trace t = Traces.run(p[1], inputs, null);
                for (Node n : t.nodes()) {
                    add(values, n.value());
                    if (n.grad() != null) {
                        add(values, n.grad());
                    }
                }
                FlopCount c = FlopCount.of(t.outputNode());
                values.add((double) c.forward());
                values.add((double) c.backward());
            } catch (LangException e) {
                throw new IllegalStateException("suite program " + p[0] + " failed: " + e.describe());
            }
            out.put(p[0], values);
        }
        FamilyCases.addTo(out);
        out.put("prng", prng());
        out.put("checker", checker());
        return out;
    }

    private static List<Double> prng() {
        SplitMix64 r = new SplitMix64(42);
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long x = r.nextLong();
            v.add((double) (x >>> 32));
            v.add((double) (x & 0xFFFFFFFFL));
        }
        for (int i = 0; i < 8; i++) {
            v.add(r.nextDouble());
            v.add(r.nextGaussian());
            v.add((double) r.nextInt(1000));
        }
        return v;
    }

    private static List<Double> checker() {
        List<Double> v = new ArrayList<>();
        List<VarSpec> vars = List.of(VarSpec.parse("X: matrix n x d tall"), VarSpec.parse("w: vector d"),
                VarSpec.parse("y: vector n"), VarSpec.parse("lam: scalar"), VarSpec.parse("n: size"));
        String ref = "2/n * X.T @ (X @ w - y) + lam * sign(w)";
        String[] answers = {ref, "2*X.T@(X@w - y)/n + lam*sign(w)", "2/n * X.T @ (y - X @ w) + lam * sign(w)",
            "2/n * X @ (X.T @ w - y)", "2/n * X.T @ (X @ w - y)"};
        for (String a : answers) {
            Verdict r = ExprChecker.check(a, ref, vars, new ExprChecker.Options());
            v.add((double) r.status().ordinal());
            v.add(r.score());
            v.add((double) (r.mistake() == null ? 0 : r.mistake().hashCode()));
        }
        return v;
    }

    private static void add(List<Double> values, Tensor t) {
        for (int i = 0; i < t.size(); i++) {
            values.add(t.get(i));
        }
    }

    private static int[] shapeOf(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split("x");
        int[] shape = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            shape[i] = Integer.parseInt(parts[i]);
        }
        return shape;
    }

    private static Tensor random(int[] shape, SplitMix64 rng) {
        double[] d = new double[Shape.size(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.uniform(-1.5, 1.5);
        }
        return Tensor.of(shape, d);
    }
}
