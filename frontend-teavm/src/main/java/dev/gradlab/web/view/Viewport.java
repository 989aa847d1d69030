package dev.gradlab.web.view;

/**
 * Zoom and pan of the stepper's graph: a drawing of {@code contentW × contentH} (layout units) seen
 * through a {@code viewW × viewH} pixel window as {@code translate(tx ty) scale(s)}. Plain Java.
 *
 * <p>The scale stays within {@value #MIN_SCALE}..{@value #MAX_SCALE}; the drawing is never panned
 * further than {@value #SLACK} px past its edges, so it cannot be lost. Fit shows the whole drawing
 * (never enlarged beyond 100 %), centred.
 */
public final class Viewport {
    public static final double MIN_SCALE = 0.05;
    public static final double MAX_SCALE = 4;
    /** One press of + or −. */
    public static final double STEP = 1.25;
    /** How far past its edges the drawing may be dragged, in px. */
    public static final double SLACK = 48;
    /** One Shift+arrow press, in px. */
    public static final double PAN = 80;
    /** The margin kept around a node brought into view, in px. */
    private static final double REVEAL_MARGIN = 16;

    private double viewW;
    private double viewH;
    private double contentW;
    private double contentH;
    private double scale = 1;
    private double tx;
    private double ty;

    /** A window onto a drawing; starts at 100 %, top left. */
    public Viewport(double viewW, double viewH, double contentW, double contentH) {
        this.viewW = Math.max(1, viewW);
        this.viewH = Math.max(1, viewH);
        this.contentW = contentW;
        this.contentH = contentH;
        clamp();
    }

    public double scale() {
        return scale;
    }

    public double tx() {
        return tx;
    }

    public double ty() {
        return ty;
    }

    /** The SVG transform of the drawing, e.g. {@code translate(12 -40) scale(0.8)}. */
    public String transform() {
        return "translate(" + SvgRenderer.num(tx) + " " + SvgRenderer.num(ty) + ") scale(" + round3(scale) + ")";
    }

    /** The zoom as a whole percentage, e.g. "80 %". */
    public String percent() {
        return Math.round(scale * 100) + " %";
    }

    private static String round3(double v) {
        long k = Math.round(v * 1000);
        if (k % 1000 == 0) {
            return Long.toString(k / 1000);
        }
        String frac = Long.toString(1000 + k % 1000).substring(1).replaceAll("0+$", "");
        return k / 1000 + "." + frac;
    }

    /** The window changed size (the page was resized); the drawing's top left stays put. */
    public void resize(double w, double h) {
        viewW = Math.max(1, w);
        viewH = Math.max(1, h);
        clamp();
    }

    /** Multiplies the scale by {@code factor} keeping the drawing point under (px, py) in place. */
    public void zoomAt(double factor, double px, double py) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        // the layout point under the cursor: (px - tx) / scale
        tx = px - (px - tx) * s / scale;
        ty = py - (py - ty) * s / scale;
        scale = s;
        clamp();
    }

    /** + : one step larger, about the window's centre. */
    public void zoomIn() {
        zoomAt(STEP, viewW / 2, viewH / 2);
    }

    /** − : one step smaller, about the window's centre. */
    public void zoomOut() {
        zoomAt(1 / STEP, viewW / 2, viewH / 2);
    }

    /** Moves the drawing by (dx, dy) pixels. */
    public void pan(double dx, double dy) {
        tx += dx;
        ty += dy;
        clamp();
    }

    /**
     * A zoom key or button: "+" or "=", "-", "0" (fit), "Shift+ArrowLeft" … (pan {@value #PAN} px);
     * whether it was one.
     */
    public boolean key(String key) {
        switch (key) {
            case "+":
            case "=":
                zoomIn();
                return true;
            case "-":
                zoomOut();
                return true;
            case "0":
                fit();
                return true;
            case "Shift+ArrowLeft":
                pan(PAN, 0);
                return true;
            case "Shift+ArrowRight":
                pan(-PAN, 0);
                return true;
            case "Shift+ArrowUp":
                pan(0, PAN);
                return true;
            case "Shift+ArrowDown":
                pan(0, -PAN);
                return true;
            default:
                return false;
        }
    }

    /** The whole drawing, centred, at most 100 %. */
    public void fit() {
        double s = Math.min(1, Math.min(viewW / Math.max(1, contentW), viewH / Math.max(1, contentH)));
        scale = Math.max(MIN_SCALE, s);
        tx = (viewW - contentW * scale) / 2;
        ty = (viewH - contentH * scale) / 2;
        clamp();
    }

    /** The scale {@link #fit} would choose. */
    public double fitScale() {
        return Math.max(MIN_SCALE, Math.min(1, Math.min(viewW / Math.max(1, contentW), viewH / Math.max(1, contentH))));
    }

    /**
     * Pans the least needed so that the layout rectangle (x, y, w, h) is inside the window (its top
     * left when it is larger than the window). Returns whether anything moved.
     */
    public boolean reveal(double x, double y, double w, double h) {
        double ox = tx;
        double oy = ty;
        double left = tx + x * scale;
        double right = tx + (x + w) * scale;
        double top = ty + y * scale;
        double bottom = ty + (y + h) * scale;
        if (left < REVEAL_MARGIN || right - left > viewW - 2 * REVEAL_MARGIN) {
            tx += REVEAL_MARGIN - left;
        } else if (right > viewW - REVEAL_MARGIN) {
            tx -= right - (viewW - REVEAL_MARGIN);
        }
        if (top < REVEAL_MARGIN || bottom - top > viewH - 2 * REVEAL_MARGIN) {
            ty += REVEAL_MARGIN - top;
        } else if (bottom > viewH - REVEAL_MARGIN) {
            ty -= bottom - (viewH - REVEAL_MARGIN);
        }
        clamp();
        return ox != tx || oy != ty;
    }

    /** Keeps the drawing within {@link #SLACK} of the window on every side. */
    private void clamp() {
        double w = contentW * scale;
        double h = contentH * scale;
        tx = Math.max(Math.min(0, viewW - w) - SLACK, Math.min(Math.max(0, viewW - w) + SLACK, tx));
        ty = Math.max(Math.min(0, viewH - h) - SLACK, Math.min(Math.max(0, viewH - h) + SLACK, ty));
    }
}
