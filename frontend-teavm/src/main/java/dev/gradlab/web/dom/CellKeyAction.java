package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A key pressed on a focused heatmap: its id and the KeyboardEvent's {@code key}; returns whether it was handled. */
@JSFunctor
public interface CellKeyAction extends JSObject {
    boolean key(String id, String key);
}
