package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.tensor.Shape;

import java.util.ArrayList;
import java.util.List;

/** Attributes of values ({@code .shape}, {@code .size}, {@code np.pi}) and how list literals are kept. */
final class Attributes {
    private Attributes() {
    }

    /**
     * True for a list of computed arrays of different shapes, such as {@code [A, B]} passed to
     * concatenate: it stays a list. A ragged literal such as {@code [[1, 2], [3]]} still fails
     * when stacked, with the message that says why.
     */
    static boolean raggedArrays(List<Object> items, Ast.ListLit l) {
        int[] first = null;
        boolean ragged = false;
        for (int i = 0; i < items.size(); i++) {
            if (l.items.get(i) instanceof Ast.ListLit || !(items.get(i) instanceof Node)) {
                return false;
            }
            int[] s = ((Node) items.get(i)).shape();
            if (s.length == 0) {
                return false;
            }
            ragged |= first != null && !Shape.same(first, s);
            first = first == null ? s : first;
        }
        return ragged;
    }

    static Object of(Evaluator ev, Interpreter in, Ast.Attr a) {
        if (a.target instanceof Ast.Name && !in.isDefined(((Ast.Name) a.target).name)) {
            String module = ((Ast.Name) a.target).name;
            if (a.name.equals("pi")) {
                return F.scalar(Math.PI);
            }
            if (a.name.equals("e") && (module.equals("np") || module.equals("math"))) {
                return F.scalar(Math.E);
            }
        }
        Object v = ev.eval(a.target);
        if (v instanceof Node) {
            int[] s = ((Node) v).shape();
            switch (a.name) {
                case "shape":
                    List<Object> dims = new ArrayList<>();
                    for (int d : s) {
                        dims.add(F.scalar(d));
                    }
                    return dims;
                case "size":
                    return F.scalar(Shape.size(s));
                case "ndim":
                    return F.scalar(s.length);
                default:
                    break;
            }
        }
        throw new LangException("name", Values.typeName(v) + " has no attribute ." + a.name, a.line, a.column,
                "arrays have .T, .shape, .size and .ndim");
    }
}
