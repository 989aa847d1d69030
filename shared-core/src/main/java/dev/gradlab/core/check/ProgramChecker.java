package dev.gradlab.core.check;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.lang.Ast;
import dev.gradlab.core.lang.Budget;
import dev.gradlab.core.lang.Interpreter;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Parser;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.List;

/**
 * Kind <em>program</em>: the student's program and the reference run side by side on each test. A
 * test runs its setup (which may draw random data: both sides use the same seed), then the
 * program, then evaluates one expression — usually a call of a function the program defines — and
 * compares the two results.
 */
public final class ProgramChecker {
    /** One test. Hidden tests run only on the server. Immutable. */
    public static final class Test {
        public final String name;
        public final String setup;
        public final String expression;
        public final double rtol;
        public final boolean hidden;

        public Test(String name, String setup, String expression, double rtol, boolean hidden) {
            this.name = name;
            this.setup = setup;
            this.expression = expression;
            this.rtol = rtol;
            this.hidden = hidden;
        }
    }

    private ProgramChecker() {
    }

    /**
     * Runs {@code tests} on the student's {@code program} and on {@code reference}. The verdict's
     * entries hold one verdict per test, in order; its score is the fraction passed.
     */
    public static Verdict check(String program, String reference, List<Test> tests, Budget budget, long seed) {
        if (program == null || program.trim().isEmpty()) {
            return Verdict.missing();
        }
        try {
            Parser.parseProgram(program);
        } catch (LangException e) {
            return Verdict.invalid(e.describe());
        }
        List<Verdict> results = new ArrayList<>();
        int passed = 0;
        for (int i = 0; i < tests.size(); i++) {
            Test t = tests.get(i);
            Verdict v = runOne(program, reference, t, budget, seed + i);
            passed += v.status() == Verdict.Status.CORRECT ? 1 : 0;
            results.add(v);
        }
        Verdict out = passed == tests.size() ? Verdict.correct("All " + tests.size() + " tests pass.")
                : Verdict.incorrect(passed + " of " + tests.size() + " tests pass.");
        return out.withMistake(null, out.feedback(), tests.isEmpty() ? 0 : (double) passed / tests.size())
                .withEntries(results);
    }

    private static Verdict runOne(String program, String reference, Test t, Budget budget, long seed) {
        Object expected = run(reference, t, budget, seed);
        Object got;
        try {
            got = run(program, t, budget, seed);
        } catch (LangException e) {
            return Verdict.incorrect(t.name + ": " + e.describe());
        }
        String problem = compare(got, expected, t.rtol);
        return problem == null ? Verdict.correct(t.name + ": passed")
                : Verdict.incorrect(t.name + ": " + t.expression + " " + problem);
    }

    private static Object run(String program, Test t, Budget budget, long seed) {
        Interpreter in = new Interpreter(budget, false, seed);
        if (t.setup != null && !t.setup.trim().isEmpty()) {
            in.run(t.setup);
        }
        in.run(program);
        Ast.Expr e = Parser.parseExpression(t.expression);
        return in.eval(e);
    }

    /** Null when equal within tolerance, else what differs, as read by a student. */
    static String compare(Object got, Object expected, double rtol) {
        if (expected instanceof Node) {
            if (!(got instanceof Node)) {
                return "returned " + describe(got) + ", expected " + describe(expected);
            }
            Tensor a = ((Node) got).value();
            Tensor b = ((Node) expected).value();
            if (!Shape.same(a.shape(), b.shape())) {
                return "returned shape " + Shape.str(a.shape()) + ", expected shape " + Shape.str(b.shape());
            }
            double scale = 0;
            for (int i = 0; i < b.size(); i++) {
                scale = Math.max(scale, Math.abs(b.get(i)));
            }
            for (int i = 0; i < a.size(); i++) {
                if (!(Math.abs(a.get(i) - b.get(i)) <= rtol * Math.max(Math.abs(b.get(i)), 1e-3 * scale) + 1e-12)) {
                    return a.size() == 1 ? "returned " + Num.format(a.get(i), 6) + ", expected " + Num.format(b.get(i), 6)
                            : "is wrong at flat index " + i + ": " + Num.format(a.get(i), 6) + " instead of "
                                    + Num.format(b.get(i), 6);
                }
            }
            return null;
        }
        boolean same = expected == null ? got == null : expected.equals(got);
        return same ? null : "returned " + describe(got) + ", expected " + describe(expected);
    }

    private static String describe(Object v) {
        if (v instanceof Node) {
            return Num.format(((Node) v).value(), 6);
        }
        return v == null ? "None" : v.toString();
    }
}
