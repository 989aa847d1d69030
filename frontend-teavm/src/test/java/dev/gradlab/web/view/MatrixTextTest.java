package dev.gradlab.web.view;

import dev.gradlab.core.random.SplitMix64;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixTextTest {
    @Test
    void readsAListLiteral() {
        double[][] m = MatrixText.parse("[[1, 2.5], [-3, 4e-1]]");
        assertArrayEquals(new double[] {1, 2.5}, m[0]);
        assertArrayEquals(new double[] {-3, 0.4}, m[1]);
    }

    @Test
    void readsOneRowPerLineOrPerSemicolon() {
        double[][] a = MatrixText.parse("1 2 3\n4, 5, 6\n");
        double[][] b = MatrixText.parse("1 2 3; 4 5 6");
        assertEquals(2, a.length);
        assertArrayEquals(a[1], b[1]);
        assertArrayEquals(new double[] {4, 5, 6}, a[1]);
    }

    @Test
    void aFlatListIsOneRow() {
        assertEquals(1, MatrixText.parse("[1, 2, 3]").length);
    }

    @Test
    void errorsNameTheProblem() {
        assertEquals("row 2 has 1 numbers but row 1 has 2",
                assertThrows(MatrixText.MatrixError.class, () -> MatrixText.parse("[[1, 2], [3]]")).getMessage());
        assertEquals("'x' is not a number", assertThrows(MatrixText.MatrixError.class, () -> MatrixText.parse("1 x")).getMessage());
        assertEquals("a '[' is not closed", assertThrows(MatrixText.MatrixError.class, () -> MatrixText.parse("[[1, 2]")).getMessage());
        assertEquals("Q must be 2 × 3 but has 2 rows of 2",
                assertThrows(MatrixText.MatrixError.class, () -> MatrixText.parse("1 2\n3 4", 2, 3, "Q")).getMessage());
    }

    @Test
    void formatRoundTrips() {
        double[][] m = MatrixText.random(new SplitMix64(5), 3, 4);
        String text = MatrixText.format(m, 4);
        assertTrue(text.startsWith("[["));
        assertEquals(3, text.split("\n").length);
        double[][] back = MatrixText.parse(text);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(m[i], back[i]);
        }
    }

    @Test
    void randomEntriesAreSeededGaussiansRoundedToTwoDecimals() {
        double[][] m = MatrixText.random(new SplitMix64(1), 1, 2);
        SplitMix64 rng = new SplitMix64(1);
        assertEquals(Math.round(rng.nextGaussian() * 100) / 100.0, m[0][0]);
        assertEquals(Math.round(rng.nextGaussian() * 100) / 100.0, m[0][1]);
    }
}
