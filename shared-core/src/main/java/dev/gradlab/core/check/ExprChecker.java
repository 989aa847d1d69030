package dev.gradlab.core.check;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.lang.Ast;
import dev.gradlab.core.lang.Budget;
import dev.gradlab.core.lang.Interpreter;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Kind <em>expr</em>: the student's expression and the reference are evaluated at random points
 * (variables sampled by their declarations, sizes bound to shapes) and compared with a relative
 * plus absolute tolerance. Points where the reference is undefined are resampled. A shape that
 * differs from the reference's is {@code invalid}. Wrong answers are diagnosed against the known
 * mistakes, then against mutants of the reference.
 */
public final class ExprChecker {
    /** How an expression part is checked. Fields may be set directly before use. */
    public static final class Options {
        public int points = 8;
        public double rtol = 1e-6;
        public double atol = 1e-9;
        public long seed = 1;
        public List<KnownMistake> mistakes = Collections.emptyList();
        public boolean detectors = true;
        /** Values bound besides the sampled variables, e.g. a student's earlier answers. */
        public Map<String, Tensor> extra = Collections.emptyMap();
    }

    private ExprChecker() {
    }

    /** Checks {@code answer} against {@code reference}. Never throws for bad student input. */
    public static Verdict check(String answer, String reference, List<VarSpec> vars, Options opt) {
        if (answer == null || answer.trim().isEmpty()) {
            return Verdict.missing();
        }
        Answers.Read read;
        try {
            read = Answers.read(answer, names(vars));
        } catch (LangException e) {
            return Verdict.invalid(e.describe());
        }
        Ast.Expr student = read.expr();
        Ast.Expr ref = Answers.parse(reference);
        SplitMix64 rng = new SplitMix64(opt.seed);
        List<Map<String, Tensor>> points = new ArrayList<>();
        List<Tensor> refValues = new ArrayList<>();
        List<Tensor> studentValues = new ArrayList<>();
        int tries = 0;
        while (points.size() < opt.points && tries++ < opt.points * 4) {
            Map<String, Tensor> p = Sampler.point(vars, rng);
            p.putAll(opt.extra);
            Tensor r = evaluate(ref, p);
            if (r == null || !finite(r)) {
                continue;
            }
            Tensor s;
            try {
                s = evaluateOrThrow(student, p);
            } catch (LangException e) {
                return Verdict.invalid(read.mapError(e).describe());
            }
            if (!Shape.same(s.shape(), r.shape())) {
                return Verdict.invalid("your answer has shape " + Shape.str(s.shape()) + " but the answer must have shape "
                        + Shape.str(r.shape()) + sizesNote(p, vars));
            }
            points.add(p);
            refValues.add(r);
            studentValues.add(s);
        }
        if (points.isEmpty()) {
            throw new IllegalStateException("the reference " + reference + " is undefined at every sampled point");
        }
        int bad = firstMismatch(studentValues, refValues, opt);
        if (bad < 0) {
            return Verdict.correct("Correct.");
        }
        Verdict wrong = Verdict.incorrect("Not equal to the expected expression: at " + describe(points.get(bad), vars)
                + " your answer gives " + Num.format(studentValues.get(bad), 4) + " but the expected value is "
                + Num.format(refValues.get(bad), 4) + ".");
        return diagnose(wrong, ref, studentValues, refValues, points, vars, opt);
    }

    private static List<String> names(List<VarSpec> vars) {
        List<String> names = new ArrayList<>();
        for (VarSpec v : vars) {
            names.add(v.name);
        }
        return names;
    }

    private static Verdict diagnose(Verdict wrong, Ast.Expr ref, List<Tensor> s, List<Tensor> r, List<Map<String, Tensor>> points,
            List<VarSpec> vars, Options opt) {
        for (KnownMistake m : opt.mistakes) {
            if (matches(Answers.parse(m.expression), s, points, opt)) {
                return wrong.withMistake(m.id, m.feedback, m.score);
            }
        }
        if (!opt.detectors) {
            return wrong;
        }
        Double factor = constantFactor(s, r);
        if (factor != null) {
            return wrong.withMistake("constant-factor", "Your answer is " + Num.format(factor, 4)
                    + " times the correct one: check the constant factors.", 0);
        }
        for (Mutants.Mutant m : Mutants.of(ref, vars, 60)) {
            if (matches(m.expr, s, points, opt)) {
                return wrong.withMistake(m.id, m.feedback, 0);
            }
        }
        return wrong;
    }

