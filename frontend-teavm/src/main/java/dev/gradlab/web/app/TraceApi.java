package dev.gradlab.web.app;

import dev.gradlab.core.json.TraceJson;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Traces;
import dev.gradlab.core.tensor.MathException;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;

import java.util.Collections;
import java.util.Map;

/**
 * {@code window.gradlab.trace}: the browser's twin of {@code POST /api/autodiff/trace}, computed by
 * shared-core. Plain Java (tested on the JVM); it never throws.
 */
public final class TraceApi {
    private TraceApi() {
    }

    /**
     * {@link TraceJson#write} of the trace of {@code source} with {@code inputsJson} (a JSON object,
     * null or blank for none) and the output named {@code output} (null or blank: the last
     * assignment); {@link TraceJson#writeError} on any failure. Malformed inputs give code
     * "input"; a shape or math error escaping the language layer gives "shape" or "value"; anything
     * else "internal". Such errors have line 1, column 1.
     */
    public static String trace(String source, String inputsJson, String output) {
        try {
            Map<String, Tensor> inputs;
            try {
                inputs = inputsJson == null || inputsJson.trim().isEmpty()
                        ? Collections.emptyMap() : TraceJson.parseInputs(inputsJson);
            } catch (IllegalArgumentException e) {
                return error("input", e.getMessage());
            }
            String out = output == null || output.trim().isEmpty() ? null : output.trim();
            return TraceJson.write(Traces.run(source == null ? "" : source, inputs, out));
        } catch (LangException e) {
            return TraceJson.writeError(e);
        } catch (ShapeException e) {
            return error("shape", e.getMessage());
        } catch (MathException e) {
            return error("value", e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return error("internal", String.valueOf(e.getMessage()));
        }
    }

    private static String error(String code, String message) {
        return TraceJson.writeError(new LangException(code, message, 1, 1, null));
    }
}
