package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.LinearOps;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Op;
import dev.gradlab.core.autodiff.Ops;
import dev.gradlab.core.autodiff.ShapeOps;
import dev.gradlab.core.tensor.Index;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.MathException;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Evaluates straight-line programs into a computation graph of {@link Node}s: every operation
 * becomes a node, inputs become input nodes on first use, literals become constants.
 */
final class GraphEvaluator {
    private final Map<String, Tensor> inputs;
    private final Map<String, Node> env = new LinkedHashMap<>();
    private final Map<String, Node> inputNodes = new LinkedHashMap<>();

    GraphEvaluator(Map<String, Tensor> inputs) {
        this.inputs = inputs;
    }

    /** Names assigned so far, in order. */
    Map<String, Node> variables() {
        return env;
    }

    void assign(String name, Node value) {
        value.labelIfUnnamed(name);
        env.put(name, value);
    }

    Node eval(Ast.Expr e) {
        if (e instanceof Ast.Num) {
            return Node.constant(Tensor.scalar(((Ast.Num) e).value));
        }
        if (e instanceof Ast.Name) {
            return lookup((Ast.Name) e);
        }
        if (e instanceof Ast.Unary) {
            Ast.Unary u = (Ast.Unary) e;
            Node x = eval(u.operand);
            return u.op.equals("-") ? apply(Ops.NEG, e, x) : x;
        }
        if (e instanceof Ast.Binary) {
            return binary((Ast.Binary) e);
        }
        if (e instanceof Ast.Call) {
            return call((Ast.Call) e);
        }
        if (e instanceof Ast.Transpose) {
            return apply(ShapeOps.TRANSPOSE, e, eval(((Ast.Transpose) e).operand));
        }
        if (e instanceof Ast.Index) {
            return index((Ast.Index) e);
        }
        if (e instanceof Ast.ListLit) {
            return list((Ast.ListLit) e);
        }
        if (e instanceof Ast.Slice) {
            throw new LangException("type", "a slice a:b only makes sense inside [ ]", e.line, e.column, null);
        }
        if (e instanceof Ast.Str) {
            throw new LangException("type", "a string cannot be part of a computation", e.line, e.column,
                    "remove the quotes to use a variable");
        }
        throw new LangException("type", "this expression cannot be evaluated here", e.line, e.column, null);
    }

    private Node lookup(Ast.Name n) {
        Node v = env.get(n.name);
        if (v != null) {
            return v;
        }
        Node in = inputNodes.get(n.name);
        if (in != null) {
            return in;
        }
        Tensor t = inputs.get(n.name);
        if (t != null) {
            Node node = Node.input(n.name, t);
            inputNodes.put(n.name, node);
            return node;
        }
        if (n.name.equals("pi")) {
            return Node.constant(Tensor.scalar(Math.PI));
        }
        TreeSet<String> known = new TreeSet<>(env.keySet());
        known.addAll(inputs.keySet());
        String hint = Functions.arity(n.name) >= 0 ? n.name + " is a function: call it as " + n.name + "(…)"
                : known.isEmpty() ? "no variables are defined" : "the variables are " + String.join(", ", known);
        throw new LangException("name", "unknown name '" + n.name + "'", n.line, n.column, hint);
    }

    private Node binary(Ast.Binary b) {
        Node l = eval(b.left);
        Node r = eval(b.right);
        switch (b.op) {
            case "+":
                return apply(Ops.ADD, b, l, r);
            case "-":
                return apply(Ops.SUB, b, l, r);
            case "*":
                return apply(Ops.MUL, b, l, r);
            case "/":
                return apply(Ops.DIV, b, l, r);
            case "**":
                return apply(Ops.POW, b, l, r);
            case "@":
                return apply(LinearOps.MATMUL, b, l, r);
            default:
                throw LangException.syntax("unknown operator " + b.op, b.line, b.column, null);
        }
    }

    private Node call(Ast.Call c) {
        int arity = Functions.arity(c.function);
        if (arity < 0) {
            if (env.containsKey(c.function) || inputs.containsKey(c.function)) {
                throw new LangException("type", c.function + " is a variable, not a function", c.line, c.column,
                        "write " + c.function + "*(…) to multiply");
            }
            throw new LangException("name", "unknown function '" + c.function + "'", c.line, c.column,
                    "the functions are " + String.join(", ", Functions.names()));
        }
        if (c.args.size() != arity) {
            throw new LangException("type", c.function + "() takes " + arity + " argument" + (arity == 1 ? "" : "s")
                    + " but got " + c.args.size(), c.line, c.column, null);
        }
        Node[] args = new Node[c.args.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = eval(c.args.get(i));
        }
        try {
            return Functions.apply(c.function, args);
        } catch (ShapeException ex) {
            throw new LangException("shape", ex.getMessage(), c.line, c.column, null);
        } catch (MathException ex) {
            throw new LangException("value", ex.getMessage(), c.line, c.column, null);
        }
    }

    private Node index(Ast.Index ix) {
        Node target = eval(ix.target);
        List<Index.Item> items = new ArrayList<>();
        for (Ast.Expr item : ix.items) {
            if (item instanceof Ast.Slice) {
                Ast.Slice sl = (Ast.Slice) item;
                items.add(Index.Item.slice(optionalInt(sl.start), optionalInt(sl.stop), optionalInt(sl.step)));
            } else {
                items.add(Index.Item.at(wholeNumber(item)));
            }
        }
        return apply(ShapeOps.getitem(new Index(items)), ix, target);
    }

    private Integer optionalInt(Ast.Expr e) {
        return e == null ? null : wholeNumber(e);
    }

    private int wholeNumber(Ast.Expr e) {
        Node i = eval(e);
        double v = i.value().size() == 1 ? i.value().item() : Double.NaN;
        if (i.requiresGrad() || v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new LangException("type", "an index must be a whole number", e.line, e.column,
                    "write for example x[0] for the first entry or x[1:3] for a slice");
        }
        return (int) v;
    }

    private Node list(Ast.ListLit l) {
        List<Node> items = new ArrayList<>();
        boolean allConst = true;
        for (Ast.Expr item : l.items) {
            Node n = eval(item);
            items.add(n);
            allConst &= !n.requiresGrad();
        }
        if (items.isEmpty()) {
            return Node.constant(Tensor.zeros(new int[] {0}));
        }
        Node stacked = apply(ShapeOps.STACK, l, items.toArray(new Node[0]));
        return allConst ? Node.constant(stacked.value()) : stacked;
    }

    private Node apply(Op op, Ast.Expr at, Node... args) {
        try {
            return Node.apply(op, args);
        } catch (ShapeException ex) {
            throw new LangException("shape", ex.getMessage(), at.line, at.column, shapeHint(op, args));
        }
    }

    private static String shapeHint(Op op, Node[] args) {
        if (op == LinearOps.MATMUL && args.length == 2) {
            int[] a = args[0].shape();
            int[] b = args[1].shape();
            if (a.length == 2 && b.length == 2) {
                if (a[0] == b[0]) {
                    return "did you mean A.T @ B?";
                }
                if (a[1] == b[1]) {
                    return "did you mean A @ B.T?";
                }
            }
            if (a.length == 0 || b.length == 0) {
                return "use * to multiply by a scalar";
            }
        }
        if (op == ShapeOps.STACK) {
            return "every row of a matrix literal needs the same number of entries";
        }
        if (args.length == 2) {
            return "elementwise operations need equal shapes or sizes of 1 (numpy broadcasting); here "
                    + Shape.str(args[0].shape()) + " and " + Shape.str(args[1].shape());
        }
        return null;
    }
}