    private static boolean matches(Ast.Expr candidate, List<Tensor> s, List<Map<String, Tensor>> points, Options opt) {
        List<Tensor> values = new ArrayList<>();
        for (Map<String, Tensor> p : points) {
            Tensor v = evaluate(candidate, p);
            if (v == null || !Shape.same(v.shape(), s.get(values.size()).shape())) {
                return false;
            }
            values.add(v);
        }
        return firstMismatch(s, values, opt) < 0;
    }

    /** The ratio student/reference when it is one constant ≠ 1 over all points and entries, else null. */
    private static Double constantFactor(List<Tensor> s, List<Tensor> r) {
        Double k = null;
        for (int i = 0; i < s.size(); i++) {
            for (int j = 0; j < s.get(i).size(); j++) {
                double a = s.get(i).get(j);
                double b = r.get(i).get(j);
                if (Math.abs(b) < 1e-9) {
                    if (Math.abs(a) > 1e-9) {
                        return null;
                    }
                    continue;
                }
                double q = a / b;
                if (k == null) {
                    k = q;
                } else if (Math.abs(q - k) > 1e-6 * Math.max(1, Math.abs(k))) {
                    return null;
                }
            }
        }
        return k == null || Math.abs(k - 1) < 1e-9 || Math.abs(k) < 1e-9 ? null : k;
    }

    private static int firstMismatch(List<Tensor> s, List<Tensor> r, Options opt) {
        for (int i = 0; i < s.size(); i++) {
            Tensor a = s.get(i);
            Tensor b = r.get(i);
            double scale = 0;
            for (int j = 0; j < b.size(); j++) {
                scale = Math.max(scale, Math.abs(b.get(j)));
            }
            for (int j = 0; j < a.size(); j++) {
                double diff = Math.abs(a.get(j) - b.get(j));
                if (!(diff <= opt.atol * Math.max(1, scale) + opt.rtol * Math.abs(b.get(j)))) {
                    return i;
                }
            }
        }
        return -1;
    }

    static Tensor evaluate(Ast.Expr e, Map<String, Tensor> point) {
        try {
            return evaluateOrThrow(e, point);
        } catch (LangException ex) {
            return null;
        }
    }

    /** The value of {@code e} with the names of {@code point} bound; not modified. @throws LangException for any error in e. */
    public static Tensor evaluateOrThrow(Ast.Expr e, Map<String, Tensor> point) {
        Interpreter in = new Interpreter(Budget.interactive(), false, 0);
        for (Map.Entry<String, Tensor> v : point.entrySet()) {
            in.setInput(v.getKey(), v.getValue());
        }
        Object v = in.eval(e);
        if (v instanceof Boolean) {
            return Tensor.scalar((Boolean) v ? 1 : 0);
        }
        if (!(v instanceof Node)) {
            throw new LangException("type", "the answer must be a number, vector or matrix, not a "
                    + (v == null ? "None" : v.getClass().getSimpleName().toLowerCase()), e.line, e.column, null);
        }
        return ((Node) v).value();
    }

    private static boolean finite(Tensor t) {
        for (int i = 0; i < t.size(); i++) {
            if (!Double.isFinite(t.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String sizesNote(Map<String, Tensor> p, List<VarSpec> vars) {
        StringBuilder sb = new StringBuilder();
        for (VarSpec v : vars) {
            for (String s : v.sizeNames()) {
                if (sb.indexOf(s + " = ") < 0 && p.containsKey(s)) {
                    sb.append(sb.length() == 0 ? " (with " : ", ").append(s).append(" = ").append(Num.format(p.get(s).item(), 4));
                }
            }
        }
        return sb.length() == 0 ? "" : sb.append(')').toString();
    }

    private static String describe(Map<String, Tensor> p, List<VarSpec> vars) {
        StringBuilder sb = new StringBuilder();
        for (VarSpec v : vars) {
            Tensor t = p.get(v.name);
            if (t == null) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(v.name).append(" = ")
                    .append(t.size() <= 9 ? Num.format(t, 3) : "a " + Shape.str(t.shape()) + " array");
        }
        return sb.toString();
    }
}
