package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A JavaScript function of no arguments answering a string. */
@JSFunctor
public interface TextFunction extends JSObject {
    String get();
}
