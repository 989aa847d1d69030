package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.LinearOps;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Op;
import dev.gradlab.core.autodiff.ShapeOps;
import dev.gradlab.core.tensor.Shape;

/** Short suggestions for shape errors, the kind of slip students make. */
final class Hints {
    private Hints() {
    }

    static String shape(Op op, Node[] args) {
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
                if (a[0] == b[1]) {
                    return "did you mean B @ A?";
                }
            }
            if (a.length == 0 || b.length == 0) {
                return "use * to multiply by a scalar";
            }
            return "the last size of the left operand must equal the first (or second-to-last) size of the right one";
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
