package dev.gradlab.core.exercise;

import dev.gradlab.core.autodiff.FlopCount;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.check.AsymptoticChecker;
import dev.gradlab.core.check.FormulaChecker;
import dev.gradlab.core.check.Rational;
import dev.gradlab.core.check.ReadException;
import dev.gradlab.core.check.Sampler;
import dev.gradlab.core.check.Verdict;
import dev.gradlab.core.lang.Budget;
import dev.gradlab.core.lang.Interpreter;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Traces;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code prove} of a part: an independent computation (autodiff, a program, a
 * simulation, the FLOP counter, a counting program) that must agree with the reference.
 */
final class Prover {
    static final int POINTS = 6;

    private Prover() {
    }

    /** The problem found, or null when the proof agrees with the reference. */
    static String prove(Variant v, Part p, Map<String, Tensor> truth) {
        Fields f = p.prove;
        try {
            if (f.has("conceptual")) {
                return p.kind.equals("choice") ? null : "only choice parts may be proved 'conceptual'";
            }
            if (f.has("gradient")) {
                return gradient(p, f, truth);
            }
            if (f.has("flops")) {
                return flops(p, f);
            }
            if (f.has("count")) {
                return count(p, f);
            }
            if (f.has("value")) {
                return value(p, f, truth);
            }
            return "prove needs one of gradient, value, flops, count or conceptual";
        } catch (LangException e) {
            return "the proof fails to run: " + e.describe();
        } catch (ReadException e) {
            return "the proof cannot read a formula: " + e.describe();
        } catch (RuntimeException e) {
            return "the proof fails: " + e.getMessage();
        }
    }

    private static String gradient(Part p, Fields f, Map<String, Tensor> truth) {
        String program = f.string("gradient");
        String wrt = f.string("wrt");
        if (f.has("at")) {
            Map<String, Tensor> at = new LinkedHashMap<>();
            Fields a = f.child("at");
            for (Object k : ((Map<?, ?>) f.raw("at")).keySet()) {
                at.put((String) k, PartGrader.value(a.string((String) k), null));
            }
            Tensor g = grad(program, at, wrt);
            return compare(g, PartGrader.value(p.reference, truth), 1e-9, "the gradient at " + at.keySet());
        }
        return atSampledPoints(p, 17, (point, ref, i) ->
                compare(grad(program, point, wrt), ref, 1e-6, "the autodiff gradient at point " + (i + 1)));
    }

    /** A check at one sampled point, given the reference's value there: the problem, or null. */
    private interface PointCheck {
        String at(Map<String, Tensor> point, Tensor reference, int index);
    }

