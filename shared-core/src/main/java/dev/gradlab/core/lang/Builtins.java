package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Ops;
import dev.gradlab.core.autodiff.ReduceOps;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The functions every program can call: name, arguments, keywords and what they do. */
final class Builtins {
    interface Impl {
        Object apply(Args a);
    }

    static final class Builtin {
        final int min;
        final int max;
        final List<String> keywords;
        final String usage;
        final Impl impl;

        Builtin(int min, int max, List<String> keywords, String usage, Impl impl) {
            this.min = min;
            this.max = max;
            this.keywords = keywords;
            this.usage = usage;
            this.impl = impl;
        }
    }

    private static final Map<String, Builtin> TABLE = new LinkedHashMap<>();

    private Builtins() {
    }

    private static void def(String name, int min, int max, String usage, Impl impl, String... keywords) {
        TABLE.put(name, new Builtin(min, max, Arrays.asList(keywords), usage, impl));
    }

    static {
        for (String f : new String[] {"exp", "log", "sqrt", "abs", "sign", "sin", "cos", "tan", "tanh", "sech",
            "sigmoid", "relu", "softplus", "norm", "diag", "inv", "det", "pinv", "eigvalsh", "svdvals"}) {
            def(f, 1, 1, f + "(x)", a -> Node.apply(Ops.get(f), a.node(0)));
        }
        def("sum", 1, 1, "sum(x, axis=None, keepdims=False)", a -> reduce(a, "sum"), "axis", "keepdims");
        def("mean", 1, 1, "mean(x, axis=None, keepdims=False)", a -> reduce(a, "mean"), "axis", "keepdims");
        def("max", 1, 2, "max(x, axis=None) or max(a, b)", a -> extreme(a, true), "axis", "keepdims");
        def("min", 1, 2, "min(x, axis=None) or min(a, b)", a -> extreme(a, false), "axis", "keepdims");
        def("softmax", 1, 1, "softmax(x, axis=-1)", a -> F.softmax(a.node(0), axis(a, -1)), "axis");
        def("log_softmax", 1, 1, "log_softmax(x, axis=-1)", a -> F.logSoftmax(a.node(0), axis(a, -1)), "axis");
        def("trace", 1, 1, "trace(A)", a -> F.trace(a.node(0)));
        def("cond", 1, 1, "cond(A)", a -> F.cond(a.node(0)));
        def("solve", 2, 2, "solve(A, b)", a -> F.solve(a.node(0), a.node(1)));
        def("outer", 2, 2, "outer(u, v)", a -> F.outer(a.node(0), a.node(1)));
        def("dot", 2, 2, "dot(a, b)", a -> F.matmul(a.node(0), a.node(1)));
        def("matmul", 2, 2, "matmul(a, b)", a -> F.matmul(a.node(0), a.node(1)));
        def("jmul", 2, 2, "jmul(a, b)", a -> juxtapose(a.node(0), a.node(1)));
        def("maximum", 2, 2, "maximum(a, b)", a -> pairwise(a.node(0), a.node(1), true));
        def("minimum", 2, 2, "minimum(a, b)", a -> pairwise(a.node(0), a.node(1), false));
        def("cross_entropy", 2, 2, "cross_entropy(logits, targets)", a -> F.crossEntropy(a.node(0), a.node(1)));
        def("transpose", 1, 1, "transpose(A)", a -> F.transpose(a.node(0)));
        def("reshape", 2, 99, "reshape(x, shape)", a -> F.reshape(a.node(0), a.shape(1)));
        def("eye", 1, 1, "eye(n)", a -> F.eye(a.shape(0)[0]));
        def("ones", 1, 9, "ones(shape)", a -> F.ones(a.shape(0)));
        def("zeros", 1, 9, "zeros(shape)", a -> F.zeros(a.shape(0)));
        def("ones_like", 1, 1, "ones_like(x)", a -> F.ones(a.node(0).shape()));
        def("zeros_like", 1, 1, "zeros_like(x)", a -> F.zeros(a.node(0).shape()));
        def("randn", 0, 9, "randn(shape)", a -> a.in.randn(a.shape(0)));
        def("concatenate", 1, 1, "concatenate([a, b], axis=0)", a -> F.concat(axis(a, 0), nodes(a, 0)), "axis");
        def("stack", 1, 1, "stack([a, b], axis=0)", a -> F.stack(axis(a, 0), nodes(a, 0)), "axis");
        def("range", 1, 3, "range(stop) or range(start, stop, step)", Builtins::range);
        def("len", 1, 1, "len(x)", Builtins::len);
        def("str", 1, 1, "str(x)", a -> Values.str(a.get(0)));
        def("float", 1, 1, "float(x)", a -> F.scalar(a.node(0).value().item()));
        def("int", 1, 1, "int(x)", a -> F.scalar((long) a.node(0).value().item()));
        def("print", 0, 99, "print(a, b, …)", a -> a.in.print(a), "sep");
        def("plot", 1, 2, "plot(y) or plot(x, y, title=…, label=…)", a -> a.in.plot(a, "line"), "title", "label");
        def("scatter", 2, 2, "scatter(x, y, title=…, label=…)", a -> a.in.plot(a, "scatter"), "title", "label");
        def("heatmap", 1, 1, "heatmap(M, title=…)", a -> a.in.plot(a, "heatmap"), "title", "label");
    }

