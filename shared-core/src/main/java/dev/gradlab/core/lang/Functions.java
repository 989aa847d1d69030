package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in functions a program may call: name, how many arguments, and the graph they build. */
final class Functions {
    /** Builds the node for a call from its evaluated arguments. */
    interface Builder {
        Node apply(Node[] args);
    }

    static final class Builtin {
        final int arity;
        final Builder builder;

        Builtin(int arity, Builder builder) {
            this.arity = arity;
            this.builder = builder;
        }
    }

    private static final Map<String, Builtin> TABLE = new LinkedHashMap<>();

    static {
        for (String unary : new String[] {"exp", "log", "sqrt", "abs", "sign", "sin", "cos", "tan", "tanh", "sech",
            "sigmoid", "relu", "softplus", "sum", "mean", "max", "min", "norm", "softmax", "log_softmax", "diag",
            "inv", "det", "pinv", "eigvalsh", "svdvals"}) {
            TABLE.put(unary, new Builtin(1, a -> Node.apply(Ops.get(unary), a)));
        }
        TABLE.put("trace", new Builtin(1, a -> F.trace(a[0])));
        TABLE.put("cond", new Builtin(1, a -> F.cond(a[0])));
        TABLE.put("solve", new Builtin(2, a -> F.solve(a[0], a[1])));
        TABLE.put("outer", new Builtin(2, a -> F.outer(a[0], a[1])));
        TABLE.put("cross_entropy", new Builtin(2, a -> F.crossEntropy(a[0], a[1])));
    }

    private Functions() {
    }

    /** The number of arguments {@code name} takes, or -1 when there is no such function. */
    static int arity(String name) {
        Builtin b = TABLE.get(name);
        return b == null ? -1 : b.arity;
    }

    static Node apply(String name, Node[] args) {
        return TABLE.get(name).builder.apply(args);
    }

    static List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(TABLE.keySet()));
    }
}
