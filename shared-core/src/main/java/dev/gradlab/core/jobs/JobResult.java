package dev.gradlab.core.jobs;

import dev.gradlab.core.json.JsonWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a finished job keeps, as one JSON document:
 * <pre>
 * {"summary": {"final_loss": 0.31, …},
 *  "series": {"epoch": [1, 2, …], "train_loss": […], …},
 *  "plots": [{"title", "x": "epoch", "y": ["train_loss", …], "xLabel", "yLabel", "logX", "logY"}],
 *  "notes": ["…"]}
 * </pre>
 * Plots name series, so a client draws them without knowing the kind. The {@code program} kind
 * keeps its run's JSON instead ({@link #ofJson}).
 */
public final class JobResult {
    private final Map<String, Double> summary = new LinkedHashMap<>();
    private final Metrics series = Metrics.empty();
    private final List<String[]> plots = new ArrayList<>();
    private final List<boolean[]> plotScales = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String json;

    /** An empty result to fill. */
    public static JobResult create() {
        return new JobResult();
    }

    /** A result that is this JSON document as it is. */
    public static JobResult ofJson(String json) {
        JobResult r = new JobResult();
        r.json = json;
        return r;
    }

    /** A headline number. */
    public JobResult summary(String name, double value) {
        summary.put(name, value);
        return this;
    }

    /** Copies every series of {@code metrics}. */
    public JobResult series(Metrics metrics) {
        for (Map.Entry<String, double[]> e : metrics.series().entrySet()) {
            series.put(e.getKey(), e.getValue());
        }
        return this;
    }

    /** One series. */
    public JobResult series(String name, double[] values) {
        series.put(name, values);
        return this;
    }

    /**
     * A line plot of the series {@code ys} against the series {@code x}.
     *
     * @throws IllegalArgumentException if a named series does not exist (a programming error)
     */
    public JobResult plot(String title, String x, String xLabel, String yLabel, boolean logX, boolean logY,
            String... ys) {
        List<String> names = new ArrayList<>();
        names.add(x);
        for (String y : ys) {
            names.add(y);
        }
        for (String n : names) {
            if (series.get(n) == null) {
                throw new IllegalArgumentException("no series \"" + n + "\" to plot");
            }
        }
        String[] p = new String[ys.length + 4];
        p[0] = title;
        p[1] = x;
        p[2] = xLabel;
        p[3] = yLabel;
        System.arraycopy(ys, 0, p, 4, ys.length);
        plots.add(p);
        plotScales.add(new boolean[] {logX, logY});
        return this;
    }

    /** A sentence for the reader (what to look for in the plots). */
    public JobResult note(String text) {
        notes.add(text);
        return this;
    }

    /** The summary value {@code name}, or NaN. */
    public double summary(String name) {
        Double v = summary.get(name);
        return v == null ? Double.NaN : v;
    }

    /** The series {@code name}, or null. */
    public double[] series(String name) {
        return series.get(name);
    }

    /** The JSON document. */
    public String toJson() {
        if (json != null) {
            return json;
        }
        JsonWriter w = new JsonWriter().beginObject();
        w.name("summary").beginObject();
        for (Map.Entry<String, Double> e : summary.entrySet()) {
            w.name(e.getKey()).value(e.getValue());
        }
        w.endObject();
        w.name("series");
        series.write(w);
        w.name("plots").beginArray();
        for (int i = 0; i < plots.size(); i++) {
            String[] p = plots.get(i);
            w.beginObject().name("title").value(p[0]).name("x").value(p[1]);
            w.name("y").beginArray();
            for (int k = 4; k < p.length; k++) {
                w.value(p[k]);
            }
            w.endArray();
            w.name("xLabel").value(p[2]).name("yLabel").value(p[3]);
            w.name("logX").value(plotScales.get(i)[0]).name("logY").value(plotScales.get(i)[1]);
            w.endObject();
        }
        w.endArray();
        w.name("notes").beginArray();
        for (String n : notes) {
            w.value(n);
        }
        w.endArray();
        return w.endObject().toString();
    }
}
