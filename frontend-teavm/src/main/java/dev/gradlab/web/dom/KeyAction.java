package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Called with a KeyboardEvent's {@code key}; returns whether it was handled. */
@JSFunctor
public interface KeyAction extends JSObject {
    boolean key(String key);
}
