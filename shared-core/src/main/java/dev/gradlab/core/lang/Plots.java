package dev.gradlab.core.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The plots a program drew, in order, within their budget: at most {@value #MAX_PLOTS} plots
 * holding at most {@value #MAX_VALUES} numbers in all. A plot copies its data, so without this a
 * loop that plots a large tensor at every step would fill the memory.
 */
final class Plots {
    static final int MAX_PLOTS = 50;
    static final long MAX_VALUES = 1_000_000;

    private final List<Plot> list = new ArrayList<>();
    private long values;

    /**
     * Adds the plot {@code a} asks for (a call of plot, scatter or heatmap).
     *
     * @throws BudgetException "plots" when this plot would go beyond either limit; nothing is added
     * @throws LangException for data of the wrong shape or type
     */
    void add(Args a, String kind) {
        if (list.size() >= MAX_PLOTS) {
            throw new BudgetException("plots", "the program drew more than " + MAX_PLOTS + " plots", a.at.line,
                    a.at.column, "draw once after the loop, not at every step");
        }
        long n = 0;
        for (int i = 0; i < a.count(); i++) {
            n += a.node(i).value().size();
        }
        if (values + n > MAX_VALUES) {
            throw new BudgetException("plots", "the program's plots hold more than " + MAX_VALUES + " numbers",
                    a.at.line, a.at.column, "plot fewer points, for example every 10th value with x[::10]");
        }
        list.add(Plot.from(a, kind));
        values += n;
    }

    List<Plot> list() {
        return Collections.unmodifiableList(list);
    }
}
