package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A JavaScript function (n, d, reps) answering a JSON string: a timed workload. */
@JSFunctor
public interface WorkloadFunction extends JSObject {
    String run(int n, int d, int reps);
}
