package dev.gradlab.core.exercise;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.tensor.Tensor;

/** Values of the interpreter's variables as tensors, numbers and words. */
final class Outputs {
    private Outputs() {
    }

    /** The tensor of an array or number value, or null for anything else (a string, a function). */
    static Tensor tensor(Object v) {
        if (v instanceof Node) {
            return ((Node) v).value();
        }
        if (v instanceof Tensor) {
            return (Tensor) v;
        }
        if (v instanceof Boolean) {
            return Tensor.scalar((Boolean) v ? 1 : 0);
        }
        if (v instanceof Number) {
            return Tensor.scalar(((Number) v).doubleValue());
        }
        return null;
    }

    static double number(Object v) {
        Tensor t = tensor(v);
        return t == null || t.size() != 1 ? Double.NaN : t.item();
    }
}
