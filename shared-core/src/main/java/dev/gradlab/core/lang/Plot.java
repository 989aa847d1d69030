package dev.gradlab.core.lang;

import java.util.Collections;
import java.util.List;

/** What a program asked to draw: a line or scatter series, or a heatmap. Immutable. */
public final class Plot {
    /** "line", "scatter" or "heatmap". */
    public final String kind;
    public final String title;
    public final String label;
    /** x values (line, scatter); null for a heatmap. */
    public final double[] x;
    /** y values (line, scatter); row-major values for a heatmap. */
    public final double[] y;
    /** rows and columns of a heatmap; empty otherwise. */
    public final List<Integer> shape;

    public Plot(String kind, String title, String label, double[] x, double[] y, List<Integer> shape) {
        this.kind = kind;
        this.title = title;
        this.label = label;
        this.x = x;
        this.y = y;
        this.shape = Collections.unmodifiableList(shape);
    }
}
