package dev.gradlab.core.jobs;

import dev.gradlab.core.json.JsonWriter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named series of numbers a job reports while it runs and plots when it is done, e.g. "epoch",
 * "train_loss", "validation_loss". Kept in insertion order; the arrays are copied in, so a job may
 * keep filling its own buffers after reporting.
 */
public final class Metrics {
    private final Map<String, double[]> series = new LinkedHashMap<>();

    /** An empty set of series. */
    public static Metrics empty() {
        return new Metrics();
    }

    /** Adds (or replaces) the series {@code name} with the first {@code length} values of {@code values}. */
    public Metrics put(String name, double[] values, int length) {
        double[] copy = new double[length];
        System.arraycopy(values, 0, copy, 0, length);
        series.put(name, copy);
        return this;
    }

    /** Adds (or replaces) the series {@code name} with a copy of {@code values}. */
    public Metrics put(String name, double[] values) {
        return put(name, values, values.length);
    }

    /** A copy (to report while the job keeps adding series to this one). */
    public Metrics copy() {
        Metrics c = new Metrics();
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            c.series.put(e.getKey(), e.getValue().clone());
        }
        return c;
    }

    /** The series by name (unmodifiable; do not change the arrays). */
    public Map<String, double[]> series() {
        return Collections.unmodifiableMap(series);
    }

    /** The series {@code name}, or null. */
    public double[] get(String name) {
        return series.get(name);
    }

    /** {@code {"name": [numbers], …}}; non-finite numbers as the strings "NaN", "Infinity", "-Infinity". */
    public String toJson() {
        return write(new JsonWriter()).toString();
    }

    /** Writes the object {@code {"name": [numbers], …}} to {@code w}. */
    public JsonWriter write(JsonWriter w) {
        w.beginObject();
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            w.name(e.getKey()).beginArray();
            for (double v : e.getValue()) {
                w.value(v);
            }
            w.endArray();
        }
        return w.endObject();
    }
}
