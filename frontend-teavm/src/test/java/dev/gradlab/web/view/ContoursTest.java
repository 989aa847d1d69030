package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContoursTest {
    @Test
    void aPlaneCrossesItsLevelOnAStraightLine() {
        // v = column index: the level 0.5 runs down between columns 0 and 1, the level 1.5 between 1 and 2
        double[][] v = {{0, 1, 2}, {0, 1, 2}};
        assertEquals("M0.5 0L0.5 1", new Contours(v).path(0.5, 1, 1));
        assertEquals("M1.5 0L1.5 1", new Contours(v).path(1.5, 1, 1));
        assertEquals("M3 0L3 20", new Contours(v).path(1.5, 2, 20));
    }

    @Test
    void aLevelNotReachedDrawsNothing() {
        double[][] v = {{0, 1}, {1, 2}};
        assertEquals("", new Contours(v).path(5, 1, 1));
        assertEquals(2.0, new Contours(v).max());
    }

    @Test
    void theCircleOfAQuarterSquareHasRadiusOne() {
        int n = 41; // x, y in [−2, 2], step 0.1
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = -2 + 0.1 * j;
                double y = 2 - 0.1 * i;
                v[i][j] = (x * x + y * y) / 4;
            }
        }
        String d = new Contours(v).path(0.25, 1, 1);
        int points = 0;
        for (String seg : d.split("[ML]")) {
            if (seg.isEmpty()) {
                continue;
            }
            String[] xy = seg.trim().split(" ");
            double x = -2 + 0.1 * Double.parseDouble(xy[0]);
            double y = 2 - 0.1 * Double.parseDouble(xy[1]);
            assertEquals(1, Math.hypot(x, y), 0.01, seg);
            points++;
        }
        assertTrue(points > 40, "points: " + points);
    }
}
