package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A callback with one string (event data, a file's text). */
@JSFunctor
public interface TextAction extends JSObject {
    void take(String text);
}
