package dev.gradlab.web.dom;

import org.teavm.jso.JSBody;

/**
 * The backprop stepper's graph window: wheel zoom, drag pan, node choice, zoom keys and its size.
 * Each method is a few lines of JavaScript (see {@link Dom} on the long local names).
 */
public final class GraphDom {
    private GraphDom() {
    }

    /**
     * Wheel over element {@code id}: {@code a(factor, x, y)} with x, y relative to the element; the
     * page does not scroll.
     */
    @JSBody(params = {"id", "a"}, script = "var glElement = document.getElementById(id); if (!glElement) return;"
            + " glElement.addEventListener('wheel', function(glEvent) { glEvent.preventDefault();"
            + " var glRect = glElement.getBoundingClientRect();"
            + " var glDelta = glEvent.deltaMode === 1 ? glEvent.deltaY * 16 : glEvent.deltaY;"
            + " a(Math.exp(-glDelta * 0.0015), glEvent.clientX - glRect.left, glEvent.clientY - glRect.top); },"
            + " {passive: false});")
    public static native void onWheel(String id, ViewAction a);

    /**
     * Drag with the primary button (or a finger) on element {@code id}: {@code drag(dx, dy, 0)} per
     * move once it has moved 4 px; a press that did not move and was on a {@code g.node} is a click:
     * {@code pick(data-id)}. Enter or Space on a focused node picks it too.
     */
    @JSBody(params = {"id", "drag", "pick"}, script = "var glElement = document.getElementById(id); if (!glElement) return;"
            + " var glDown = null;"
            + " glElement.addEventListener('pointerdown', function(glEvent) { if (glEvent.button !== 0) return;"
            + " glDown = {x: glEvent.clientX, y: glEvent.clientY, moved: false, pid: glEvent.pointerId}; });"
            + " glElement.addEventListener('pointermove', function(glEvent) { if (!glDown) return;"
            + " var glDx = glEvent.clientX - glDown.x, glDy = glEvent.clientY - glDown.y;"
            + " if (!glDown.moved && Math.abs(glDx) + Math.abs(glDy) < 4) return;"
            + " if (!glDown.moved) { glDown.moved = true; glElement.classList.add('dragging');"
            + " try { glElement.setPointerCapture(glDown.pid); } catch (glIgnored) {} }"
            + " glDown.x = glEvent.clientX; glDown.y = glEvent.clientY; drag(glDx, glDy, 0); });"
            + " var glUp = function(glEvent) { if (!glDown) return; var glWas = glDown; glDown = null;"
            + " glElement.classList.remove('dragging');"
            + " if (!glWas.moved && glEvent.type === 'pointerup') { var glNode = glEvent.target.closest"
            + " && glEvent.target.closest('g.node');"
            + " if (glNode) pick(parseInt(glNode.getAttribute('data-id'), 10)); } };"
            + " glElement.addEventListener('pointerup', glUp); glElement.addEventListener('pointercancel', glUp);"
            + " glElement.addEventListener('keydown', function(glEvent) {"
            + " if (glEvent.key !== 'Enter' && glEvent.key !== ' ') return;"
            + " var glNode = glEvent.target.closest && glEvent.target.closest('g.node'); if (!glNode) return;"
            + " glEvent.preventDefault(); pick(parseInt(glNode.getAttribute('data-id'), 10)); });")
    public static native void onDragAndPick(String id, ViewAction drag, NodeAction pick);

    /**
     * Keys for the graph window while the focus is not in a text field: + (or =), −, 0 without a
     * modifier, and Shift with an arrow key; {@code a(key)} answers whether it handled the key, e.g.
     * "+", "-", "0", "Shift+ArrowLeft".
     */
    @JSBody(params = "a", script = "document.addEventListener('keydown', function(glEvent) {"
            + " if (glEvent.altKey || glEvent.ctrlKey || glEvent.metaKey || glEvent.defaultPrevented) return;"
            + " var glKey = glEvent.key;"
            + " if (glEvent.shiftKey && glKey.indexOf('Arrow') === 0) glKey = 'Shift+' + glKey;"
            + " else if (['+', '=', '-', '0'].indexOf(glKey) < 0) return;"
            + " var glFocus = document.activeElement;"
            + " if (glFocus && (glFocus.isContentEditable || glFocus.tagName === 'TEXTAREA'"
            + " || glFocus.tagName === 'SELECT' || (glFocus.tagName === 'INPUT'"
            + " && ['button', 'checkbox', 'radio', 'submit', 'reset', 'range'].indexOf(glFocus.type) < 0))) return;"
            + " if (a(glKey)) glEvent.preventDefault(); });")
    public static native void onViewKeys(KeyAction a);

