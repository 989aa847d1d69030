package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.LinearOps;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Op;
import dev.gradlab.core.autodiff.Ops;
import dev.gradlab.core.autodiff.ShapeOps;
import dev.gradlab.core.tensor.Index;
import dev.gradlab.core.tensor.Kernels;
import dev.gradlab.core.tensor.MathException;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates expressions for an {@link Interpreter}. Recursion depth is bounded by the parser's tree height. */
final class Evaluator {
    private final Interpreter in;

    Evaluator(Interpreter in) {
        this.in = in;
    }

    Object eval(Ast.Expr e) {
        in.tick(e.line, e.column);
        if (e instanceof Ast.Num) {
            return Node.constant(Tensor.scalar(((Ast.Num) e).value));
        }
        if (e instanceof Ast.Name) {
            return name((Ast.Name) e);
        }
        if (e instanceof Ast.Binary) {
            return binary((Ast.Binary) e);
        }
        if (e instanceof Ast.Call) {
            return call((Ast.Call) e);
        }
        if (e instanceof Ast.Unary) {
            Ast.Unary u = (Ast.Unary) e;
            Object v = eval(u.operand);
            Node x = toNode(v, u.operand);
            return u.op.equals("-") ? apply(Ops.NEG, e, x) : x;
        }
        if (e instanceof Ast.Const) {
            return ((Ast.Const) e).value;
        }
        if (e instanceof Ast.Str) {
            return ((Ast.Str) e).value;
        }
        if (e instanceof Ast.Transpose) {
            return apply(ShapeOps.TRANSPOSE, e, toNode(eval(((Ast.Transpose) e).operand), e));
        }
        if (e instanceof Ast.Index) {
            return subscript((Ast.Index) e);
        }
        if (e instanceof Ast.ListLit) {
            return list((Ast.ListLit) e);
        }
        if (e instanceof Ast.Compare) {
            return compare((Ast.Compare) e);
        }
        if (e instanceof Ast.Logic) {
            return logic((Ast.Logic) e);
        }
        if (e instanceof Ast.Attr) {
            return Attributes.of(this, in, (Ast.Attr) e);
        }
        throw new LangException("syntax", "a slice a:b only makes sense inside [ ]", e.line, e.column, null);
    }

    private Object name(Ast.Name n) {
        if (!in.isDefined(n.name)) {
            switch (n.name) {
                case "pi":
                    return F.scalar(Math.PI);
                case "inf":
                    return F.scalar(Double.POSITIVE_INFINITY);
                case "nan":
                    return F.scalar(Double.NaN);
                default:
                    break;
            }
        }
        return in.lookup(n.name, n.line, n.column);
    }

    /** A value as a number or array: booleans count 1/0, numeric lists become arrays. */
    Node toNode(Object v, Ast.Expr at) {
        if (v instanceof Node) {
            return (Node) v;
        }
        if (v instanceof Boolean) {
            return F.scalar((Boolean) v ? 1 : 0);
        }
        if (v instanceof List) {
            return stackList((List<?>) v, at);
        }
        if (v instanceof Values.Range) {
            return rangeVector((Values.Range) v, at);
        }
        throw new LangException("type", "expected a number or an array here, got " + Values.typeName(v),
                at.line, at.column, v instanceof String ? "remove the quotes to use a variable" : null);
    }

    /** A range as the vector of its numbers, as numpy's {@code np.array(range(…))}. */
    private Node rangeVector(Values.Range r, Ast.Expr at) {
        long n = r.length();
        in.reserve(n, at);
        double[] d = new double[(int) n];
        for (int i = 0; i < d.length; i++) {
            d[i] = r.start + i * r.step;
        }
        return in.keep(Node.constant(Tensor.vector(d)), at);
    }