    /**
     * Runs {@code check} at {@link #POINTS} points sampled from the part's declared variables
     * (skipping points where the reference is undefined); the first problem, or null.
     */
    private static String atSampledPoints(Part p, int salt, PointCheck check) {
        SplitMix64 rng = new SplitMix64(Params.seedOf(p.id, salt));
        for (int i = 0; i < POINTS; i++) {
            Map<String, Tensor> point = Sampler.point(p.varSpecs(), rng);
            Tensor ref;
            try {
                ref = PartGrader.value(p.reference, point);
            } catch (LangException e) {
                continue;
            }
            String problem = check.at(point, ref, i);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static Tensor grad(String program, Map<String, Tensor> inputs, String wrt) {
        Trace t = Traces.run(program, inputs, null, Budget.job());
        Node n = t.input(wrt);
        if (n == null) {
            return Tensor.zeros(inputs.get(wrt).shape());
        }
        return n.grad();
    }

    private static String value(Part p, Fields f, Map<String, Tensor> truth) {
        String program = f.string("value");
        double rtol = f.number("rtol", 1e-9);
        if (p.kind.equals("expr") || (p.kind.equals("matrix") && !p.variables.isEmpty())) {
            return atSampledPoints(p, 23, (point, ref, i) ->
                    compare(Outputs.tensor(run(program, point, i)), ref, rtol, "the proof at point " + (i + 1)));
        }
        if (p.kind.equals("formula")) {
            for (Map<String, Long> sizes : sizes(p, f)) {
                Map<String, Tensor> inputs = new LinkedHashMap<>();
                Map<String, Rational> point = new LinkedHashMap<>();
                for (Map.Entry<String, Long> e : sizes.entrySet()) {
                    inputs.put(e.getKey(), Tensor.scalar(e.getValue()));
                    point.put(e.getKey(), Rational.of(e.getValue()));
                }
                double want = FormulaChecker.evaluate(p.reference, p.variables, point).doubleValue();
                String problem = compare(Outputs.tensor(run(program, inputs, 0)), Tensor.scalar(want), rtol,
                        "the proof at " + sizes);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        Object got;
        try {
            got = run(program, truth, 0);
        } catch (LangException e) {
            if (p.kind.equals("shape") && e.code().equals("shape")) {
                return p.reference.trim().equalsIgnoreCase("error") ? null
                        : "the proof raises a shape error but the reference is " + p.reference;
            }
            throw e;
        }
        switch (p.kind) {
            case "shape": {
                Tensor t = Outputs.tensor(got);
                int[] want = PartGrader.shapeOf(p.reference);
                return want != null && t != null && Shape.same(t.shape(), want) ? null
                        : "the proof gives shape " + (t == null ? "?" : Shape.str(t.shape())) + ", the reference is " + p.reference;
            }
            case "choice":
                return String.valueOf(got).equals(p.reference) ? null
                        : "the proof gives '" + got + "' but the reference is '" + p.reference + "'";
            default:
                return compare(Outputs.tensor(got), PartGrader.value(p.reference, truth), rtol, "the proof");
        }
    }

    private static Object run(String program, Map<String, Tensor> inputs, long seed) {
        Interpreter in = new Interpreter(Budget.job(), false, 1000 + seed);
        for (Map.Entry<String, Tensor> e : inputs.entrySet()) {
            in.setInput(e.getKey(), e.getValue());
        }
        in.run(program);
        return in.lastValue();
    }

    private static String flops(Part p, Fields f) {
        String program = f.string("flops");
        String pass = f.string("pass", "forward");
        for (Map<String, Long> sizes : sizes(p, f)) {
            Map<String, Tensor> inputs = new LinkedHashMap<>();
            SplitMix64 rng = new SplitMix64(7);
            Fields setup = f.child("setup");
            for (Object k : ((Map<?, ?>) f.raw("setup")).keySet()) {
                inputs.put((String) k, random(setup.string((String) k), sizes, rng));
            }
            Interpreter in = new Interpreter(Budget.job(), true, 0);
            for (Map.Entry<String, Tensor> e : inputs.entrySet()) {
                in.setInput(e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Long> e : sizes.entrySet()) {
                if (!inputs.containsKey(e.getKey())) {
                    in.set(e.getKey(), Node.constant(Tensor.scalar(e.getValue())));
                }
            }
            in.run(program);
            if (!(in.lastValue() instanceof Node)) {
                return "the FLOP proof program must end with the computed value (an expression or assignment)";
            }
            FlopCount c = FlopCount.of((Node) in.lastValue());
            long got = pass.equals("backward") ? c.backward() : pass.equals("total") ? c.forward() + c.backward() : c.forward();
            String problem = exact(Rational.of(got), p.reference, p.variables, sizes, "the FLOP counter (" + pass + ")");
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String count(Part p, Fields f) {
        String program = f.string("count");
        String exact = p.kind.equals("asymptotic") ? f.string("exact") : p.reference;
        for (Map<String, Long> sizes : sizes(p, f)) {
            Map<String, Tensor> inputs = new LinkedHashMap<>();
            for (Map.Entry<String, Long> e : sizes.entrySet()) {
                inputs.put(e.getKey(), Tensor.scalar(e.getValue()));
            }
            double got = Outputs.number(run(program, inputs, 0));
            if (Double.isNaN(got)) {
                return "the counting program gives no number at " + sizes;
            }
            String problem = got == Math.rint(got) && Math.abs(got) < 9e15
                    ? exact(Rational.of((long) got), exact, p.variables, sizes, "the counting program")
                    : close(got, exact, p.variables, sizes);
            if (problem != null) {
                return problem;
            }
        }
        if (p.kind.equals("asymptotic")) {
            Verdict v = AsymptoticChecker.check(exact, p.reference, p.variables, p.assume);
            if (v.status() != Verdict.Status.CORRECT) {
                return "the exact count " + exact + " is not Θ of the reference " + p.reference + ": " + v.feedback();
            }
        }
        return null;
    }

    /** A ratio of counts (not a whole number) compared with the exact formula to 1e-12. */
    private static String close(double got, String formula, List<String> vars, Map<String, Long> sizes) {
        Map<String, Rational> point = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : sizes.entrySet()) {
            point.put(e.getKey(), Rational.of(e.getValue()));
        }
        Rational want = FormulaChecker.evaluate(formula, vars, point);
        double w = want.doubleValue();
        return Math.abs(got - w) <= 1e-12 * Math.abs(w) ? null
                : "the counting program gives " + Num.format(got, 10) + " at " + sizes + " but the formula " + formula
                        + " gives " + want;
    }

    private static String exact(Rational got, String formula, List<String> vars, Map<String, Long> sizes, String what) {
        Map<String, Rational> point = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : sizes.entrySet()) {
            point.put(e.getKey(), Rational.of(e.getValue()));
        }
        Rational want = FormulaChecker.evaluate(formula, vars, point);
        return want.compareTo(got) == 0 ? null
                : what + " gives " + got + " at " + sizes + " but the formula " + formula + " gives " + want;
    }

    /** The size points of a proof: its {@code sizes}, or four spread points of small integers. */
    static List<Map<String, Long>> sizes(Part p, Fields f) {
        List<Map<String, Long>> out = new ArrayList<>();
        if (f.has("sizes")) {
            int i = 0;
            for (Object o : f.list("sizes")) {
                Fields s = new Fields(o, f.where() + ".sizes[" + i++ + "]");
                Map<String, Long> point = new LinkedHashMap<>();
                for (Object k : ((Map<?, ?>) o).keySet()) {
                    point.put((String) k, (long) s.integer((String) k, 0));
                }
                out.add(point);
            }
            return out;
        }
        long[] values = {2, 3, 5, 7, 4, 6, 9};
        for (int i = 0; i < 4; i++) {
            Map<String, Long> point = new LinkedHashMap<>();
            for (int j = 0; j < p.variables.size(); j++) {
                point.put(p.variables.get(j), values[(i + 2 * j) % values.length]);
            }
            out.add(point);
        }
        return out;
    }

    private static Tensor random(String shape, Map<String, Long> sizes, SplitMix64 rng) {
        List<Integer> dims = new ArrayList<>();
        String spec = shape.replace("×", " x ").trim();
        String[] words = spec.contains(" x ") ? spec.split(" x ") : spec.split("x");
        List<String> vars = new ArrayList<>(sizes.keySet());
        Map<String, Rational> point = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : sizes.entrySet()) {
            point.put(e.getKey(), Rational.of(e.getValue()));
        }
        for (String d : words) {
            if (d.trim().isEmpty()) {
                continue;
            }
            Rational r;
            try {
                r = FormulaChecker.evaluate(d.trim(), vars, point);
            } catch (ReadException e) {
                throw new ExerciseException("the setup shape '" + shape + "': " + e.getMessage());
            }
            if (!r.denominator().equals(java.math.BigInteger.ONE) || r.numerator().signum() <= 0) {
                throw new ExerciseException("the setup shape '" + shape + "' has the size " + d.trim() + " = " + r
                        + " at " + sizes + ", not a positive whole number (give 'sizes' that fit)");
            }
            dims.add(r.numerator().intValue());
        }
        int[] s = new int[dims.size()];
        int n = 1;
        for (int i = 0; i < s.length; i++) {
            s[i] = dims.get(i);
            n *= s[i];
        }
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = rng.nextGaussian();
        }
        return Tensor.of(s, data);
    }

    static String compare(Tensor got, Tensor want, double rtol, String what) {
        if (got == null) {
            return what + " gives no number or array";
        }
        if (!Shape.same(got.shape(), want.shape())) {
            return what + " has shape " + Shape.str(got.shape()) + " but the reference has shape " + Shape.str(want.shape());
        }
        for (int i = 0; i < got.size(); i++) {
            double a = got.get(i);
            double b = want.get(i);
            if (!(Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b)) + 1e-9)) {
                return what + " gives " + Num.format(got, 6) + " but the reference gives " + Num.format(want, 6);
            }
        }
        return null;
    }
}
