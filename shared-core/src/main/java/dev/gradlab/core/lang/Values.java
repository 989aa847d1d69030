package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.List;

/**
 * The values of the language and how they read: numbers and arrays are {@link Node}s (so they can
 * be differentiated), then Boolean, String, null (None), {@link List} (lists and tuples),
 * {@link Range} and {@link Function}.
 */
final class Values {
    private Values() {
    }

    /** {@code range(start, stop, step)}, iterated lazily. */
    static final class Range {
        final long start;
        final long stop;
        final long step;

        Range(long start, long stop, long step) {
            this.start = start;
            this.stop = stop;
            this.step = step;
        }

        long length() {
            if (step > 0) {
                return Math.max(0, (stop - start + step - 1) / step);
            }
            return Math.max(0, (start - stop - step - 1) / -step);
        }
    }

    /** A function defined with {@code def}. */
    static final class Function {
        final Ast.Def def;

        Function(Ast.Def def) {
            this.def = def;
        }
    }

    /** The name of a value's type as a student would say it. */
    static String typeName(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Node) {
            int[] s = ((Node) v).shape();
            return s.length == 0 ? "number" : s.length == 1 ? "vector of length " + s[0]
                    : s.length == 2 ? s[0] + "×" + s[1] + " matrix" : "array of shape " + Shape.str(s);
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof List) {
            return "list";
        }
        if (v instanceof Range) {
            return "range";
        }
        if (v instanceof Function) {
            return "function";
        }
        return v.getClass().getSimpleName();
    }

    /** Python's truth value; an array of more than one element has none. */
    static boolean truthy(Object v, Ast.Expr at) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof Node) {
            Tensor t = ((Node) v).value();
            if (t.size() != 1) {
                throw new LangException("type", "the truth value of an array with " + t.size()
                        + " elements is ambiguous", at.line, at.column, "compare a single entry, or use all(…) or any(…)");
            }
            return t.item() != 0;
        }
        if (v instanceof String) {
            return !((String) v).isEmpty();
        }
        if (v instanceof List) {
            return !((List<?>) v).isEmpty();
        }
        if (v instanceof Range) {
            return ((Range) v).length() > 0;
        }
        return true;
    }

    /** How print shows a value. */
    static String str(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        }
        if (v instanceof Node) {
            return Num.format(((Node) v).value(), 10);
        }
        if (v instanceof String) {
            return (String) v;
        }
        if (v instanceof List) {
            StringBuilder sb = new StringBuilder("[");
            List<?> l = (List<?>) v;
            for (int i = 0; i < l.size(); i++) {
                Object e = l.get(i);
                sb.append(i == 0 ? "" : ", ").append(e instanceof String ? "'" + e + "'" : str(e));
            }
            return sb.append(']').toString();
        }
        if (v instanceof Range) {
            Range r = (Range) v;
            return "range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")";
        }
        if (v instanceof Function) {
            return "<function " + ((Function) v).def.name + ">";
        }
        return String.valueOf(v);
    }
}
