package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** {@code window.gradlab.trace(source, inputsJson, outputOrNull)}, answering JSON. */
@JSFunctor
public interface TraceFunction extends JSObject {
    String trace(String source, String inputsJson, String output);
}
