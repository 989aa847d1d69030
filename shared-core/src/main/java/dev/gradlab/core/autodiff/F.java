package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Index;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;

/**
 * The functional API over nodes, for Java code that builds graphs (layers, the interpreter,
 * exercises). Composite functions are written here from the primitives of the rule table, so
 * they need no derivative rules of their own.
 */
public final class F {
    private F() {
    }

    public static Node constant(Tensor t) {
        return Node.constant(t);
    }

    public static Node scalar(double v) {
        return Node.constant(Tensor.scalar(v));
    }

    public static Node eye(int n) {
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            d[i * n + i] = 1;
        }
        return Node.constant(Tensor.of(new int[] {n, n}, d));
    }

    public static Node ones(int... shape) {
        return Node.constant(Tensor.full(shape, 1));
    }

    public static Node zeros(int... shape) {
        return Node.constant(Tensor.zeros(shape));
    }

    public static Node add(Node a, Node b) {
        return Node.apply(Ops.ADD, a, b);
    }

    public static Node sub(Node a, Node b) {
        return Node.apply(Ops.SUB, a, b);
    }

    public static Node mul(Node a, Node b) {
        return Node.apply(Ops.MUL, a, b);
    }

    public static Node div(Node a, Node b) {
        return Node.apply(Ops.DIV, a, b);
    }

    public static Node pow(Node a, Node b) {
        return Node.apply(Ops.POW, a, b);
    }

    public static Node neg(Node a) {
        return Node.apply(Ops.NEG, a);
    }

    /** Applies the unparametrised op called {@code name} (exp, log, tanh, sum, norm, …). */
    public static Node call(String name, Node... args) {
        Op op = Ops.get(name);
        if (op == null) {
            throw new IllegalArgumentException("no op named " + name);
        }
        return Node.apply(op, args);
    }

    public static Node matmul(Node a, Node b) {
        return Node.apply(LinearOps.MATMUL, a, b);
    }

    /** numpy's {@code .T}: all axes reversed. */
    public static Node transpose(Node a) {
        return Node.apply(ShapeOps.TRANSPOSE, a);
    }

    /** Swaps the last two axes. */
    public static Node mT(Node a) {
        return Node.apply(ShapeOps.SWAP_LAST, a);
    }

    public static Node permute(Node a, int... perm) {
        return Node.apply(ShapeOps.permute(perm), a);
    }

    public static Node reshape(Node a, int... shape) {
        return Node.apply(ShapeOps.reshape(shape), a);
    }

    public static Node index(Node a, Index index) {
        return Node.apply(ShapeOps.getitem(index), a);
    }

    public static Node concat(int axis, Node... parts) {
        return Node.apply(ShapeOps.concat(axis), parts);
    }

    public static Node stack(int axis, Node... parts) {
        return Node.apply(ShapeOps.stack(axis), parts);
    }

    public static Node sum(Node a) {
        return Node.apply(ReduceOps.SUM, a);
    }

    public static Node sum(Node a, int axis, boolean keepdims) {
        return Node.apply(ReduceOps.sum(axis, keepdims), a);
    }

    public static Node mean(Node a) {
        return Node.apply(ReduceOps.MEAN, a);
    }

    public static Node mean(Node a, int axis, boolean keepdims) {
        return Node.apply(ReduceOps.mean(axis, keepdims), a);
    }

    public static Node max(Node a, Integer axis, boolean keepdims) {
        return Node.apply(ReduceOps.extreme(true, axis, keepdims), a);
    }

    public static Node min(Node a, Integer axis, boolean keepdims) {
        return Node.apply(ReduceOps.extreme(false, axis, keepdims), a);
    }

    public static Node softmax(Node a, int axis) {
        return Node.apply(ReduceOps.softmax(axis), a);
    }

    public static Node logSoftmax(Node a, int axis) {
        return Node.apply(ReduceOps.logSoftmax(axis), a);
    }

    /** A vector's 2-norm or a matrix's Frobenius norm. */
    public static Node norm(Node a) {
        return Node.apply(ReduceOps.NORM, a);
    }

    public static Node diag(Node a) {
        return Node.apply(LinearOps.DIAG, a);
    }

    /** The sum of the main diagonal. */
    public static Node trace(Node a) {
        if (a.shape().length != 2 || a.shape()[0] != a.shape()[1]) {
            throw new ShapeException("trace needs a square matrix, got shape " + Shape.str(a.shape()));
        }
        return sum(diag(a));
    }

    /** The outer product of two vectors: an (m, n) matrix with entries aᵢbⱼ. */
    public static Node outer(Node a, Node b) {
        if (a.shape().length != 1 || b.shape().length != 1) {
            throw new ShapeException("outer needs two vectors, got " + Shape.str(a.shape()) + " and "
                    + Shape.str(b.shape()));
        }
        return mul(reshape(a, a.shape()[0], 1), reshape(b, 1, b.shape()[0]));
    }

    /**
     * Mean cross-entropy between rows of {@code logits} and target distributions (one-hot rows or
     * probabilities) of the same shape: −mean over rows of Σⱼ targetⱼ·log_softmax(logits)ⱼ.
     */
    public static Node crossEntropy(Node logits, Node targets) {
        if (!Shape.same(logits.shape(), targets.shape())) {
            throw new ShapeException("cross_entropy needs logits and targets of one shape, got "
                    + Shape.str(logits.shape()) + " and " + Shape.str(targets.shape()));
        }
        Node perRow = sum(mul(targets, logSoftmax(logits, -1)), -1, false);
        return neg(perRow.shape().length == 0 ? perRow : mean(perRow));
    }

    public static Node inv(Node a) {
        return Node.apply(LinalgOps.INV, a);
    }

    /** The x with A x = b. */
    public static Node solve(Node a, Node b) {
        return Node.apply(LinalgOps.SOLVE, a, b);
    }

    public static Node det(Node a) {
        return Node.apply(LinalgOps.DET, a);
    }

    public static Node pinv(Node a) {
        return Node.apply(LinalgOps.PINV, a);
    }

    /** Eigenvalues of the symmetric part of a, ascending. */
    public static Node eigvalsh(Node a) {
        return Node.apply(LinalgOps.EIGVALSH, a);
    }

    /** Unit eigenvectors (columns) of the symmetric part of a, matching {@link #eigvalsh}. */
    public static Node eigvecsh(Node a) {
        return Node.apply(LinalgOps.EIGVECSH, a);
    }

    /** Singular values, descending. */
    public static Node svdvals(Node a) {
        return Node.apply(LinalgOps.SVDVALS, a);
    }

    /** The 2-norm condition number σmax/σmin. */
    public static Node cond(Node a) {
        Node s = svdvals(a);
        return div(index(s, Index.of(Index.Item.at(0))), index(s, Index.of(Index.Item.at(-1))));
    }
}
