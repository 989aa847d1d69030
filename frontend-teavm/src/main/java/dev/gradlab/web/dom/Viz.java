package dev.gradlab.web.dom;

import org.teavm.jso.JSBody;

/**
 * The page surface of the attention stepper and the optimizer playground: delegated control and
 * heatmap events, painting large heatmaps, the hash without a navigation, timers. Like {@link Dom},
 * every method is a few lines of JavaScript and a missing element is ignored.
 */
public final class Viz {
    private Viz() {
    }

    /**
     * Input events of the form controls inside element {@code id}: {@code a} gets the control's
     * name and value; a checkbox's value is "1" or "0", a radio button reports only when checked.
     */
    @JSBody(params = {"id", "a"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.addEventListener('input', function(glEvent) {"
            + " var glTarget = glEvent.target; if (!glTarget || !glTarget.name) return;"
            + " if (glTarget.type === 'checkbox') a(String(glTarget.name), glTarget.checked ? '1' : '0');"
            + " else if (glTarget.type !== 'radio' || glTarget.checked) a(String(glTarget.name), String(glTarget.value)); });")
    public static native void onControl(String id, FieldAction a);

    @JSBody(params = {"id", "checked"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.checked = checked;")
    public static native void setChecked(String id, boolean checked);

    /** Sets the hash without a navigation or a history entry (the path and the search stay). */
    @JSBody(params = "hash", script = "if (window.location.hash !== hash) history.replaceState(history.state, '',"
            + " window.location.pathname + window.location.search + hash);")
    public static native void replaceHash(String hash);

    /** Hands the painter its palette: 256 "#rrggbb" joined by commas. */
    @JSBody(params = "table", script = "window.glPalette = table.split(',').map(function(glHex) {"
            + " return [parseInt(glHex.substr(1, 2), 16), parseInt(glHex.substr(3, 2), 16), parseInt(glHex.substr(5, 2), 16)]; });")
    public static native void palette(String table);

    /**
     * Paints the {@code <canvas id>} of a heatmap (one pixel per cell): {@code codes} has one
     * character per cell, row-major, 0x100 + the palette level, 0x200 for a masked cell
     * (near-white), 0x201 for NaN.
     */
    @JSBody(params = {"id", "rows", "cols", "codes"}, script = "var glCanvas = document.getElementById(id);"
            + " if (!glCanvas || !window.glPalette || !glCanvas.getContext) return; var glContext = glCanvas.getContext('2d');"
            + " var glData = glContext.createImageData(cols, rows); var glPixels = glData.data, glPal = window.glPalette;"
            + " for (var glK = 0; glK < rows * cols; glK++) { var glCode = codes.charCodeAt(glK) - 256;"
            + " var glRgb = glCode < 256 ? glPal[glCode] : glCode === 256 ? [236, 236, 236] : [255, 0, 255];"
            + " glPixels[4 * glK] = glRgb[0]; glPixels[4 * glK + 1] = glRgb[1]; glPixels[4 * glK + 2] = glRgb[2];"
            + " glPixels[4 * glK + 3] = 255; }"
            + " glContext.putImageData(glData, 0, 0);")
    public static native void paint(String id, int rows, int cols, String codes);

    /**
     * Pointer moves and clicks over a heatmap ({@code svg.hm}) inside element {@code id}: {@code a}
     * gets the heatmap's id and the cell (row, column); focusing a heatmap's figure reports row and
     * column −1.
     */
    @JSBody(params = {"id", "a"}, script = "var glRoot = document.getElementById(id); if (!glRoot) return;"
            + " var glCell = function(glEvent) { var glSvg = glEvent.target && glEvent.target.closest"
            + " ? glEvent.target.closest('svg.hm') : null; if (!glSvg) return;"
            + " var glBox = glSvg.getBoundingClientRect(); if (glBox.width <= 0 || glBox.height <= 0) return;"
            + " var glRows = +glSvg.getAttribute('data-rows'), glCols = +glSvg.getAttribute('data-cols');"
            + " var glI = Math.floor((glEvent.clientY - glBox.top) / glBox.height * glRows);"
            + " var glJ = Math.floor((glEvent.clientX - glBox.left) / glBox.width * glCols);"
            + " if (glI < 0 || glJ < 0 || glI >= glRows || glJ >= glCols) return; a(String(glSvg.id), glI, glJ); };"
            + " glRoot.addEventListener('pointermove', glCell); glRoot.addEventListener('click', glCell);"
            + " glRoot.addEventListener('focusin', function(glEvent) { var glFig = glEvent.target;"
            + " if (glFig && glFig.classList && glFig.classList.contains('hm-fig'))"
            + " a(String(glFig.getAttribute('data-hm')), -1, -1); });")
    public static native void onCells(String id, CellAction a);

    /** Keys pressed on a focused heatmap figure inside element {@code id}; handled keys are prevented. */
    @JSBody(params = {"id", "a"}, script = "var glRoot = document.getElementById(id); if (!glRoot) return;"
            + " glRoot.addEventListener('keydown', function(glEvent) { var glFig = glEvent.target;"
            + " if (!glFig || !glFig.classList || !glFig.classList.contains('hm-fig')) return;"
            + " if (glEvent.altKey || glEvent.ctrlKey || glEvent.metaKey) return;"
            + " if (a(String(glFig.getAttribute('data-hm')), String(glEvent.key))) glEvent.preventDefault(); });")
    public static native void onCellKeys(String id, CellKeyAction a);

    /**
     * ArrowLeft/ArrowRight/Home/End on the page while the focus is on no field that uses them (text
     * fields, number fields, radio buttons, selects, sliders) and the key was not handled already.
     */
    public static void onPageKeys(KeyAction a) {
        Dom.onArrowKeys(true, a);
    }

    /** Scrolls element {@code id} into view if it is not (the nearest edge, no jump when visible). */
    @JSBody(params = "id", script = "var glElement = document.getElementById(id);"
            + " if (glElement && glElement.scrollIntoView) glElement.scrollIntoView({block: 'nearest', inline: 'nearest'});")
    public static native void scrollIntoView(String id);

    /** Calls {@code a} every {@code ms} milliseconds; returns the timer's id. */
    @JSBody(params = {"ms", "a"}, script = "return window.setInterval(function() { a(); }, ms);")
    public static native int every(int ms, Action a);

    @JSBody(params = "timer", script = "window.clearInterval(timer);")
    public static native void cancel(int timer);

    /** {@code textContent} and {@code data-*} of a readout in one call: attrs is "name=value" lines. */
    @JSBody(params = {"id", "text", "attrs"}, script = "var glElement = document.getElementById(id); if (!glElement) return;"
            + " glElement.textContent = text; attrs.split('\\n').forEach(function(glLine) { var glEq = glLine.indexOf('=');"
            + " if (glEq > 0) glElement.setAttribute(glLine.substring(0, glEq), glLine.substring(glEq + 1)); });")
    public static native void setTextAndData(String id, String text, String attrs);
}
