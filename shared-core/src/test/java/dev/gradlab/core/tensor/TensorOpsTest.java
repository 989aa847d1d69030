package dev.gradlab.core.tensor;

import dev.gradlab.core.tensor.Reductions.Kind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TensorOpsTest {
    private static Tensor arange(int... shape) {
        double[] d = new double[Shape.size(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = i;
        }
        return Tensor.of(shape, d);
    }

    @Test
    void broadcastingFollowsNumpyAndAMismatchNamesBothShapes() {
        assertArrayEquals(new int[] {4, 3, 2}, Shape.broadcast(new int[] {4, 1, 2}, new int[] {3, 1}));
        assertArrayEquals(new int[] {2, 3}, Shape.broadcast(new int[] {}, new int[] {2, 3}));
        ShapeException e = assertThrows(ShapeException.class,
                () -> Shape.broadcast(new int[] {6, 6, 5, 1}, new int[] {2, 6, 1, 2}));
        assertEquals("shapes (6,6,5,1) and (2,6,1,2) cannot be broadcast together (axis -4: 6 vs 2)", e.getMessage());
    }

    @Test
    void broadcastAddOfAColumnAndARow() {
        Tensor col = Tensor.of(new int[] {2, 1}, new double[] {10, 20});
        Tensor row = Tensor.vector(1, 2, 3);
        Tensor s = Kernels.zip(col, row, Double::sum);
        assertArrayEquals(new int[] {2, 3}, s.shape());
        assertArrayEquals(new double[] {11, 12, 13, 21, 22, 23}, s.toArray());
    }

    @Test
    void reductionsAlongAnAxisWithAndWithoutKeepdims() {
        Tensor a = arange(2, 3);
        assertArrayEquals(new double[] {3, 5, 7}, Reductions.reduce(a, 0, false, Kind.SUM).toArray());
        assertArrayEquals(new double[] {3, 12}, Reductions.reduce(a, -1, false, Kind.SUM).toArray());
        assertArrayEquals(new int[] {2, 1}, Reductions.reduce(a, 1, true, Kind.MAX).shape());
        assertArrayEquals(new double[] {2, 5}, Reductions.reduce(a, 1, true, Kind.MAX).toArray());
        assertArrayEquals(new double[] {0, 1, 2}, Reductions.reduce(a, 0, false, Kind.MIN).toArray());
        assertEquals(5, Reductions.reduceAll(a, Kind.MAX).item());
        assertThrows(ShapeException.class, () -> Reductions.reduce(a, 2, false, Kind.SUM));
    }

    @Test
    void softmaxIsStableForHugeLogitsAndRowsSumToOne() {
        Tensor logits = Tensor.matrix(new double[][] {{1000, 1001, 1002}, {-5, 0, 5}});
        Tensor p = Reductions.softmax(logits, -1);
        double e1 = Math.exp(-1);
        double e2 = Math.exp(-2);
        assertEquals(1 / (1 + e1 + e2), p.get(2), 1e-15);
        assertEquals(1.0, p.get(0) + p.get(1) + p.get(2), 1e-15);
        Tensor lp = Reductions.logSoftmax(logits, -1);
        assertEquals(Math.log(p.get(0)), lp.get(0), 1e-12);
        Tensor cols = Reductions.softmax(logits, 0);
        assertEquals(1.0, cols.get(0) + cols.get(3), 1e-15);
    }

    @Test
    void basicIndexingAndSlicingMatchNumpy() {
        Tensor a = arange(3, 4);
        assertArrayEquals(new double[] {4, 5, 6, 7}, Index.of(Index.Item.at(1)).get(a).toArray());
        assertEquals(11, Index.of(Index.Item.at(-1), Index.Item.at(-1)).get(a).item());
        Tensor cols = Index.of(Index.Item.slice(null, null, null), Index.Item.slice(1, 3, null)).get(a);
        assertArrayEquals(new int[] {3, 2}, cols.shape());
        assertArrayEquals(new double[] {1, 2, 5, 6, 9, 10}, cols.toArray());
        Tensor rev = Index.of(Index.Item.slice(null, null, -1), Index.Item.at(0)).get(a);
        assertArrayEquals(new double[] {8, 4, 0}, rev.toArray());
        Tensor stepped = Index.of(Index.Item.at(2), Index.Item.slice(-3, null, 2)).get(a);
        assertArrayEquals(new double[] {9, 11}, stepped.toArray());
        assertArrayEquals(new int[] {0, 4}, Index.of(Index.Item.slice(5, 9, null)).get(a).shape());
        ShapeException e = assertThrows(ShapeException.class, () -> Index.of(Index.Item.at(3)).get(a));
        assertEquals("index 3 is out of range for axis 0 of size 3", e.getMessage());
    }

    @Test
    void scatterIsTheAdjointOfIndexing() {
        Index ix = Index.of(Index.Item.slice(null, null, 2), Index.Item.at(1));
        Tensor g = Tensor.vector(5, 7);
        assertArrayEquals(new double[] {0, 5, 0, 0, 0, 0, 0, 7, 0}, ix.scatter(g, new int[] {3, 3}).toArray());
    }

    @Test
    void concatStackAndPermute() {
        Tensor a = arange(2, 2);
        Tensor b = Tensor.of(new int[] {2, 1}, new double[] {9, 8});
        assertArrayEquals(new double[] {0, 1, 9, 2, 3, 8}, Layout.concat(new Tensor[] {a, b}, 1).toArray());
        ShapeException e = assertThrows(ShapeException.class, () -> Layout.concat(new Tensor[] {a, b}, 0));
        assertEquals("cannot concatenate shapes (2,2) and (2,1) along axis 0", e.getMessage());
        Tensor s = Layout.stack(new Tensor[] {Tensor.vector(1, 2), Tensor.vector(3, 4)}, 1);
        assertArrayEquals(new int[] {2, 2}, s.shape());
        assertArrayEquals(new double[] {1, 3, 2, 4}, s.toArray());
        Tensor t = Layout.permute(arange(2, 3, 4), new int[] {2, 0, 1});
        assertArrayEquals(new int[] {4, 2, 3}, t.shape());
        assertEquals(13, t.get(1 * 6 + 1 * 3 + 0), "t[1,1,0] = a[1,0,1] = 12 + 1");
        assertArrayEquals(new double[] {0, 3, 1, 4, 2, 5}, Layout.transpose(arange(2, 3)).toArray());
    }

    @Test
    void matmulFollowsNumpyForVectorsMatricesAndBatches() {
        Tensor m = arange(2, 3);
        Tensor v = Tensor.vector(1, 0, -1);
        assertArrayEquals(new double[] {-2, -2}, MatMul.matmul(m, v).toArray());
        assertArrayEquals(new int[] {2}, MatMul.matmul(m, v).shape());
        assertArrayEquals(new int[] {3}, MatMul.matmul(Tensor.vector(1, 1), m).shape());
        assertEquals(2, MatMul.matmul(v, v).item());
        Tensor batch = arange(4, 2, 3);
        Tensor w = arange(3, 5);
        Tensor out = MatMul.matmul(batch, w);
        assertArrayEquals(new int[] {4, 2, 5}, out.shape());
        for (int b = 0; b < 4; b++) {
            Tensor slice = Index.of(Index.Item.at(b)).get(batch);
            assertArrayEquals(MatMul.matmul(slice, w).toArray(), Index.of(Index.Item.at(b)).get(out).toArray());
        }
        Tensor broadcastBatch = MatMul.matmul(arange(3, 1, 2, 2), arange(4, 2, 2));
        assertArrayEquals(new int[] {3, 4, 2, 2}, broadcastBatch.shape());
        ShapeException e = assertThrows(ShapeException.class, () -> MatMul.matmul(m, m));
        assertEquals("shapes (2,3) and (2,3) cannot be matrix-multiplied: inner sizes 3 and 2 differ", e.getMessage());
    }
}
