package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The end of an HTTP request: the status (0 when the network failed) and the body as text. */
@JSFunctor
public interface HttpDone extends JSObject {
    void done(int status, String body);
}
