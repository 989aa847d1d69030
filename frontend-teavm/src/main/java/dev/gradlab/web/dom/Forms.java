package dev.gradlab.web.dom;

import org.teavm.jso.JSBody;

/** Form fields beyond text: selects, file inputs, and the named fields of a form. */
public final class Forms {
    private Forms() {
    }

    /** The {@code change} event of element {@code id} (a select, a file input). */
    @JSBody(params = {"id", "a"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.addEventListener('change', function() { a(); });")
    public static native void onChange(String id, Action a);

    /**
     * Reads the file chosen in file input {@code id} as UTF-8 text; {@code done} gets the text
     * (nothing happens when no file is chosen).
     */
    @JSBody(params = {"id", "done"}, script = "var glInput = document.getElementById(id);"
            + " var glFile = glInput && glInput.files && glInput.files[0]; if (!glFile) return;"
            + " var glReader = new FileReader(); glReader.onload = function() { done(String(glReader.result)); };"
            + " glReader.readAsText(glFile);")
    public static native void readFile(String id, TextAction done);

    /**
     * The fields named inside element {@code id} as a JSON object from name to value (text
     * fields, selects and text areas; unchecked radios and checkboxes are left out).
     */
    @JSBody(params = "id", script = "var glRoot = document.getElementById(id); var glOut = {};"
            + " if (glRoot) { var glFields = glRoot.querySelectorAll('input[name], select[name], textarea[name]');"
            + " for (var glI = 0; glI < glFields.length; glI++) { var glF = glFields[glI];"
            + " if ((glF.type === 'radio' || glF.type === 'checkbox') && !glF.checked) continue;"
            + " glOut[glF.name] = String(glF.value); } } return JSON.stringify(glOut);")
    public static native String values(String id);

    /** Sets the text content of every element matching {@code selector}. */
    @JSBody(params = {"selector", "text"}, script = "var glItems = document.querySelectorAll(selector);"
            + " for (var glI = 0; glI < glItems.length; glI++) glItems[glI].textContent = text;")
    public static native void setTextAll(String selector, String text);
}
