package dev.gradlab.web.dom;

import org.teavm.jso.JSBody;

/**
 * The browser's {@code localStorage}, which survives reloads and restarts. Every access is guarded:
 * where storage is unavailable (private modes, a full quota) reads give null and writes do nothing.
 */
public final class Store {
    private Store() {
    }

    @JSBody(params = "key", script = "try { var glV = window.localStorage.getItem(key);"
            + " return glV === null ? null : String(glV); } catch (glIgnored) { return null; }")
    public static native String get(String key);

    /** Stores {@code value}, or removes the key when it is null; false when the browser refused. */
    @JSBody(params = {"key", "value"}, script = "try { if (value === null || value === undefined)"
            + " window.localStorage.removeItem(key); else window.localStorage.setItem(key, value); return true; }"
            + " catch (glIgnored) { return false; }")
    public static native boolean set(String key, String value);

    /** The cached exercises belong to this generation; each {@link #forgetCachedExercises} starts a new one. */
    private static int generation;

    /**
     * Removes the exercise documents ({@code api/exercises/ID}) the service worker keeps (cache
     * {@code gradlab-v1}, see sw.js): they hold the variant of the user who fetched them, so
     * another user must not get them offline. The list and the app files stay. First starts a new
     * {@link #cacheGeneration()}, so a document still being fetched for the old one is not kept.
     * {@code done} runs once they are gone (at once where there is no cache, and also when the
     * cache failed).
     */
    public static void forgetCachedExercises(Action done) {
        generation++;
        deleteCachedExercises(done);
    }

    @JSBody(params = "done", script = "if (!window.caches) { done(); return; }"
            + " caches.open('gradlab-v1').then(function(glCache) {"
            + " return glCache.keys().then(function(glKeys) { return Promise.all(glKeys.filter(function(glKey) {"
            + " return /\\/api\\/exercises\\/[^\\/]+$/.test(new URL(glKey.url).pathname); })"
            + ".map(function(glKey) { return glCache.delete(glKey); })); }); })"
            + ".catch(function() {}).then(function() { done(); });")
    private static native void deleteCachedExercises(Action done);

    /** The generation of the cached exercises: a document fetched for an older one must not be kept. */
    public static int cacheGeneration() {
        return generation;
    }

    /**
     * Fetches the exercise document {@code url} past the service worker (header
     * {@code X-GradLab-Prefetch}, which sw.js leaves alone) and puts it in the service worker's
     * cache, unless {@code current} says no just before the put (the user changed meanwhile).
     * {@code done} runs in every case, also when the fetch failed.
     */
    @JSBody(params = {"url", "current", "done"}, script = "if (!window.caches || !window.fetch) { done(); return; }"
            + " fetch(url, {credentials: 'same-origin', headers: {'X-GradLab-Prefetch': '1'}}).then(function(glR) {"
            + " if (!glR.ok || !current()) return null;"
            + " return glR.blob().then(function(glBody) { return caches.open('gradlab-v1').then(function(glCache) {"
            + " if (!current()) return null;"
            + " return glCache.put(url, new Response(glBody, {status: 200, headers: {'Content-Type':"
            + " glR.headers.get('Content-Type') || 'application/json'}})); }); }); })"
            + ".catch(function() {}).then(function() { done(); });")
    public static native void keepExercise(String url, Guard current, Action done);

    /**
     * The ids of the exercise documents the service worker keeps, space-separated with a space at
     * each end (" a b "), to {@code done}; " " where there is no cache.
     */
    @JSBody(params = "done", script = "if (!window.caches) { done(' '); return; }"
            + " caches.open('gradlab-v1').then(function(glCache) { return glCache.keys(); }).then(function(glKeys) {"
            + " var glIds = []; glKeys.forEach(function(glKey) {"
            + " var glM = /\\/api\\/exercises\\/([^\\/]+)$/.exec(new URL(glKey.url).pathname);"
            + " if (glM) glIds.push(decodeURIComponent(glM[1])); });"
            + " done(' ' + glIds.join(' ') + ' '); }).catch(function() { done(' '); });")
    public static native void cachedExercises(TextAction done);
}
