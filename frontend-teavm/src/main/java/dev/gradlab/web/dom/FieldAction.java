package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Called when a field named {@code name} now holds {@code value}. */
@JSFunctor
public interface FieldAction extends JSObject {
    void changed(String name, String value);
}
