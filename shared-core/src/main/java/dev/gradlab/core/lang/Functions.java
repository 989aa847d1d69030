package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.Op;
import dev.gradlab.core.autodiff.Ops;

import java.util.ArrayList;
import java.util.List;

/** The built-in functions a program may call, each mapped to its op and arity. */
final class Functions {
    private static final String[] NAMES = {
        "exp", "log", "sqrt", "abs", "sign", "sin", "cos", "tan", "tanh", "sech", "sigmoid", "relu", "softplus",
        "sum", "mean", "max", "min", "norm", "softmax", "log_softmax", "diag",
    };

    private Functions() {
    }

    /** The number of arguments {@code name} takes, or -1 when there is no such function. */
    static int arity(String name) {
        for (String n : NAMES) {
            if (n.equals(name)) {
                return 1;
            }
        }
        return -1;
    }

    static Op op(String name) {
        return Ops.get(name);
    }

    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String n : NAMES) {
            out.add(n);
        }
        return out;
    }
}
