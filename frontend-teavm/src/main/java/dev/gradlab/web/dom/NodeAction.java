package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A graph node chosen by click, Enter or Space (its data-id). */
@JSFunctor
public interface NodeAction extends JSObject {
    void node(int id);
}
