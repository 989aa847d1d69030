package dev.gradlab.web.dom;

import org.teavm.jso.JSBody;

/**
 * The page, reached by element id: the whole JavaScript surface of the app. Each method is a few
 * lines of JavaScript, so the JS and WebAssembly GC builds behave alike; a missing element is
 * ignored (reads give null).
 *
 * <p>Local variables in these scripts have long "gl…" names on purpose: the minifier renames the
 * parameters to short names, and a short local such as {@code e} could shadow one of them.
 */
public final class Dom {
    private Dom() {
    }

    @JSBody(params = "id", script = "var glElement = document.getElementById(id);"
            + " return glElement ? String(glElement.value) : null;")
    public static native String value(String id);

    @JSBody(params = {"id", "v"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.value = v;")
    public static native void setValue(String id, String v);

    @JSBody(params = {"id", "html"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.innerHTML = html;")
    public static native void setHtml(String id, String html);

    @JSBody(params = {"id", "text"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.textContent = text;")
    public static native void setText(String id, String text);

    /** Replaces the first element matching {@code selector} (inside an SVG too) by {@code html}. */
    @JSBody(params = {"selector", "html"}, script = "var glItem = document.querySelector(selector);"
            + " if (glItem) glItem.outerHTML = html;")
    public static native void replace(String selector, String html);

    /** Sets attribute {@code name}, or removes it when {@code v} is null. */
    @JSBody(params = {"id", "name", "v"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) { if (v === null || v === undefined) glElement.removeAttribute(name);"
            + " else glElement.setAttribute(name, v); }")
    public static native void setAttr(String id, String name, String v);

    /** Attribute {@code name} of element {@code id}, or null when either is missing. */
    @JSBody(params = {"id", "name"}, script = "var glElement = document.getElementById(id);"
            + " var glV = glElement ? glElement.getAttribute(name) : null; return glV === null ? null : String(glV);")
    public static native String attr(String id, String name);

    @JSBody(params = {"id", "a"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.addEventListener('click', function() { a(); });")
    public static native void onClick(String id, Action a);

    @JSBody(params = {"id", "a"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.addEventListener('input', function() { a(); });")
    public static native void onInput(String id, Action a);

    /** Input events of the fields inside element {@code id}, by the field's name. */
    @JSBody(params = {"id", "a"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.addEventListener('input', function(glEvent) {"
            + " var glTarget = glEvent.target;"
            + " if (glTarget && glTarget.name) a(String(glTarget.name), String(glTarget.value)); });")
    public static native void onFieldInput(String id, FieldAction a);

    /** Enter in a text field inside element {@code id}. */
    @JSBody(params = {"id", "a"}, script = "var glElement = document.getElementById(id);"
            + " if (glElement) glElement.addEventListener('keydown', function(glEvent) {"
            + " if (glEvent.key === 'Enter' && glEvent.target && glEvent.target.tagName === 'INPUT') {"
            + " glEvent.preventDefault(); a(); } });")
    public static native void onEnter(String id, Action a);

    /**
     * ArrowLeft/ArrowRight (and Home/End) pressed while the focus is not in a text field and no
     * modifier is held; the default action is prevented when {@code a} handles the key. Radio
     * buttons and sliders keep their own arrow keys when {@code controlsKeepArrows}.
     */
    @JSBody(params = {"controlsKeepArrows", "a"}, script = "document.addEventListener('keydown', function(glEvent) {"
            + " if (glEvent.altKey || glEvent.ctrlKey || glEvent.metaKey || glEvent.shiftKey"
            + " || glEvent.defaultPrevented) return;"
            + " if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].indexOf(glEvent.key) < 0) return;"
            + " var glPass = controlsKeepArrows ? ['button', 'checkbox', 'submit', 'reset']"
            + " : ['button', 'checkbox', 'radio', 'submit', 'reset', 'range'];"
            + " var glFocus = document.activeElement;"
            + " if (glFocus && (glFocus.isContentEditable || glFocus.tagName === 'TEXTAREA'"
            + " || glFocus.tagName === 'SELECT' || (glFocus.tagName === 'INPUT'"
            + " && glPass.indexOf(glFocus.type) < 0))) return;"
            + " if (a(glEvent.key)) glEvent.preventDefault(); });")
    public static native void onArrowKeys(boolean controlsKeepArrows, KeyAction a);

    /** The stepper's keys: arrows step even when a radio button or slider has the focus. */
    public static void onStepKeys(KeyAction a) {
        onArrowKeys(false, a);
    }

    /**
     * Scrolls the scrollable box {@code boxSelector} (not the page) so that the element matching
     * {@code selector} is inside it.
     */
    @JSBody(params = {"boxSelector", "selector"}, script = "var glBox = document.querySelector(boxSelector);"
            + " var glItem = document.querySelector(selector); if (!glBox || !glItem) return;"
            + " var glOuter = glBox.getBoundingClientRect(), glInner = glItem.getBoundingClientRect();"
            + " if (glInner.left < glOuter.left) glBox.scrollLeft -= glOuter.left - glInner.left + 16;"
            + " else if (glInner.right > glOuter.right) glBox.scrollLeft +="
            + " Math.min(glInner.right - glOuter.right + 16, glInner.left - glOuter.left);"
            + " if (glInner.top < glOuter.top) glBox.scrollTop -= glOuter.top - glInner.top + 16;"
            + " else if (glInner.bottom > glOuter.bottom) glBox.scrollTop +="
            + " Math.min(glInner.bottom - glOuter.bottom + 16, glInner.top - glOuter.top);")
    public static native void reveal(String boxSelector, String selector);

    /**
     * Hands the page's API to the loader (loader.js), which publishes {@code window.gradlab} once
     * main has returned.
     */
    @JSBody(params = {"trace", "selftest", "ejmlCheck"},
            script = "window.gradlabJava = {trace: trace, selftest: selftest, ejmlCheck: ejmlCheck};")
    public static native void publish(TraceFunction trace, TextFunction selftest, TextFunction ejmlCheck);
}
