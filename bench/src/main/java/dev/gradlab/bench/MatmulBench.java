package dev.gradlab.bench;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.MatMul;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.server.blas.BlasKernel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Dense n×n matrix products: the shared-core kernel (what the browser runs), the server path
 * (shared-core with the OpenBLAS kernel), EJML single-threaded and multi-threaded. GFLOP/s = 2n³ / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class MatmulBench {
    @Param({"256", "512", "1024"})
    public int n;

    Tensor a;
    Tensor b;
    DMatrixRMaj ea;
    DMatrixRMaj eb;
    DMatrixRMaj ec;

    @Setup
    public void setup() {
        SplitMix64 rng = new SplitMix64(n);
        double[] x = new double[n * n];
        double[] y = new double[n * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-1, 1);
            y[i] = rng.uniform(-1, 1);
        }
        a = Tensor.of(new int[] {n, n}, x);
        b = Tensor.of(new int[] {n, n}, y);
        ea = new DMatrixRMaj(n, n, true, x);
        eb = new DMatrixRMaj(n, n, true, y);
        ec = new DMatrixRMaj(n, n);
    }

    @Benchmark
    public Tensor sharedCore() {
        return MatMul.matmul(a, b);
    }

    /** The server path: shared-core's matmul with the OpenBLAS kernel the server installs at start. */
    @Benchmark
    public Tensor serverOpenBlas(BlasState blas) {
        return MatMul.matmul(a, b);
    }

    /** Installs the server's kernel for the benchmarks that take this state, and removes it after. */
    @State(Scope.Benchmark)
    public static class BlasState {
        @Setup
        public void install() {
            if (!BlasKernel.install()) {
                throw new IllegalStateException("OpenBLAS did not load");
            }
        }

        @org.openjdk.jmh.annotations.TearDown
        public void remove() {
            MatMul.useKernel(null, 0);
        }
    }

    @Benchmark
    public DMatrixRMaj ejml() {
        CommonOps_DDRM.mult(ea, eb, ec);
        return ec;
    }

    @Benchmark
    public DMatrixRMaj ejmlMultiThreaded() {
        CommonOps_MT_DDRM.mult(ea, eb, ec);
        return ec;
    }
}
