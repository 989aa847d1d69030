package dev.gradlab.web.dom;

import org.teavm.jso.JSBody;

/** The browser's high-resolution clock. */
public final class Clock {
    private Clock() {
    }

    /** {@code performance.now()}: milliseconds with sub-millisecond resolution. */
    @JSBody(script = "return performance.now();")
    public static native double now();

    /**
     * Adds {@code attention} to the page's API ({@code window.gradlabJava}, published by the
     * loader as {@code window.gradlab.attentionWorkload}). Call after {@link Dom#publish}.
     */
    @JSBody(params = "attention", script = "if (window.gradlabJava) { window.gradlabJava.attention = attention; }")
    public static native void publishWorkload(WorkloadFunction attention);
}
