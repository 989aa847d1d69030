package dev.gradlab.web.app;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;

/**
 * {@code window.gradlab.ejmlCheck()}: proves EJML works in this build, including its
 * multi-threaded code path, which runs through {@code pabeles.concurrency.ConcurrencyOps} and so
 * through the single-threaded substitute (dev.gradlab.web.emul). Without the substitution the
 * TeaVM build fails ("ForkJoinPool was not found"), so this also guards the SPI registration.
 */
final class EjmlCheck {
    private EjmlCheck() {
    }

    /** "[7,10,15,22] [7,10,15,22] -2": A·A single- and multi-threaded, det A, for A = [[1,2],[3,4]]. */
    static String run() {
        DMatrixRMaj a = new DMatrixRMaj(2, 2, true, 1, 2, 3, 4);
        DMatrixRMaj c1 = new DMatrixRMaj(2, 2);
        DMatrixRMaj c2 = new DMatrixRMaj(2, 2);
        CommonOps_DDRM.mult(a, a, c1);
        CommonOps_MT_DDRM.mult(a, a, c2);
        return list(c1) + " " + list(c2) + " " + format(CommonOps_DDRM.det(a));
    }

    private static String list(DMatrixRMaj m) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < m.data.length && i < m.numRows * m.numCols; i++) {
            sb.append(i > 0 ? "," : "").append(format(m.data[i]));
        }
        return sb.append(']').toString();
    }

    private static String format(double v) {
        long r = Math.round(v);
        return Math.abs(v - r) < 1e-9 ? Long.toString(r) : Double.toString(v);
    }
}
