package dev.gradlab.web.dom;

import org.teavm.jso.JSBody;

/** HTTP requests to the GradLab server, by {@code fetch}, with paths relative to the page. */
public final class Net {
    private Net() {
    }

    /** GET {@code url}; {@code done} gets the status and the body (status 0 and the reason on a network failure). */
    @JSBody(params = {"url", "done"}, script = "fetch(url, {headers: {'Accept': 'application/json'}})"
            + ".then(function(glResponse) { return glResponse.text().then(function(glText) {"
            + " done(glResponse.status, glText); }); })"
            + ".catch(function(glError) { done(0, String((glError && glError.message) || glError)); });")
    public static native void get(String url, HttpDone done);

    /** POST {@code json} to {@code url}. */
    @JSBody(params = {"url", "json", "done"}, script = "fetch(url, {method: 'POST',"
            + " headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}, body: json})"
            + ".then(function(glResponse) { return glResponse.text().then(function(glText) {"
            + " done(glResponse.status, glText); }); })"
            + ".catch(function(glError) { done(0, String((glError && glError.message) || glError)); });")
    public static native void post(String url, String json, HttpDone done);
}
