package dev.gradlab.core.lang;

import dev.gradlab.core.check.ExprChecker;
import dev.gradlab.core.check.SimpleCheckers;
import dev.gradlab.core.check.VarSpec;
import dev.gradlab.core.check.Verdict;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random token streams and random syntax trees through the parser, the interpreter and the
 * checker: anything but a LangException (or a Verdict) is a bug. Bounded by small budgets.
 */
class FuzzTest {
    private static final String[] TOKENS = {
        "x", "y", "A", "f", "g", "i", "0", "1", "2.5", "1e-3", "-", "+", "*", "/", "//", "%", "**", "^", "@", "(", ")",
        "[", "]", ",", ":", ";", "=", "+=", "==", "<", ">=", "'", ".T", ".shape", ".", "exp", "sum", "softmax",
        "inv", "range", "len", "axis", "if", "else", "elif", "for", "in", "while", "def", "return", "break",
        "and", "or", "not", "True", "None", "\"s\"", "\n", "\n    ", "\n        ", "#c", "lambda", "\\frac", "{", "}",
    };

    private static Budget small() {
        return new Budget(20_000, 200_000, 20, 500, 4096);
    }

    private static void runGuarded(String src) {
        try {
            Interpreter in = new Interpreter(small(), false, 1);
            in.set("x", dev.gradlab.core.autodiff.Node.constant(Tensor.scalar(0.7)));
            in.set("y", dev.gradlab.core.autodiff.Node.constant(Tensor.vector(1, -2, 3)));
            in.set("A", dev.gradlab.core.autodiff.Node.constant(Tensor.matrix(new double[][] {{2, 1}, {1, 3}})));
            in.run(src);
        } catch (LangException expected) {
            assertNotNull(expected.getMessage());
            assertTrue(expected.line() >= 1 && expected.column() >= 1, "positions are 1-based: " + expected.describe());
        } catch (RuntimeException | StackOverflowError e) {
            fail("uncaught " + e + " for program:\n" + src, e);
        }
    }

    @Test
    void randomTokenStreamsNeverCrashTheParserOrTheInterpreter() {
        SplitMix64 rng = new SplitMix64(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rng.nextInt(25);
            for (int k = 0; k < len; k++) {
                sb.append(TOKENS[rng.nextInt(TOKENS.length)]).append(rng.nextInt(3) == 0 ? "" : " ");
            }
            runGuarded(sb.toString());
        }
    }

    private static String randomExpr(SplitMix64 rng, int depth) {
        if (depth == 0 || rng.nextInt(4) == 0) {
            String[] leaves = {"x", "y", "A", "2", "0.5", "0", "[1, 2]", "[[1, 0], [0, 1]]", "pi", "True"};
            return leaves[rng.nextInt(leaves.length)];
        }
        String a = randomExpr(rng, depth - 1);
        String b = randomExpr(rng, depth - 1);
        switch (rng.nextInt(12)) {
            case 0: return "(" + a + " + " + b + ")";
            case 1: return "(" + a + " - " + b + ")";
            case 2: return "(" + a + " * " + b + ")";
            case 3: return "(" + a + " / " + b + ")";
            case 4: return "(" + a + ")^(" + b + ")";
            case 5: return "(" + a + " @ " + b + ")";
            case 6: return "exp(" + a + ")";
            case 7: return "log(" + a + ")";
            case 8: return "sum(" + a + ", axis=0)";
            case 9: return "softmax(" + a + ")";
            case 10: return "(" + a + ").T";
            default: return "(" + a + ")[0]";
        }
    }

    @Test
    void randomSyntaxTreesEvaluateOrFailWithALanguageError() {
        SplitMix64 rng = new SplitMix64(12);
        for (int n = 0; n < 2000; n++) {
            runGuarded("f = " + randomExpr(rng, 1 + rng.nextInt(5)));
        }
    }

    @Test
    void theCheckerOnlyEverAnswersWithVerdicts() {
        SplitMix64 rng = new SplitMix64(13);
        List<VarSpec> vars = List.of(VarSpec.parse("x: scalar"), VarSpec.parse("y: vector n"),
                VarSpec.parse("A: matrix n x n symmetric"));
        ExprChecker.Options opt = new ExprChecker.Options();
        opt.points = 3;
        for (int n = 0; n < 400; n++) {
            String answer = rng.nextInt(2) == 0 ? randomExpr(rng, 3) : tokens(rng);
            Verdict v = ExprChecker.check(answer, "A @ y * exp(x)", vars, opt);
            assertNotNull(v.status(), answer);
            Verdict num = SimpleCheckers.number(answer, 2.0, 1e-4);
            assertNotNull(num.status(), answer);
        }
    }

    private static String tokens(SplitMix64 rng) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 1 + rng.nextInt(10); k++) {
            sb.append(TOKENS[rng.nextInt(TOKENS.length)]);
        }
        return sb.toString();
    }
}
