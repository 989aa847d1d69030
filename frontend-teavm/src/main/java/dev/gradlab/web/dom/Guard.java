package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Asked just before an asynchronous step takes effect: whether it still should. */
@JSFunctor
public interface Guard extends JSObject {
    boolean stillValid();
}
