package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.tensor.Tensor;

import java.util.List;
import java.util.Map;

/** The evaluated arguments of one builtin call, with conversions that fail with positioned errors. */
final class Args {
    final String function;
    final Object[] positional;
    final Map<String, Object> keywords;
    final Ast.Call at;
    final Interpreter in;

    Args(String function, Object[] positional, Map<String, Object> keywords, Ast.Call at, Interpreter in) {
        this.function = function;
        this.positional = positional;
        this.keywords = keywords;
        this.at = at;
        this.in = in;
    }

    int count() {
        return positional.length;
    }

    Object get(int i) {
        return positional[i];
    }

    /** Argument i as a number or array. */
    Node node(int i) {
        return in.toNode(positional[i], at.args.size() > i ? at.args.get(i) : at);
    }

    /** Argument i as a whole number. */
    int integer(int i) {
        return toInt(positional[i], "argument " + (i + 1));
    }

    boolean has(String keyword) {
        return keywords.containsKey(keyword);
    }

    /** An optional whole-number keyword such as {@code axis}; null when absent or None. */
    Integer keywordInt(String name) {
        Object v = keywords.get(name);
        return v == null ? null : toInt(v, name);
    }

    boolean keywordBool(String name, boolean dflt) {
        Object v = keywords.get(name);
        return v == null ? dflt : Values.truthy(v, at);
    }

    String keywordString(String name) {
        Object v = keywords.get(name);
        return v == null ? null : Values.str(v);
    }

    int toInt(Object v, String what) {
        if (v instanceof Boolean) {
            return (Boolean) v ? 1 : 0;
        }
        if (v instanceof Node) {
            Tensor t = ((Node) v).value();
            if (t.size() == 1 && t.item() == Math.rint(t.item()) && Math.abs(t.item()) <= Integer.MAX_VALUE) {
                return (int) t.item();
            }
        }
        throw error("type", what + " of " + function + "() must be a whole number, got " + Values.typeName(v));
    }

    /** A shape given as separate numbers {@code ones(2, 3)} or as one list/tuple {@code ones((2, 3))}. */
    int[] shape(int from) {
        Object first = positional.length > from ? positional[from] : null;
        if (positional.length == from + 1 && (first instanceof List || (first instanceof Node
                && ((Node) first).value().rank() == 1))) {
            List<?> l = first instanceof List ? (List<?>) first : null;
            int n = l != null ? l.size() : ((Node) first).value().size();
            int[] s = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = l != null ? toInt(l.get(i), "shape") : (int) ((Node) first).value().get(i);
            }
            return checkShape(s);
        }
        int[] s = new int[positional.length - from];
        for (int i = 0; i < s.length; i++) {
            s[i] = toInt(positional[from + i], "shape");
        }
        return checkShape(s);
    }

    private int[] checkShape(int[] s) {
        long total = 1;
        for (int d : s) {
            if (d < 0) {
                throw error("value", function + "(): negative size " + d);
            }
            total *= d;
            in.reserve(total, at);
        }
        return s;
    }

    LangException error(String code, String message) {
        return new LangException(code, message, at.line, at.column, null);
    }
}
