package dev.gradlab.server.blas;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.MatMul;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlasKernelTest {
    @AfterEach
    void restoreTheBuiltInLoop() {
        MatMul.useKernel(null, 0);
    }

    static Tensor random(long seed, int... shape) {
        SplitMix64 rng = new SplitMix64(seed);
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = rng.uniform(-1, 1);
        }
        return Tensor.of(shape, x);
    }

    static double[] values(Tensor t) {
        double[] v = new double[t.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = t.get(i);
        }
        return v;
    }

    @Test
    void openBlasLoadsOnThisPlatform() {
        assertTrue(BlasKernel.install(), "OpenBLAS should load on Linux x86-64");
    }

    @Test
    void aLargeBatchedProductThroughOpenBlasEqualsTheBuiltInLoop() {
        Tensor a = random(1, 3, 70, 80);
        Tensor b = random(2, 80, 90);
        double[] builtIn = values(MatMul.matmul(a, b));
        assertTrue(BlasKernel.install());
        Tensor viaBlas = MatMul.matmul(a, b);
        assertArrayEquals(new int[] {3, 70, 90}, viaBlas.shape());
        double[] blas = values(viaBlas);
        for (int i = 0; i < blas.length; i++) {
            assertEquals(builtIn[i], blas[i], 1e-12 * Math.max(1, Math.abs(builtIn[i])), "entry " + i);
        }
    }

    @Test
    void smallProductsStayOnTheBuiltInLoopBitForBit() {
        Tensor a = random(3, 20, 30);
        Tensor b = random(4, 30, 10);
        double[] builtIn = values(MatMul.matmul(a, b));
        assertTrue(BlasKernel.install());
        assertArrayEquals(builtIn, values(MatMul.matmul(a, b)), 0.0);
    }
}