    /** The inner width of element {@code id} in px (0 when missing or hidden). */
    @JSBody(params = "id", script = "var glElement = document.getElementById(id);"
            + " return glElement ? glElement.clientWidth : 0;")
    public static native double width(String id);

    /** The viewport's height in px. */
    @JSBody(script = "return window.innerHeight || 800;")
    public static native double windowHeight();

    /** Calls {@code a} after the window was resized. */
    @JSBody(params = "a", script = "window.addEventListener('resize', function() { a(); });")
    public static native void onResize(Action a);

    /** Moves the focus to element {@code id}. */
    @JSBody(params = "id", script = "var glElement = document.getElementById(id); if (glElement) glElement.focus();")
    public static native void focus(String id);

    /** Whether checkbox {@code id} is checked. */
    @JSBody(params = "id", script = "var glElement = document.getElementById(id); return !!(glElement && glElement.checked);")
    public static native boolean checked(String id);

    @JSBody(params = {"id", "on"}, script = "var glElement = document.getElementById(id); if (glElement) glElement.checked = on;")
    public static native void setChecked(String id, boolean on);

    /** Adds ({@code on}) or removes class {@code cls} on the first element matching {@code selector}. */
    @JSBody(params = {"selector", "cls", "on"}, script = "var glItem = document.querySelector(selector);"
            + " if (glItem) glItem.classList.toggle(cls, on);")
    public static native void toggleClass(String selector, String cls, boolean on);

    /** The {@code data-id} of the node ({@code g.node}) of svg {@code id} that has the focus, or −1. */
    @JSBody(params = "id", script = "var glSvg = document.getElementById(id); var glFocus = document.activeElement;"
            + " if (!glSvg || !glFocus || !glSvg.contains(glFocus) || !glFocus.matches('g.node')) return -1;"
            + " return parseInt(glFocus.getAttribute('data-id'), 10);")
    public static native int focusedNode(String id);

    /** The {@code data-id} of the node of svg {@code id} that is the Tab stop ({@code tabindex="0"}), or −1. */
    @JSBody(params = "id", script = "var glSvg = document.getElementById(id);"
            + " var glStop = glSvg && glSvg.querySelector('g.node[tabindex=\"0\"]');"
            + " return glStop ? parseInt(glStop.getAttribute('data-id'), 10) : -1;")
    public static native int tabStop(String id);

    /**
     * Makes node {@code nodeId} of svg {@code id} (the first node when it has no such node) the
     * graph's one Tab stop, {@code tabindex="0"}; every other node keeps {@code tabindex="-1"}.
     * Focuses it when {@code focus} is true.
     */
    @JSBody(params = {"id", "nodeId", "focus"}, script = "var glSvg = document.getElementById(id); if (!glSvg) return;"
            + " var glOld = glSvg.querySelectorAll('g.node[tabindex=\"0\"]');"
            + " for (var glI = 0; glI < glOld.length; glI++) glOld[glI].setAttribute('tabindex', '-1');"
            + " var glPick = glSvg.querySelector('g.node[data-id=\"' + nodeId + '\"]') || glSvg.querySelector('g.node');"
            + " if (!glPick) return; glPick.setAttribute('tabindex', '0'); if (focus) glPick.focus({preventScroll: true});")
    public static native void setTabStop(String id, int nodeId, boolean focus);

    /**
     * ArrowUp and ArrowDown on a focused node of svg {@code id} move the focus, and the Tab stop, to
     * the previous or next node (in the order of the computation); {@code moved} gets its id.
     */
    @JSBody(params = {"id", "moved"}, script = "var glSvg = document.getElementById(id); if (!glSvg) return;"
            + " glSvg.addEventListener('keydown', function(glEvent) {"
            + " if (glEvent.altKey || glEvent.ctrlKey || glEvent.metaKey || glEvent.shiftKey) return;"
            + " if (glEvent.key !== 'ArrowUp' && glEvent.key !== 'ArrowDown') return;"
            + " var glNode = glEvent.target.closest && glEvent.target.closest('g.node'); if (!glNode) return;"
            + " var glNodes = Array.prototype.slice.call(glSvg.querySelectorAll('g.node'));"
            + " var glNext = glNodes[glNodes.indexOf(glNode) + (glEvent.key === 'ArrowDown' ? 1 : -1)];"
            + " glEvent.preventDefault(); if (!glNext) return;"
            + " glNode.setAttribute('tabindex', '-1'); glNext.setAttribute('tabindex', '0');"
            + " glNext.focus({preventScroll: true}); moved(parseInt(glNext.getAttribute('data-id'), 10)); });")
    public static native void onNodeArrows(String id, NodeAction moved);
}
