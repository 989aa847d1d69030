package dev.gradlab.web.dom;

import org.teavm.jso.JSBody;

/**
 * The page beyond single elements: the location hash, the title, focus, delegated events, KaTeX
 * and the code editor. KaTeX and CodeMirror are loaded on first use by {@code window.gradlabVendor}
 * (loader.js); until then math shows its TeX source and the editor is a plain text area.
 */
public final class Page {
    private Page() {
    }

    @JSBody(script = "return String(window.location.hash || '');")
    public static native String hash();

    @JSBody(params = "a", script = "window.addEventListener('hashchange', function() { a(); });")
    public static native void onHashChange(Action a);

    @JSBody(params = "title", script = "document.title = title;")
    public static native void setTitle(String title);

    /** Focuses element {@code id} without scrolling it into the middle of the page. */
    @JSBody(params = "id", script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.focus({preventScroll: false});")
    public static native void focus(String id);

    @JSBody(script = "window.scrollTo(0, 0);")
    public static native void scrollTop();

    /** {@code hidden} on element {@code id} when not {@code visible}. */
    @JSBody(params = {"id", "visible"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.hidden = !visible;")
    public static native void show(String id, boolean visible);

    /** Sets {@code aria-current="page"} on the nav link {@code id} only. */
    @JSBody(params = "id", script = "var glLinks = document.querySelectorAll('nav.site-nav a');"
            + " for (var glI = 0; glI < glLinks.length; glI++) { if (glLinks[glI].id === id)"
            + " glLinks[glI].setAttribute('aria-current', 'page'); else glLinks[glI].removeAttribute('aria-current'); }")
    public static native void markNav(String id);

    /** Renders with KaTeX every {@code [data-tex]} element inside element {@code id}. */
    @JSBody(params = "id", script = "var glRoot = document.getElementById(id); if (!glRoot || !window.gradlabVendor) return;"
            + " window.gradlabVendor.renderMath(glRoot);")
    public static native void renderMath(String id);

    /**
     * Turns text area {@code id} into a CodeMirror editor; every change is copied back to the text
     * area and reported to {@code a} as (name, value); Ctrl/Cmd+Enter calls {@code run}.
     */
    @JSBody(params = {"id", "a", "run"}, script = "var glArea = document.getElementById(id);"
            + " if (!glArea || !window.gradlabVendor) return; window.gradlabVendor.editor(glArea, function(glValue) {"
            + " a(String(glArea.name), String(glValue)); }, function() { run(); });")
    public static native void editor(String id, FieldAction a, Action run);

    /**
     * The text of text area {@code id}, read from its editor when it has one, after the editor has
     * taken in what was typed last (CodeMirror's contenteditable input reads the DOM with a short
     * delay; a click on Run may come sooner).
     */
    @JSBody(params = "id", script = "var glArea = document.getElementById(id); if (!glArea) return null;"
            + " var glCm = glArea.glEditor; if (!glCm) return String(glArea.value);"
            + " try { if (glCm.display.input.pollContent) glCm.display.input.pollContent(); } catch (glIgnored) {}"
            + " glCm.save(); return String(glCm.getValue());")
    public static native String code(String id);

    /** Sets the text of text area {@code id} and of its editor, if any. */
    @JSBody(params = {"id", "text"}, script = "var glArea = document.getElementById(id); if (!glArea) return;"
            + " glArea.value = text; if (glArea.glEditor) glArea.glEditor.setValue(text);")
    public static native void setCode(String id, String text);

    /** Puts the cursor of the editor (or text area) {@code id} on line {@code line}. */
    @JSBody(params = {"id", "line"}, script = "var glArea = document.getElementById(id); if (!glArea) return;"
            + " if (glArea.glEditor) { glArea.glEditor.setCursor({line: line - 1, ch: 0});"
            + " glArea.glEditor.addLineClass(line - 1, 'background', 'error-line'); }")
    public static native void markLine(String id, int line);

    /** Removes the error marks of the editor {@code id}. */
    @JSBody(params = "id", script = "var glArea = document.getElementById(id);"
            + " if (glArea && glArea.glEditor) { var glCm = glArea.glEditor;"
            + " glCm.eachLine(function(glLine) { glCm.removeLineClass(glLine, 'background', 'error-line'); }); }")
    public static native void clearLineMarks(String id);

    /**
     * Clicks on a {@code [data-action]} element inside element {@code id}: {@code a} gets the
     * action and the element's {@code data-part}.
     */
    @JSBody(params = {"id", "a"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.addEventListener('click', function(glEvent) {"
            + " var glTarget = glEvent.target && glEvent.target.closest ? glEvent.target.closest('[data-action]') : null;"
            + " if (glTarget && glElement.contains(glTarget)) { glEvent.preventDefault();"
            + " a(String(glTarget.getAttribute('data-action')), String(glTarget.getAttribute('data-part') || '')); } });")
    public static native void onAction(String id, FieldAction a);

    /** Submit of a form inside element {@code id} (Enter in a field, or a submit button), default prevented. */
    @JSBody(params = {"id", "a"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.addEventListener('submit', function(glEvent) { glEvent.preventDefault(); a(); });")
    public static native void onSubmit(String id, Action a);

    /** The value of the checked radio button inside element {@code id}, or null. */
    @JSBody(params = "id", script = "var glElement = document.getElementById(id);"
            + " var glChecked = glElement ? glElement.querySelector('input:checked') : null;"
            + " return glChecked ? String(glChecked.value) : null;")
    public static native String checkedValue(String id);

    /** Whether the element {@code id} exists. */
    @JSBody(params = "id", script = "return !!document.getElementById(id);")
    public static native boolean exists(String id);

    /** Disables or enables a button. */
    @JSBody(params = {"id", "disabled"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.disabled = disabled;")
    public static native void setDisabled(String id, boolean disabled);

    /** Marks the moment the current view is interactive ({@code performance.mark(name)}). */
    @JSBody(params = "name", script = "if (window.performance && performance.mark) { try { performance.mark(name); }"
            + " catch (glIgnored) {} }")
    public static native void mark(String name);
}
