package dev.gradlab.core.check;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Linalg;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplerTest {
    @Test
    void declarationsParseKindsDimensionsAndConstraints() {
        VarSpec x = VarSpec.parse("X: matrix n x d tall");
        assertEquals("matrix", x.kind);
        assertEquals(List.of("n", "d"), x.dims);
        assertTrue(x.has("tall"));
        assertEquals(List.of("3", "3"), VarSpec.parse("A: matrix 3x3").dims);
        assertEquals(List.of("V", "1"), VarSpec.parse("b: vector V x 1").dims);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VarSpec.parse("A: tensor"));
        assertEquals("variable A: unknown kind 'tensor' (use scalar, vector, matrix or size)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VarSpec.parse("no colon"));
    }

    @Test
    void sizesAreSharedDistinctAndOrderedByTallAndWide() {
        List<VarSpec> vars = List.of(VarSpec.parse("X: matrix n x d tall"), VarSpec.parse("w: vector d"),
                VarSpec.parse("Y: matrix d x n"));
        SplitMix64 rng = new SplitMix64(5);
        for (int k = 0; k < 50; k++) {
            Map<String, Tensor> p = Sampler.point(vars, rng);
            int n = (int) p.get("n").item();
            int d = (int) p.get("d").item();
            assertTrue(n > d, "tall: n=" + n + " d=" + d);
            assertArrayEquals(new int[] {n, d}, p.get("X").shape());
            assertArrayEquals(new int[] {d}, p.get("w").shape());
            assertArrayEquals(new int[] {d, n}, p.get("Y").shape());
        }
    }

    @Test
    void symmetricAndPositiveDefiniteMatricesAreSo() {
        SplitMix64 rng = new SplitMix64(6);
        for (int k = 0; k < 20; k++) {
            Map<String, Tensor> p = Sampler.point(List.of(VarSpec.parse("S: matrix n x n spd"),
                    VarSpec.parse("B: matrix n x n symmetric"), VarSpec.parse("c: scalar positive")), rng);
            Tensor s = p.get("S");
            int n = s.dim(0);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(s.get(i * n + j), s.get(j * n + i), 1e-15);
                    assertEquals(p.get("B").get(i * n + j), p.get("B").get(j * n + i), 1e-15);
                }
            }
            assertTrue(Linalg.eigh(s).values.get(0) > 0, "positive definite");
            assertTrue(p.get("c").item() > 0);
        }
    }

    @Test
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers() {
        List<VarSpec> vars = List.of(VarSpec.parse("x: vector n"));
        assertEquals(Sampler.point(vars, new SplitMix64(9)).get("x").toString(),
                Sampler.point(vars, new SplitMix64(9)).get("x").toString());
        assertNotEquals(Sampler.point(vars, new SplitMix64(9)).get("x").toString(),
                Sampler.point(vars, new SplitMix64(10)).get("x").toString());
    }
}
