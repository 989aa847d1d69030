package dev.gradlab.server.blas;

import dev.gradlab.core.tensor.MatMul;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Large matrix products on the server through OpenBLAS's {@code cblas_dgemm} (the JavaCPP build
 * shipped in the jar for Linux x86-64). Products below {@link #MIN_MULTIPLY_ADDS} stay on
 * shared-core's own loop, so everything an exercise or a stepper computes is bit-identical to the
 * browser; the kernel serves the heavy jobs and the large products of student programs.
 */
public final class BlasKernel implements MatMul.Kernel {
    private static final Logger LOG = LoggerFactory.getLogger(BlasKernel.class);

    /** 64³: below this the copy into native memory costs more than the product saves. */
    public static final long MIN_MULTIPLY_ADDS = 64L * 64 * 64;

    private BlasKernel() {
    }

    /**
     * Loads OpenBLAS and routes shared-core's large products to it (a process-wide setting, see
     * {@link MatMul#useKernel}). On a platform without the native library it logs why and leaves
     * the built-in loop in place.
     *
     * @return whether OpenBLAS is now in use
     */
    public static boolean install() {
        try {
            Loader.load(openblas.class);
            openblas.blas_set_num_threads(Runtime.getRuntime().availableProcessors());
            MatMul.useKernel(new BlasKernel(), MIN_MULTIPLY_ADDS);
            return true;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("OpenBLAS could not be loaded ({}); large matrix products use the built-in loop", e.toString());
            return false;
        }
    }

    /** Operands up to this many doubles (8 MiB) keep their native buffer per thread; larger ones get a fresh one. */
    private static final long KEEP = 1L << 20;

    /** Per-thread native buffers for a, b and c, grown when needed and kept (fresh ones cost page faults). */
    private static final ThreadLocal<DoublePointer[]> BUFFERS = ThreadLocal.withInitial(() -> new DoublePointer[3]);

    @Override
    public void multiply(double[] a, int ao, double[] b, int bo, double[] c, int co, int m, int k, int n) {
        if ((long) m * k > KEEP || (long) k * n > KEEP || (long) m * n > KEEP) {
            try (DoublePointer pa = new DoublePointer((long) m * k);
                 DoublePointer pb = new DoublePointer((long) k * n);
                 DoublePointer pc = new DoublePointer((long) m * n)) {
                gemm(a, ao, b, bo, c, co, m, k, n, pa, pb, pc);
            }
            return;
        }
        DoublePointer[] buffers = BUFFERS.get();
        gemm(a, ao, b, bo, c, co, m, k, n, buffer(buffers, 0, (long) m * k), buffer(buffers, 1, (long) k * n),
                buffer(buffers, 2, (long) m * n));
    }

    private static void gemm(double[] a, int ao, double[] b, int bo, double[] c, int co, int m, int k, int n,
            DoublePointer pa, DoublePointer pb, DoublePointer pc) {
        pa.put(a, ao, m * k);
        pb.put(b, bo, k * n);
        openblas.cblas_dgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans,
                m, n, k, 1.0, pa, k, pb, n, 0.0, pc, n);
        pc.get(c, co, m * n);
    }

    private static DoublePointer buffer(DoublePointer[] buffers, int i, long size) {
        DoublePointer p = buffers[i];
        if (p == null || p.capacity() < size) {
            if (p != null) {
                p.close();
            }
            p = new DoublePointer(size);
            buffers[i] = p;
        }
        return p.position(0);
    }
}