    static Builtin get(String name) {
        return TABLE.get(name);
    }

    static List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(TABLE.keySet()));
    }

    private static int axis(Args a, int dflt) {
        Integer ax = a.keywordInt("axis");
        return ax == null ? dflt : ax;
    }

    private static Object reduce(Args a, String kind) {
        Node x = a.node(0);
        Integer ax = a.keywordInt("axis");
        boolean keep = a.keywordBool("keepdims", false);
        if (ax == null && !keep) {
            return kind.equals("sum") ? F.sum(x) : F.mean(x);
        }
        return Node.apply(kind.equals("sum") ? ReduceOps.sum(ax, keep) : ReduceOps.mean(ax, keep), x);
    }

    private static Object extreme(Args a, boolean max) {
        if (a.count() == 2) {
            return pairwise(a.node(0), a.node(1), max);
        }
        return max ? F.max(a.node(0), a.keywordInt("axis"), a.keywordBool("keepdims", false))
                : F.min(a.node(0), a.keywordInt("axis"), a.keywordBool("keepdims", false));
    }

    /**
     * The product that juxtaposition means in written math ({@code x^\top A x}): the matrix product
     * when both operands are vectors or matrices, else elementwise multiplication.
     */
    static Node juxtapose(Node a, Node b) {
        return a.shape().length >= 1 && b.shape().length >= 1 ? F.matmul(a, b) : F.mul(a, b);
    }

    /** Elementwise max or min as (a + b ± |a − b|) / 2, differentiable wherever a ≠ b. */
    private static Node pairwise(Node a, Node b, boolean max) {
        Node spread = Node.apply(Ops.ABS, F.sub(a, b));
        Node sum = F.add(a, b);
        return F.mul(F.scalar(0.5), max ? F.add(sum, spread) : F.sub(sum, spread));
    }

    private static Node[] nodes(Args a, int i) {
        Object v = a.get(i);
        if (v instanceof Node && ((Node) v).shape().length > 0) {
            Node n = (Node) v;
            Node[] rows = new Node[n.shape()[0]];
            for (int k = 0; k < rows.length; k++) {
                rows[k] = F.index(n, dev.gradlab.core.tensor.Index.of(dev.gradlab.core.tensor.Index.Item.at(k)));
            }
            return rows;
        }
        if (!(v instanceof List)) {
            throw a.error("type", a.function + "() takes a list of arrays, got " + Values.typeName(v));
        }
        List<?> l = (List<?>) v;
        Node[] out = new Node[l.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = a.in.toNode(l.get(k), a.at);
        }
        return out;
    }

    private static Object range(Args a) {
        long start = 0;
        long step = 1;
        long stop;
        if (a.count() == 1) {
            stop = a.integer(0);
        } else {
            start = a.integer(0);
            stop = a.integer(1);
            step = a.count() == 3 ? a.integer(2) : 1;
        }
        if (step == 0) {
            throw a.error("value", "range() step must not be zero");
        }
        return new Values.Range(start, stop, step);
    }

    private static Object len(Args a) {
        Object v = a.get(0);
        if (v instanceof List) {
            return F.scalar(((List<?>) v).size());
        }
        if (v instanceof String) {
            return F.scalar(((String) v).length());
        }
        if (v instanceof Values.Range) {
            return F.scalar(((Values.Range) v).length());
        }
        if (v instanceof Node && ((Node) v).shape().length > 0) {
            return F.scalar(((Node) v).shape()[0]);
        }
        throw a.error("type", "len() needs a list, a string or an array, got " + Values.typeName(v));
    }

    /** The data of a node for a plot, flattened. */
    static double[] data(Node n) {
        Tensor t = n.value();
        return t.toArray();
    }
}
