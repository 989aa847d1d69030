package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A wheel (factor, x, y) or a drag (dx, dy, 0) on the stepper's graph. */
@JSFunctor
public interface ViewAction extends JSObject {
    void at(double a, double b, double c);
}
