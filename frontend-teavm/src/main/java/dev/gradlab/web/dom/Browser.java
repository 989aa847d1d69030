package dev.gradlab.web.dom;

import org.teavm.jso.JSBody;

/** The browser around the page: connectivity events, timers and random ids. */
public final class Browser {
    private Browser() {
    }

    /** {@code navigator.onLine}: false when the browser knows it has no network at all. */
    @JSBody(script = "return navigator.onLine !== false;")
    public static native boolean online();

    /** The window's {@code online} and {@code offline} events. */
    @JSBody(params = {"online", "offline"}, script = "window.addEventListener('online', function() { online(); });"
            + " window.addEventListener('offline', function() { offline(); });")
    public static native void onConnectivity(Action online, Action offline);

    /** Calls {@code a} once after {@code millis}; answers the timer's id. */
    @JSBody(params = {"a", "millis"}, script = "return setTimeout(function() { a(); }, millis);")
    public static native int later(Action a, int millis);

    @JSBody(params = "id", script = "clearTimeout(id);")
    public static native void cancel(int id);

    /** A random id of 32 hex digits (crypto.getRandomValues), for client attempt ids. */
    @JSBody(script = "var glBytes = new Uint8Array(16); (window.crypto || window.msCrypto).getRandomValues(glBytes);"
            + " var glHex = ''; for (var glI = 0; glI < 16; glI++) glHex += (glBytes[glI] + 256).toString(16).slice(1);"
            + " return glHex;")
    public static native String randomId();

    /**
     * Makes sure this browser has a {@code gradlab_anon} cookie (a random id, kept a year): the
     * server keeps the jobs of a visitor who is not logged in apart from other visitors' by it.
     */
    @JSBody(params = "fresh", script = "if (!/(^|;\\s*)gradlab_anon=[0-9a-f]{32}(;|$)/.test(document.cookie)) {"
            + " document.cookie = 'gradlab_anon=' + fresh + '; path=/; max-age=31536000; samesite=lax'; }")
    public static native void ensureAnonymousId(String fresh);

    /** Milliseconds since the epoch. */
    @JSBody(script = "return Date.now();")
    public static native double now();

    /** The page's location without the hash, e.g. {@code http://localhost:7070/}. */
    @JSBody(script = "return String(window.location.href.split('#')[0]);")
    public static native String base();

    /** Sets the location hash (a navigation, recorded in the history). */
    @JSBody(params = "hash", script = "window.location.hash = hash;")
    public static native void go(String hash);
}