    private Node stackList(List<?> items, Ast.Expr at) {
        if (items.isEmpty()) {
            return Node.constant(Tensor.zeros(new int[] {0}));
        }
        Node[] nodes = new Node[items.size()];
        boolean constant = true;
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = toNode(items.get(i), at);
            constant &= !nodes[i].requiresGrad();
        }
        Node stacked = apply(ShapeOps.STACK, at, nodes);
        return constant ? Node.constant(stacked.value()) : stacked;
    }

    /** Applies an op, turning shape and domain errors into positioned language errors. */
    Node apply(Op op, Ast.Expr at, Node... args) {
        try {
            return in.keep(Node.apply(op, args), at);
        } catch (ShapeException ex) {
            throw new LangException("shape", ex.getMessage(), at.line, at.column, Hints.shape(op, args));
        } catch (MathException ex) {
            throw new LangException("value", ex.getMessage(), at.line, at.column, null);
        }
    }

    private Object binary(Ast.Binary b) {
        Object l = eval(b.left);
        Object r = eval(b.right);
        if (b.op.equals("+") && l instanceof String && r instanceof String) {
            return l + (String) r;
        }
        if (b.op.equals("+") && l instanceof List && r instanceof List && !numeric(l) && !numeric(r)) {
            List<Object> out = new ArrayList<>((List<?>) l);
            out.addAll((List<?>) r);
            return out;
        }
        Node x = toNode(l, b.left);
        Node y = toNode(r, b.right);
        if (b.op.equals("@")) {
            int[] sa = x.shape();
            int[] sb = y.shape();
            if (sa.length == 2 && sb.length == 2) {
                in.reserve((long) sa[0] * sb[1], b);
            }
        } else if (x.value().size() > 1 || y.value().size() > 1) {
            try {
                in.reserve(Shape.size(Shape.broadcast(x.shape(), y.shape())), b);
            } catch (ShapeException ex) {
                throw new LangException("shape", ex.getMessage(), b.line, b.column, Hints.shape(Ops.ADD, new Node[] {x, y}));
            }
        }
        switch (b.op) {
            case "+":
                return apply(Ops.ADD, b, x, y);
            case "-":
                return apply(Ops.SUB, b, x, y);
            case "*":
                return apply(Ops.MUL, b, x, y);
            case "/":
                return apply(Ops.DIV, b, x, y);
            case "**":
                return apply(Ops.POW, b, x, y);
            case "@":
                return apply(LinearOps.MATMUL, b, x, y);
            case "%":
                return constant(b, x, y, (p, q) -> p - q * Math.floor(p / q));
            case "//":
                return constant(b, x, y, (p, q) -> Math.floor(p / q));
            default:
                throw new LangException("syntax", "unknown operator " + b.op, b.line, b.column, null);
        }
    }

    private static boolean numeric(Object v) {
        if (!(v instanceof List)) {
            return v instanceof Node;
        }
        List<?> l = (List<?>) v;
        for (Object o : l) {
            if (!numeric(o)) {
                return false;
            }
        }
        return !l.isEmpty();
    }

    /** An elementwise operation without a gradient (floor division, modulo, comparisons). */
    private Node constant(Ast.Expr at, Node x, Node y, java.util.function.DoubleBinaryOperator f) {
        try {
            Node n = Node.constant(Kernels.zip(x.value(), y.value(), f));
            return in.keep(n, at);
        } catch (ShapeException ex) {
            throw new LangException("shape", ex.getMessage(), at.line, at.column, null);
        }
    }

    private Object compare(Ast.Compare c) {
        Object left = eval(c.operands.get(0));
        Object result = Boolean.TRUE;
        for (int i = 0; i < c.ops.size(); i++) {
            Object right = eval(c.operands.get(i + 1));
            Object r = compareOne(c.ops.get(i), left, right, c);
            if (r instanceof Boolean && !(Boolean) r) {
                return Boolean.FALSE;
            }
            result = r;
            left = right;
        }
        return result;
    }

    private Object compareOne(String op, Object l, Object r, Ast.Expr at) {
        boolean numbers = (l instanceof Node || l instanceof Boolean) && (r instanceof Node || r instanceof Boolean);
        if (!numbers) {
            if (op.equals("==") || op.equals("!=")) {
                boolean eq = l == null ? r == null : l.equals(r);
                return op.equals("==") == eq;
            }
            throw new LangException("type", "cannot compare " + Values.typeName(l) + " with " + Values.typeName(r),
                    at.line, at.column, null);
        }
        Node x = toNode(l, at);
        Node y = toNode(r, at);
        Node out = constant(at, x, y, (p, q) -> test(op, p, q) ? 1 : 0);
        return out.value().isScalar() ? Boolean.valueOf(out.value().item() != 0) : out;
    }

    private static boolean test(String op, double p, double q) {
        switch (op) {
            case "==":
                return p == q;
            case "!=":
                return p != q;
            case "<":
                return p < q;
            case "<=":
                return p <= q;
            case ">":
                return p > q;
            default:
                return p >= q;
        }
    }

    private Object logic(Ast.Logic l) {
        Object left = eval(l.left);
        switch (l.op) {
            case "not":
                return !Values.truthy(left, l.left);
            case "and":
                return Values.truthy(left, l.left) ? eval(l.right) : left;
            default:
                return Values.truthy(left, l.left) ? left : eval(l.right);
        }
    }

    private Object call(Ast.Call c) {
        Object[] args = new Object[c.args.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = eval(c.args.get(i));
        }
        Map<String, Object> kw = new LinkedHashMap<>();
        for (int i = 0; i < c.keywords.size(); i++) {
            kw.put(c.keywords.get(i), eval(c.keywordValues.get(i)));
        }
        if (in.isDefined(c.function)) {
            Object f = in.lookup(c.function, c.line, c.column);
            if (f instanceof Values.Function) {
                return in.invoke((Values.Function) f, args, kw, c);
            }
            if (Builtins.get(c.function) == null) {
                throw new LangException("type", c.function + " is a " + Values.typeName(f) + ", not a function",
                        c.line, c.column, "write " + c.function + "*(…) to multiply");
            }
        }
        Builtins.Builtin b = Builtins.get(c.function);
        if (b == null) {
            throw new LangException("name", "unknown function '" + c.function + "'", c.line, c.column,
                    "the functions are " + String.join(", ", Builtins.names()));
        }
        if (args.length < b.min || args.length > b.max) {
            throw new LangException("type", c.function + "() takes " + (b.min == b.max ? b.min + "" : b.min + " to " + b.max)
                    + " argument" + (b.max == 1 ? "" : "s") + " but got " + args.length, c.line, c.column, "use " + b.usage);
        }
        for (String k : kw.keySet()) {
            if (!b.keywords.contains(k)) {
                throw new LangException("type", c.function + "() has no keyword argument " + k, c.line, c.column,
                        "use " + b.usage);
            }
        }
        try {
            Object out = b.impl.apply(new Args(c.function, args, kw, c, in));
            return out instanceof Node ? in.keep((Node) out, c) : out;
        } catch (ShapeException ex) {
            throw new LangException("shape", ex.getMessage(), c.line, c.column, null);
        } catch (MathException ex) {
            throw new LangException("value", ex.getMessage(), c.line, c.column, null);
        }
    }

    private Object subscript(Ast.Index ix) {
        Object target = eval(ix.target);
        if ((target instanceof List || target instanceof String) && ix.items.size() == 1
                && !(ix.items.get(0) instanceof Ast.Slice)) {
            int n = target instanceof List ? ((List<?>) target).size() : ((String) target).length();
            int i = wholeNumber(ix.items.get(0));
            int j = i < 0 ? i + n : i;
            if (j < 0 || j >= n) {
                throw new LangException("value", "index " + i + " is out of range for a " + Values.typeName(target)
                        + " of length " + n, ix.line, ix.column, null);
            }
            return target instanceof List ? ((List<?>) target).get(j) : String.valueOf(((String) target).charAt(j));
        }
        return apply(ShapeOps.getitem(index(ix.items)), ix, toNode(target, ix.target));
    }

    /** The index described by subscript items. */
    Index index(List<Ast.Expr> items) {
        List<Index.Item> out = new ArrayList<>();
        for (Ast.Expr item : items) {
            if (item instanceof Ast.Slice) {
                Ast.Slice sl = (Ast.Slice) item;
                if (sl.step != null && wholeNumber(sl.step) == 0) {
                    throw new LangException("value", "slice step cannot be zero", sl.step.line, sl.step.column, null);
                }
                out.add(Index.Item.slice(optionalInt(sl.start), optionalInt(sl.stop), optionalInt(sl.step)));
            } else {
                out.add(Index.Item.at(wholeNumber(item)));
            }
        }
        return new Index(out);
    }

    private Integer optionalInt(Ast.Expr e) {
        return e == null ? null : wholeNumber(e);
    }

    private int wholeNumber(Ast.Expr e) {
        Object v = eval(e);
        Tensor t = v instanceof Node ? ((Node) v).value() : null;
        double d = t != null && t.size() == 1 ? t.item() : Double.NaN;
        if (v instanceof Boolean) {
            return (Boolean) v ? 1 : 0;
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new LangException("type", "an index must be a whole number, got " + Values.typeName(v), e.line,
                    e.column, "write for example x[0] for the first entry or x[1:3] for a slice");
        }
        return (int) d;
    }

    private Object list(Ast.ListLit l) {
        List<Object> items = new ArrayList<>();
        for (Ast.Expr item : l.items) {
            items.add(eval(item));
        }
        return numeric(items) && !Attributes.raggedArrays(items, l) ? stackList(items, l) : items;
    }

    /** The items a for loop or an unpacking goes through. */
    List<Object> iterate(Object v, Ast.Expr at) {
        if (v instanceof List) {
            return new ArrayList<>((List<?>) v);
        }
        if (v instanceof Values.Range) {
            Values.Range r = (Values.Range) v;
            in.reserve(r.length(), at);
            List<Object> out = new ArrayList<>();
            for (long k = 0; k < r.length(); k++) {
                out.add(F.scalar(r.start + k * r.step));
            }
            return out;
        }
        if (v instanceof Node && ((Node) v).shape().length > 0) {
            Node n = (Node) v;
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n.shape()[0]; i++) {
                out.add(apply(ShapeOps.getitem(Index.of(Index.Item.at(i))), at, n));
            }
            return out;
        }
        if (v instanceof String) {
            List<Object> out = new ArrayList<>();
            for (char ch : ((String) v).toCharArray()) {
                out.add(String.valueOf(ch));
            }
            return out;
        }
        throw new LangException("type", "cannot loop over a " + Values.typeName(v), at.line, at.column, null);
    }
}
