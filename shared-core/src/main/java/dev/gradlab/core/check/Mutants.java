package dev.gradlab.core.check;

import dev.gradlab.core.lang.Ast;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Parser;
import dev.gradlab.core.lang.Printer;

import java.util.ArrayList;
import java.util.List;

/**
 * The classic slips, as mutations of a reference answer: a missing or extra transpose, a swapped
 * product, a sign error, a missing chain-rule factor, elementwise instead of matrix product (and
 * back), the wrong softmax axis. A student answer that equals a mutant is diagnosed with its id.
 */
final class Mutants {
    /** One mutated reference. */
    static final class Mutant {
        final String id;
        final String feedback;
        final Ast.Expr expr;

        Mutant(String id, String feedback, Ast.Expr expr) {
            this.id = id;
            this.feedback = feedback;
            this.expr = expr;
        }
    }

    private Mutants() {
    }

    /** Every single-edit mutant of {@code ref} (capped at {@code max}), in a fixed order. */
    static List<Mutant> of(Ast.Expr ref, List<VarSpec> vars, int max) {
        List<Mutant> out = new ArrayList<>();
        out.add(new Mutant("sign-error", "Your answer has the opposite sign: check the signs in your derivation.",
                reparse("-(" + Printer.source(ref) + ")")));
        List<Ast.Expr> nodes = new ArrayList<>();
        List<Ast.Expr> stack = new ArrayList<>();
        stack.add(ref);
        while (!stack.isEmpty() && nodes.size() < 200) {
            Ast.Expr e = stack.remove(stack.size() - 1);
            nodes.add(e);
            stack.addAll(children(e));
        }
        for (Ast.Expr e : nodes) {
            if (out.size() >= max) {
                break;
            }
            for (String[] m : edits(e, vars)) {
                Ast.Expr mutated = reparse(Printer.sourceReplacing(ref, e, m[2]));
                if (mutated != null) {
                    out.add(new Mutant(m[0], m[1], mutated));
                }
            }
        }
        out.removeIf(m -> m.expr == null);
        return out;
    }

    private static List<Ast.Expr> children(Ast.Expr e) {
        List<Ast.Expr> c = new ArrayList<>();
        if (e instanceof Ast.Binary) {
            c.add(((Ast.Binary) e).left);
            c.add(((Ast.Binary) e).right);
        } else if (e instanceof Ast.Unary) {
            c.add(((Ast.Unary) e).operand);
        } else if (e instanceof Ast.Call) {
            c.addAll(((Ast.Call) e).args);
        } else if (e instanceof Ast.Transpose) {
            c.add(((Ast.Transpose) e).operand);
        }
        return c;
    }

    /** Edits of one node: {id, feedback, replacement source}. */
    private static List<String[]> edits(Ast.Expr e, List<VarSpec> vars) {
        List<String[]> out = new ArrayList<>();
        if (e instanceof Ast.Transpose) {
            out.add(new String[] {"missing-transpose", "A transpose is missing: check which side each factor "
                    + "multiplies from and compare the shapes.", Printer.source(((Ast.Transpose) e).operand)});
        }
        if (e instanceof Ast.Name && isMatrix(((Ast.Name) e).name, vars)) {
            out.add(new String[] {"extra-transpose", "One factor is transposed that should not be: compare the shapes.",
                    ((Ast.Name) e).name + ".T"});
        }
        if (e instanceof Ast.Binary) {
            Ast.Binary b = (Ast.Binary) e;
            String l = Printer.source(b.left);
            String r = Printer.source(b.right);
            switch (b.op) {
                case "@":
                    out.add(new String[] {"swapped-product", "The factors of a matrix product are in the wrong order.",
                            "(" + r + ") @ (" + l + ")"});
                    out.add(new String[] {"elementwise-vs-matrix", "This should be a matrix product (@), not an "
                            + "elementwise one (*).", "(" + l + ") * (" + r + ")"});
                    break;
                case "*":
                    out.add(new String[] {"elementwise-vs-matrix", "This should be an elementwise product (*), not a "
                            + "matrix product (@).", "(" + l + ") @ (" + r + ")"});
                    out.add(new String[] {"missing-chain-factor", "A factor of the chain rule is missing: "
                            + "differentiate the inner function too.", l});
                    out.add(new String[] {"missing-chain-factor", "A factor of the chain rule is missing: "
                            + "differentiate the inner function too.", r});
                    break;
                case "-":
                    out.add(new String[] {"sign-error", "A sign is wrong: check the subtraction.", "(" + l + ") + (" + r + ")"});
                    out.add(new String[] {"sign-error", "A difference is the wrong way round: " + r + " − " + l
                            + " instead of " + l + " − " + r + ".", "(" + r + ") - (" + l + ")"});
                    break;
                case "+":
                    out.add(new String[] {"sign-error", "A sign is wrong: check the addition.", "(" + l + ") - (" + r + ")"});
                    break;
                default:
                    break;
            }
        }
        if (e instanceof Ast.Call && ((Ast.Call) e).function.equals("softmax") && !((Ast.Call) e).args.isEmpty()) {
            Ast.Call c = (Ast.Call) e;
            String x = Printer.source(c.args.get(0));
            boolean rows = c.keywords.isEmpty();
            out.add(new String[] {"wrong-softmax-axis", "The softmax is taken along the wrong axis: it must normalise "
                    + (rows ? "each row (axis=-1)" : "along the axis the problem says") + ".",
                    "softmax(" + x + ", axis=" + (rows ? "0" : "-1") + ")"});
        }
        return out;
    }

    private static boolean isMatrix(String name, List<VarSpec> vars) {
        for (VarSpec v : vars) {
            if (v.name.equals(name)) {
                return v.kind.equals("matrix");
            }
        }
        return false;
    }

    private static Ast.Expr reparse(String src) {
        try {
            return Parser.parseExpression(src);
        } catch (LangException e) {
            return null;
        }
    }
}
