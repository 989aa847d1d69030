package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Programs to traces: the entry point of the backprop stepper, in the browser and on the server. */
public final class Traces {
    private Traces() {
    }

    /**
     * Parses and evaluates {@code source} with the given inputs and differentiates its output.
     * The output is {@code outputName} when given, else the value of a final expression statement,
     * else the last assigned name; it must be a scalar.
     *
     * @throws LangException with code syntax, name, type or shape, and the culprit's position
     */
    public static Trace run(String source, Map<String, Tensor> inputs, String outputName) {
        List<Ast.Stmt> program = Parser.parseProgram(source);
        GraphEvaluator ev = new GraphEvaluator(inputs);
        Node last = null;
        Ast.Stmt lastStmt = null;
        for (Ast.Stmt s : program) {
            if (s instanceof Ast.Assign) {
                Ast.Assign a = (Ast.Assign) s;
                ev.assign(a.target(), ev.eval(a.value));
                last = ev.variables().get(a.target());
            } else {
                last = ev.eval(((Ast.ExprStmt) s).expr);
            }
            lastStmt = s;
        }
        Node out = last;
        int line = lastStmt.line;
        int column = lastStmt.column;
        String name = lastStmt instanceof Ast.Assign ? ((Ast.Assign) lastStmt).target() : "the last expression";
        if (outputName != null && !outputName.isEmpty()) {
            out = ev.variables().get(outputName);
            name = outputName;
            if (out == null) {
                throw new LangException("name", "the output '" + outputName + "' is never assigned", 1, 1,
                        ev.variables().isEmpty() ? null : "assigned names: " + String.join(", ", ev.variables().keySet()));
            }
        }
        if (out.value().size() != 1) {
            throw new LangException("shape", "the output " + name + " has shape " + Shape.str(out.shape())
                    + " but must be a scalar", line, column, "reduce it, for example with sum(…)");
        }
        return Trace.of(out);
    }

    /**
     * The variables a program reads before assigning them, in order of first use: the inputs a
     * student has to give values for.
     *
     * @throws LangException on a syntax error
     */
    public static List<String> freeNames(String source) {
        Set<String> assigned = new LinkedHashSet<>();
        Set<String> free = new LinkedHashSet<>();
        for (Ast.Stmt s : Parser.parseProgram(source)) {
            Ast.Expr e = s instanceof Ast.Assign ? ((Ast.Assign) s).value : ((Ast.ExprStmt) s).expr;
            collect(e, assigned, free);
            if (s instanceof Ast.Assign) {
                assigned.add(((Ast.Assign) s).target());
            }
        }
        return new ArrayList<>(free);
    }

    private static void collect(Ast.Expr root, Set<String> assigned, Set<String> free) {
        List<Ast.Expr> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Ast.Expr e = stack.remove(stack.size() - 1);
            if (e instanceof Ast.Name) {
                String n = ((Ast.Name) e).name;
                if (!assigned.contains(n) && !n.equals("pi")) {
                    free.add(n);
                }
            } else if (e instanceof Ast.Unary) {
                stack.add(((Ast.Unary) e).operand);
            } else if (e instanceof Ast.Binary) {
                stack.add(((Ast.Binary) e).right);
                stack.add(((Ast.Binary) e).left);
            } else if (e instanceof Ast.Call) {
                List<Ast.Expr> args = ((Ast.Call) e).args;
                for (int i = args.size() - 1; i >= 0; i--) {
                    stack.add(args.get(i));
                }
            } else if (e instanceof Ast.Transpose) {
                stack.add(((Ast.Transpose) e).operand);
            } else if (e instanceof Ast.Index) {
                List<Ast.Expr> items = ((Ast.Index) e).items;
                for (int i = items.size() - 1; i >= 0; i--) {
                    stack.add(items.get(i));
                }
                stack.add(((Ast.Index) e).target);
            } else if (e instanceof Ast.Slice) {
                Ast.Slice sl = (Ast.Slice) e;
                for (Ast.Expr part : new Ast.Expr[] {sl.step, sl.stop, sl.start}) {
                    if (part != null) {
                        stack.add(part);
                    }
                }
            } else if (e instanceof Ast.ListLit) {
                List<Ast.Expr> items = ((Ast.ListLit) e).items;
                for (int i = items.size() - 1; i >= 0; i--) {
                    stack.add(items.get(i));
                }
            }
        }
    }
}
