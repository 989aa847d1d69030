package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A callback without arguments (click, input). */
@JSFunctor
public interface Action extends JSObject {
    void run();
}
