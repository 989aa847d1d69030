package dev.gradlab.web.view;

import dev.gradlab.core.json.TraceJson;
import dev.gradlab.core.lang.Traces;

/** Graphs the tests step through, built by shared-core exactly as the page builds them. */
final class Fixtures {
    static final String DEFAULT_SOURCE = "f = 0.5*exp(x1 + x2^2) - x3*x4^2";
    static final String DEFAULT_INPUTS = "{\"x1\": -1, \"x2\": 2, \"x3\": 4, \"x4\": -3}";

    private Fixtures() {
    }

    /** The page's default program: 14 nodes, 7 forward and 11 backward steps. */
    static GraphView defaultGraph() {
        return graph(DEFAULT_SOURCE, DEFAULT_INPUTS);
    }

    static GraphView graph(String source, String inputsJson) {
        return GraphView.of(Traces.run(source, TraceJson.parseInputs(inputsJson), null));
    }
}
