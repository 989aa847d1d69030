package dev.gradlab.web.dom;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A heatmap cell was pointed at: the heatmap's id and the cell (−1, −1 when the heatmap got the focus). */
@JSFunctor
public interface CellAction extends JSObject {
    void cell(String id, int row, int col);
}
