package dev.gradlab.core.tensor;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Dense linear algebra on matrices (rank-2 tensors) through EJML. Every method returns new
 * tensors and leaves its arguments unchanged.
 */
public final class Linalg {
    private Linalg() {
    }

    /** An eigen-decomposition A = V diag(values) Vᵀ of a symmetric matrix. */
    public static final class Eigh {
        /** Eigenvalues in ascending order, as numpy's {@code eigh}. */
        public final Tensor values;
        /** Unit eigenvectors as columns, each signed so its largest-magnitude entry is positive. */
        public final Tensor vectors;

        Eigh(Tensor values, Tensor vectors) {
            this.values = values;
            this.vectors = vectors;
        }
    }

    /** A compact singular value decomposition A = U diag(s) Vᵀ. */
    public static final class Svd {
        /** m×k with orthonormal columns, k = min(m, n). */
        public final Tensor u;
        /** The k singular values, descending. */
        public final Tensor s;
        /** n×k with orthonormal columns. */
        public final Tensor v;

        Svd(Tensor u, Tensor s, Tensor v) {
            this.u = u;
            this.s = s;
            this.v = v;
        }
    }

    static DMatrixRMaj toEjml(Tensor a, String what) {
        if (a.rank() != 2) {
            throw new ShapeException(what + " needs a matrix, got shape " + Shape.str(a.shape()));
        }
        return new DMatrixRMaj(a.dim(0), a.dim(1), true, a.toArray());
    }

    static Tensor fromEjml(DMatrixRMaj m) {
        double[] d = new double[m.numRows * m.numCols];
        System.arraycopy(m.data, 0, d, 0, d.length);
        return Tensor.wrap(new int[] {m.numRows, m.numCols}, d);
    }

    private static DMatrixRMaj square(Tensor a, String what) {
        DMatrixRMaj m = toEjml(a, what);
        if (m.numRows != m.numCols) {
            throw new ShapeException(what + " needs a square matrix, got shape " + Shape.str(a.shape()));
        }
        return m;
    }

    /** A⁻¹. @throws MathException if A is singular */
    public static Tensor inv(Tensor a) {
        DMatrixRMaj m = square(a, "inv");
        DMatrixRMaj out = new DMatrixRMaj(m.numRows, m.numCols);
        if (!CommonOps_DDRM.invert(m, out) || !finite(out)) {
            throw new MathException("the matrix is singular and has no inverse");
        }
        return fromEjml(out);
    }

    /**
     * The x with A x = b, for b a vector or a matrix of right-hand sides.
     *
     * @throws MathException if A is singular
     */
    public static Tensor solve(Tensor a, Tensor b) {
        DMatrixRMaj m = square(a, "solve");
        boolean vector = b.rank() == 1;
        Tensor b2 = vector ? b.reshape(b.dim(0), 1) : b;
        DMatrixRMaj rhs = toEjml(b2, "solve");
        if (rhs.numRows != m.numRows) {
            throw new ShapeException("solve: A has shape " + Shape.str(a.shape()) + " but b has shape "
                    + Shape.str(b.shape()) + "; their first sizes must agree");
        }
        DMatrixRMaj x = new DMatrixRMaj(m.numCols, rhs.numCols);
        if (!CommonOps_DDRM.solve(m, rhs, x) || !finite(x)) {
            throw new MathException("the matrix is singular: A x = b has no unique solution");
        }
        Tensor out = fromEjml(x);
        return vector ? out.reshape(out.dim(0)) : out;
    }

    public static double det(Tensor a) {
        return CommonOps_DDRM.det(square(a, "det"));
    }

