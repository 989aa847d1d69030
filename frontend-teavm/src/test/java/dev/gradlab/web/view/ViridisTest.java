package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViridisTest {
    /** matplotlib's viridis at 0, 0.25, 0.5, 0.75 and 1. */
    static final int[][] ANCHORS = {{0, 0x440154}, {64, 0x3b528b}, {128, 0x21918c}, {191, 0x5ec962}, {255, 0xfde725}};

    @Test
    void theFitIsCloseToMatplotlibsTable() {
        for (int[] a : ANCHORS) {
            int got = Viridis.rgb(a[0]);
            for (int shift = 0; shift <= 16; shift += 8) {
                int diff = Math.abs((got >> shift & 255) - (a[1] >> shift & 255));
                assertTrue(diff <= 8, "level " + a[0] + ": " + Integer.toHexString(got) + " vs " + Integer.toHexString(a[1]));
            }
        }
    }

    @Test
    void lightnessRisesMonotonically() {
        double before = -1;
        for (int i = 0; i < Viridis.LEVELS; i += 5) {
            int c = Viridis.rgb(i);
            double l = 0.2126 * (c >> 16 & 255) + 0.7152 * (c >> 8 & 255) + 0.0722 * (c & 255);
            assertTrue(l > before, "level " + i);
            before = l;
        }
    }

    @Test
    void levelsSpanTheRangeAndClamp() {
        assertEquals(0, Viridis.level(-1, 0, 1));
        assertEquals(0, Viridis.level(0, 0, 1));
        assertEquals(255, Viridis.level(1, 0, 1));
        assertEquals(128, Viridis.level(0.5, 0, 1));
        assertEquals(255, Viridis.level(9, 0, 1));
    }

    @Test
    void textIsDarkOnYellowAndLightOnPurple() {
        assertTrue(Viridis.darkText(255));
        assertFalse(Viridis.darkText(0));
        assertEquals("#fde725".length(), Viridis.hex(3).length());
        assertEquals(Viridis.LEVELS, Viridis.table().split(",").length);
    }
}
