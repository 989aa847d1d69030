package dev.gradlab.core.exercise;

import java.util.List;
import java.util.Map;

/** One variant of an exercise: its statement and parts with the parameters filled in. Immutable. */
public final class Variant {
    public final Exercise exercise;
    public final int number;
    public final String statement;
    public final List<Part> parts;
    /** The stepper the exercise opens ({@code kind: backprop} or {@code attention}), or null. */
    public final Map<String, Object> stepper;
    /** The parameter values: {@code Tensor}s or words. */
    public final Map<String, Object> params;

    Variant(Exercise exercise, int number, String statement, List<Part> parts, Map<String, Object> stepper,
            Map<String, Object> params) {
        this.exercise = exercise;
        this.number = number;
        this.statement = statement;
        this.parts = parts;
        this.stepper = stepper;
        this.params = params;
    }

    /** The part with this id, or null. */
    public Part part(String id) {
        for (Part p : parts) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        return null;
    }
}
