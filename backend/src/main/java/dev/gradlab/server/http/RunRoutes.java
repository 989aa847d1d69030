package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradlab.core.json.RunJson;
import dev.gradlab.core.lang.Budget;
import dev.gradlab.core.lang.BudgetException;
import io.javalin.config.RoutesConfig;

/**
 * {@code POST /api/run} {@code {"source", "inputs"?, "seed"?}} → {@code {"stdout", "values", "plots",
 * "steps"}} as shared-core's {@link RunJson} writes it (the same document the browser computes),
 * under the interactive budgets. A program that fails answers 400 (422 for a budget) with the
 * error and everything it printed and plotted before it.
 */
public final class RunRoutes {
    private RunRoutes() {
    }

    public static void register(RoutesConfig routes, JsonBodies bodies) {
        routes.post("/api/run", ctx -> {
            ObjectNode body = bodies.object(ctx);
            String source = JsonBodies.requiredString(body, "source");
            JsonNode seed = body.get("seed");
            if (seed != null && !seed.canConvertToLong()) {
                throw new ApiError(400, "bad_request", "seed must be an integer, got " + JsonBodies.kind(seed));
            }
            RunJson.Outcome run = RunJson.run(source, InputTensors.from(JsonBodies.optionalObject(body, "inputs")),
                    seed == null ? 0 : seed.asLong(), Budget.interactive());
            if (run.error == null) {
                Json.send(ctx, 200, run.json);
            } else {
                ErrorMapping.write(ctx, run.error instanceof BudgetException ? 422 : 400, run.json);
            }
        });
    }
}
