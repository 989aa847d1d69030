package dev.gradlab.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewportTest {
    @Test
    void startsAtFullSizeTopLeft() {
        Viewport v = new Viewport(800, 600, 5000, 3000);
        assertEquals("translate(0 0) scale(1)", v.transform());
        assertEquals("100 %", v.percent());
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        Viewport v = new Viewport(800, 600, 5000, 3000);
        v.pan(-1000, -500);
        // layout point under (200, 100) before: ((200 + 1000) / 1, (100 + 500) / 1) = (1200, 600)
        v.zoomAt(2, 200, 100);
        assertEquals(2, v.scale(), 1e-12);
        assertEquals(1200, (200 - v.tx()) / v.scale(), 1e-9);
        assertEquals(600, (100 - v.ty()) / v.scale(), 1e-9);
        assertEquals("translate(-2200 -1100) scale(2)", v.transform());
    }

    @Test
    void plusAndMinusAreInversesAndTheScaleIsBounded() {
        Viewport v = new Viewport(800, 600, 5000, 3000);
        v.zoomIn();
        assertEquals("125 %", v.percent());
        v.zoomOut();
        assertEquals(1, v.scale(), 1e-12);
        for (int i = 0; i < 100; i++) {
            v.zoomOut();
        }
        assertEquals(Viewport.MIN_SCALE, v.scale(), 1e-12);
        for (int i = 0; i < 100; i++) {
            v.zoomIn();
        }
        assertEquals(Viewport.MAX_SCALE, v.scale(), 1e-12);
    }

    @Test
    void panningStopsNearTheEdges() {
        Viewport v = new Viewport(800, 600, 5000, 3000);
        v.pan(10_000, 10_000);
        assertEquals(Viewport.SLACK, v.tx(), 1e-9);
        assertEquals(Viewport.SLACK, v.ty(), 1e-9);
        v.pan(-100_000, -100_000);
        assertEquals(800 - 5000 - Viewport.SLACK, v.tx(), 1e-9);
        assertEquals(600 - 3000 - Viewport.SLACK, v.ty(), 1e-9);
    }

    @Test
    void fitShowsTheWholeDrawingCentredAndNeverEnlarges() {
        Viewport big = new Viewport(800, 600, 4000, 1000);
        big.fit();
        assertEquals(0.2, big.scale(), 1e-12);
        assertEquals(0, big.tx(), 1e-9);
        assertEquals((600 - 200) / 2.0, big.ty(), 1e-9);
        Viewport small = new Viewport(800, 600, 400, 200);
        small.fit();
        assertEquals(1, small.scale(), 1e-12);
        assertEquals(200, small.tx(), 1e-9);
        assertEquals(200, small.ty(), 1e-9);
    }

    @Test
    void revealPansTheLeastToShowANode() {
        Viewport v = new Viewport(800, 600, 5000, 3000);
        assertFalse(v.reveal(100, 100, 120, 66), "already visible");
        assertTrue(v.reveal(2000, 100, 120, 66));
        // the node's right edge lands 16 px inside the window's right edge
        assertEquals(800 - 16, v.tx() + (2000 + 120) * v.scale(), 1e-9);
        assertEquals(0, v.ty(), 1e-9);
        assertTrue(v.reveal(100, 100, 120, 66));
        assertEquals(16, v.tx() + 100, 1e-9);
    }

    @Test
    void keysZoomFitAndPan() {
        Viewport v = new Viewport(800, 600, 5000, 3000);
        assertTrue(v.key("Shift+ArrowRight"));
        assertEquals(-Viewport.PAN, v.tx(), 1e-9);
        assertTrue(v.key("Shift+ArrowDown"));
        assertEquals(-Viewport.PAN, v.ty(), 1e-9);
        assertTrue(v.key("="));
        assertEquals("125 %", v.percent());
        assertTrue(v.key("0"));
        assertEquals(0.16, v.scale(), 1e-12);
        assertFalse(v.key("ArrowRight"), "plain arrows step the stepper");
    }
}
