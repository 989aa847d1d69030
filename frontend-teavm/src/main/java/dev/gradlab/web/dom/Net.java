package dev.gradlab.web.dom;

import org.teavm.jso.JSBody;

/**
 * HTTP requests to the GradLab server, by {@code fetch}, with paths relative to the page. The
 * session cookie goes along by itself (same origin); every state-changing request (POST, DELETE)
 * carries {@code X-CSRF-Token} once {@link #setCsrfToken} has been given the session's token.
 */
public final class Net {
    private static String csrfToken;

    private Net() {
    }

    /** The session's CSRF token (from the login answer or {@code GET /api/me}); null when logged out. */
    public static void setCsrfToken(String token) {
        csrfToken = token;
    }

    /** GET {@code url}; {@code done} gets the status and the body (status 0 and the reason on a network failure). */
    public static void get(String url, HttpDone done) {
        fetch("GET", url, null, null, null, "application/json", done);
    }

    /** GET {@code url} as text (CSV and such): {@code Accept: *}{@code /*}. */
    public static void getText(String url, HttpDone done) {
        fetch("GET", url, null, null, null, "*/*", done);
    }

    /** POST {@code json} to {@code url}. */
    public static void post(String url, String json, HttpDone done) {
        send("POST", url, json, "application/json", done);
    }

    /** DELETE {@code url}. */
    public static void delete(String url, HttpDone done) {
        send("DELETE", url, null, null, done);
    }

    /** A state-changing request with a body of {@code contentType} (null for none), with the CSRF header. */
    public static void send(String method, String url, String body, String contentType, HttpDone done) {
        fetch(method, url, body, contentType, csrfToken, "application/json", done);
    }

    @JSBody(params = {"method", "url", "body", "contentType", "csrf", "accept", "done"},
            script = "var glHeaders = {'Accept': accept}; if (contentType) glHeaders['Content-Type'] = contentType;"
            + " if (csrf) glHeaders['X-CSRF-Token'] = csrf;"
            + " var glInit = {method: method, headers: glHeaders, credentials: 'same-origin'};"
            + " if (body !== null && body !== undefined) glInit.body = body;"
            + " fetch(url, glInit)"
            + ".then(function(glResponse) { return glResponse.text().then(function(glText) {"
            + " done(glResponse.status, glText); }); })"
            + ".catch(function(glError) { done(0, String((glError && glError.message) || glError)); });")
    private static native void fetch(String method, String url, String body, String contentType, String csrf,
            String accept, HttpDone done);
}
