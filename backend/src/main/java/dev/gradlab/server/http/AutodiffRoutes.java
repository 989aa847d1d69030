package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.json.TraceJson;
import dev.gradlab.core.lang.Traces;
import dev.gradlab.core.tensor.Tensor;
import io.javalin.config.RoutesConfig;

import java.util.Map;

/**
 * {@code POST /api/autodiff/trace} {@code {"source", "inputs"?, "output"?}} → the differentiated
 * trace as shared-core's {@link TraceJson} writes it (the same document the browser computes).
 * Errors in the program ({@code LangException}) are mapped by {@link ErrorMapping}.
 */
public final class AutodiffRoutes {
    private AutodiffRoutes() {
    }

    public static void register(RoutesConfig routes, JsonBodies bodies) {
        routes.post("/api/autodiff/trace", ctx -> {
            ObjectNode body = bodies.object(ctx);
            String source = JsonBodies.requiredString(body, "source");
            Map<String, Tensor> inputs = InputTensors.from(JsonBodies.optionalObject(body, "inputs"));
            String output = JsonBodies.optionalString(body, "output");
            Trace trace = Traces.run(source, inputs, output);
            Json.send(ctx, 200, TraceJson.write(trace));
        });
    }
}
