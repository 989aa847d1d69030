package dev.gradlab.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Server-Sent Events through the browser's {@code EventSource}: named {@code progress} and
 * {@code done} events, each with its JSON data. The browser reconnects by itself after a dropped
 * connection; {@link #close} ends the stream.
 */
public final class Events {
    private Events() {
    }

    /**
     * Opens {@code url}; {@code progress} gets each progress event's data, {@code done} the done
     * event's (the stream is then closed), {@code error} a lost connection (the browser retries;
     * the data is "closed" when it gave up).
     */
    @JSBody(params = {"url", "progress", "done", "error"}, script = "var glSource = new EventSource(url);"
            + " glSource.addEventListener('progress', function(glEvent) { progress(String(glEvent.data)); });"
            + " glSource.addEventListener('done', function(glEvent) { glSource.close(); done(String(glEvent.data)); });"
            + " glSource.onerror = function() { error(glSource.readyState === 2 ? 'closed' : 'reconnecting'); };"
            + " return glSource;")
    public static native JSObject open(String url, TextAction progress, TextAction done, TextAction error);

    @JSBody(params = "source", script = "if (source) source.close();")
    public static native void close(JSObject source);
}
