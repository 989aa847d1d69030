package dev.gradlab.core.exercise;

import dev.gradlab.core.check.Answers;
import dev.gradlab.core.check.ExprChecker;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one variant. Variant 0 takes each parameter's {@code seed} value (the seed
 * paper's numbers); variant N draws from its generator with {@link SplitMix64} seeded from the
 * exercise id and N, so the server and the browser agree. Values are {@link Tensor}s or, for
 * {@code pick} of words, {@link String}s.
 */
final class Params {
    private Params() {
    }

    static Map<String, Object> values(String exerciseId, Object spec, int variant) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (spec == null) {
            return out;
        }
        Fields params = new Fields(spec, exerciseId + ": params");
        SplitMix64 rng = new SplitMix64(seedOf(exerciseId, variant));
        for (String name : keys(spec)) {
            Fields p = params.child(name);
            out.put(name, value(name, p, variant, rng, out));
        }
        return out;
    }

    /** A stable seed from the id (String.hashCode is specified, so every runtime agrees) and variant. */
    static long seedOf(String exerciseId, int variant) {
        return exerciseId.hashCode() * 1_000_003L + variant;
    }

    @SuppressWarnings("unchecked")
    private static Iterable<String> keys(Object spec) {
        return ((Map<String, Object>) spec).keySet();
    }

    private static Object value(String name, Fields p, int variant, SplitMix64 rng, Map<String, Object> earlier) {
        if (p.has("expr")) {
            return evaluate(p.string("expr"), earlier, p.where() + ".expr");
        }
        if (variant == 0 || (!p.has("int") && !p.has("real") && !p.has("pick") && !p.has("vector") && !p.has("matrix"))) {
            if (!p.has("seed")) {
                throw new ExerciseException(p.where() + ": needs 'seed' (the value of variant 0)");
            }
            return literal(p.raw("seed"), p.where() + ".seed");
        }
        if (p.has("int")) {
            return Tensor.scalar(drawInt(p, "int", rng, p.flag("nonzero")));
        }
        if (p.has("real")) {
            double[] r = range(p, "real");
            double scale = Math.pow(10, p.integer("digits", 1));
            return Tensor.scalar(Math.round(rng.uniform(r[0], r[1]) * scale) / scale);
        }
        if (p.has("pick")) {
            List<Object> options = p.list("pick");
            if (options.isEmpty()) {
                throw new ExerciseException(p.where() + ".pick: lists no values");
            }
            return literal(options.get(rng.nextInt(options.size())), p.where() + ".pick");
        }
        boolean vector = p.has("vector");
        Fields g = p.child(vector ? "vector" : "matrix");
        int rows = vector ? 1 : g.integer("rows", 2);
        int cols = vector ? g.integer("size", 3) : g.integer("cols", 2);
        double[] data = new double[rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = drawInt(g, "int", rng, g.flag("nonzero"));
        }
        return Tensor.of(vector ? new int[] {cols} : new int[] {rows, cols}, data);
    }

    private static double drawInt(Fields p, String key, SplitMix64 rng, boolean nonzero) {
        double[] r = range(p, key);
        long lo = (long) r[0];
        long hi = (long) r[1];
        for (int tries = 0; tries < 1000; tries++) {
            long v = lo + rng.nextInt((int) (hi - lo + 1));
            if (!nonzero || v != 0) {
                return v;
            }
        }
        throw new ExerciseException(p.where() + ": the range holds no nonzero integer");
    }

    private static double[] range(Fields p, String key) {
        List<Object> r = p.list(key);
        try {
            double lo = Double.parseDouble(String.valueOf(r.get(0)));
            double hi = Double.parseDouble(String.valueOf(r.get(1)));
            if (r.size() != 2 || hi < lo) {
                throw new IndexOutOfBoundsException();
            }
            return new double[] {lo, hi};
        } catch (RuntimeException e) {
            throw new ExerciseException(p.where() + "." + key + ": expected [lo, hi] with lo <= hi");
        }
    }

    /** A seed value: a number, a list literal (YAML list or text) or a word. */
    private static Object literal(Object v, String where) {
        String text = v instanceof List ? Template.format(listToText(v)) : String.valueOf(v);
        if (!text.isEmpty() && Character.isLetter(text.charAt(0)) && text.matches("[A-Za-z_][A-Za-z0-9_ -]*")) {
            return text;
        }
        return evaluate(text, new LinkedHashMap<>(), where);
    }

    private static String listToText(Object v) {
        if (!(v instanceof List)) {
            return String.valueOf(v);
        }
        StringBuilder sb = new StringBuilder("[");
        for (Object o : (List<?>) v) {
            sb.append(sb.length() > 1 ? ", " : "").append(listToText(o));
        }
        return sb.append(']').toString();
    }

    private static Tensor evaluate(String text, Map<String, Object> earlier, String where) {
        Map<String, Tensor> env = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : earlier.entrySet()) {
            if (e.getValue() instanceof Tensor) {
                env.put(e.getKey(), (Tensor) e.getValue());
            }
        }
        try {
            return ExprChecker.evaluateOrThrow(Answers.parse(text), env);
        } catch (LangException e) {
            throw new ExerciseException(where + ": " + e.describe());
        }
    }
}
