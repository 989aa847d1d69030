package dev.gradlab.core.exercise;

import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {{name}}} substitution of parameter values into every text of an exercise:
 * numbers print without a needless decimal point, vectors and matrices as list literals, and
 * {@code {{name|latex}}} prints a vector or matrix as a LaTeX {@code pmatrix}.
 */
final class Template {
    private Template() {
    }

    /** A copy of the front-matter tree with every string substituted. */
    static Object apply(Object tree, Map<String, Object> params, String where) {
        if (tree instanceof String) {
            return substitute((String) tree, params, where);
        }
        if (tree instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) tree) {
                out.add(apply(o, params, where));
            }
            return out;
        }
        if (tree instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
                out.put(String.valueOf(e.getKey()), apply(e.getValue(), params, where));
            }
            return out;
        }
        return tree;
    }

    static String substitute(String text, Map<String, Object> params, String where) {
        if (text.indexOf("{{") < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (true) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                return sb.append(text.substring(i)).toString();
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                throw new ExerciseException(where + ": '{{' without a closing '}}'");
            }
            sb.append(text, i, open);
            String inner = text.substring(open + 2, close).trim();
            boolean latex = inner.endsWith("|latex");
            String name = latex ? inner.substring(0, inner.length() - 6).trim() : inner;
            if (!params.containsKey(name)) {
                throw new ExerciseException(where + ": {{" + inner + "}} names no parameter"
                        + (params.isEmpty() ? " (the exercise has no params)" : "; the params are " + params.keySet()));
            }
            Object v = params.get(name);
            sb.append(v instanceof Tensor ? (latex ? latex((Tensor) v) : format((Tensor) v)) : String.valueOf(v));
            i = close + 2;
        }
    }

    /** A list literal such as {@code [[1, 2], [3, 4]]}, or the number itself. */
    static String format(Tensor t) {
        if (t.rank() == 0) {
            return Num.format(t.item(), 15);
        }
        StringBuilder sb = new StringBuilder();
        formatInto(sb, t.toArray(), t.shape(), 0, 0);
        return sb.toString();
    }

    static String format(String listLiteral) {
        return listLiteral;
    }

    private static int formatInto(StringBuilder sb, double[] data, int[] shape, int axis, int offset) {
        sb.append('[');
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        for (int i = 0; i < shape[axis]; i++) {
            sb.append(i > 0 ? ", " : "");
            if (axis == shape.length - 1) {
                sb.append(Num.format(data[offset + i], 15));
            } else {
                formatInto(sb, data, shape, axis + 1, offset + i * stride);
            }
        }
        sb.append(']');
        return offset;
    }

    private static String latex(Tensor t) {
        if (t.rank() == 0) {
            return Num.format(t.item(), 15);
        }
        int rows = t.rank() == 1 ? t.dim(0) : t.dim(0);
        int cols = t.rank() == 1 ? 1 : t.dim(1);
        StringBuilder sb = new StringBuilder("\\begin{pmatrix}");
        for (int r = 0; r < rows; r++) {
            sb.append(r > 0 ? " \\\\ " : " ");
            for (int c = 0; c < cols; c++) {
                sb.append(c > 0 ? " & " : "").append(Num.format(t.get(r * cols + c), 15));
            }
        }
        return sb.append(" \\end{pmatrix}").toString();
    }
}
