package dev.gradlab.server.http;

import dev.gradlab.server.Version;
import io.javalin.config.RoutesConfig;

/** {@code GET /api/health} → {@code {"status": "ok", "version": "…"}}. */
public final class HealthRoutes {
    private HealthRoutes() {
    }

    public static void register(RoutesConfig routes) {
        String body = Json.MAPPER.createObjectNode().put("status", "ok").put("version", Version.get()).toString();
        routes.get("/api/health", ctx -> Json.send(ctx, 200, body));
    }
}
