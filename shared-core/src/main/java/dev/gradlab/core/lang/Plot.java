package dev.gradlab.core.lang;

import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.Collections;
import java.util.ArrayList;
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

    /** The plot a call of plot, scatter or heatmap asks for. @throws LangException for data of the wrong shape */
    static Plot from(Args a, String kind) {
        String title = a.keywordString("title");
        String label = a.keywordString("label");
        if (kind.equals("heatmap")) {
            Tensor m = a.node(0).value();
            if (m.rank() != 2) {
                throw a.error("shape", "heatmap needs a matrix, got shape " + Shape.str(m.shape()));
            }
            List<Integer> shape = new ArrayList<>();
            shape.add(m.dim(0));
            shape.add(m.dim(1));
            return new Plot(kind, title, label, null, m.toArray(), shape);
        }
        double[] y = Builtins.data(a.node(a.count() - 1));
        double[] x;
        if (a.count() == 2) {
            x = Builtins.data(a.node(0));
            if (x.length != y.length) {
                throw a.error("shape", kind + " needs x and y of the same length, got " + x.length + " and " + y.length);
            }
        } else {
            x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = i;
            }
        }
        return new Plot(kind, title, label, x, y, new ArrayList<>());
    }
}