    /**
     * det(A)·A⁻ᵀ, the gradient of the determinant. For a singular A it is computed as the transposed
     * adjugate from cofactors, which stays defined.
     */
    public static Tensor adjugateTranspose(Tensor a) {
        DMatrixRMaj m = square(a, "det");
        int n = m.numRows;
        double d = CommonOps_DDRM.det(m);
        DMatrixRMaj inv = new DMatrixRMaj(n, n);
        if (d != 0 && CommonOps_DDRM.invert(m, inv) && finite(inv)) {
            DMatrixRMaj out = new DMatrixRMaj(n, n);
            CommonOps_DDRM.transpose(inv, out);
            CommonOps_DDRM.scale(d, out);
            return fromEjml(out);
        }
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                DMatrixRMaj minor = new DMatrixRMaj(Math.max(n - 1, 0), Math.max(n - 1, 0));
                for (int r = 0, rr = 0; r < n; r++) {
                    if (r == i) {
                        continue;
                    }
                    for (int q = 0, qq = 0; q < n; q++) {
                        if (q != j) {
                            minor.set(rr, qq++, m.get(r, q));
                        }
                    }
                    rr++;
                }
                double sign = (i + j) % 2 == 0 ? 1 : -1;
                c[i * n + j] = n == 1 ? 1 : sign * CommonOps_DDRM.det(minor);
            }
        }
        return Tensor.wrap(new int[] {n, n}, c);
    }

    /** The Moore–Penrose pseudo-inverse (n×m for an m×n matrix). */
    public static Tensor pinv(Tensor a) {
        DMatrixRMaj m = toEjml(a, "pinv");
        DMatrixRMaj out = new DMatrixRMaj(m.numCols, m.numRows);
        CommonOps_DDRM.pinv(m, out);
        return fromEjml(out);
    }

    /** Eigen-decomposition of the symmetric part (A + Aᵀ)/2 of a square matrix. */
    public static Eigh eigh(Tensor a) {
        DMatrixRMaj m = square(a, "eigh");
        int n = m.numRows;
        DMatrixRMaj sym = new DMatrixRMaj(n, n);
        CommonOps_DDRM.transpose(m, sym);
        CommonOps_DDRM.addEquals(sym, m);
        CommonOps_DDRM.scale(0.5, sym);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(sym)) {
            throw new MathException("the eigen-decomposition did not converge");
        }
        Integer[] order = new Integer[n];
        double[] vals = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            vals[i] = eig.getEigenvalue(i).getReal();
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(vals[p], vals[q]));
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        for (int j = 0; j < n; j++) {
            values[j] = vals[order[j]];
            DMatrixRMaj v = eig.getEigenVector(order[j]);
            double norm = 0;
            int big = 0;
            for (int i = 0; i < n; i++) {
                norm += v.get(i) * v.get(i);
                if (Math.abs(v.get(i)) > Math.abs(v.get(big)) + 1e-12) {
                    big = i;
                }
            }
            double scale = (v.get(big) < 0 ? -1 : 1) / Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                vectors[i * n + j] = v.get(i) * scale;
            }
        }
        return new Eigh(Tensor.wrap(new int[] {n}, values), Tensor.wrap(new int[] {n, n}, vectors));
    }

    /** Compact SVD with singular values in descending order. */
    public static Svd svd(Tensor a) {
        DMatrixRMaj m = toEjml(a, "svd");
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(m.numRows, m.numCols, true, true, true);
        if (!svd.decompose(m.copy())) {
            throw new MathException("the singular value decomposition did not converge");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, w, v, false);
        int k = Math.min(w.numRows, w.numCols);
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = w.get(i, i);
        }
        return new Svd(fromEjml(u), Tensor.wrap(new int[] {k}, s), fromEjml(v));
    }

    /** The 2-norm condition number σmax/σmin (infinite for a singular matrix). */
    public static double cond(Tensor a) {
        Tensor s = svd(a).s;
        double min = s.get(s.size() - 1);
        return min == 0 ? Double.POSITIVE_INFINITY : s.get(0) / min;
    }

    private static boolean finite(DMatrixRMaj m) {
        for (int i = 0; i < m.numRows * m.numCols; i++) {
            if (!Double.isFinite(m.data[i])) {
                return false;
            }
        }
        return true;
    }
}
