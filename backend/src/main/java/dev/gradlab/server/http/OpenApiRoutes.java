package dev.gradlab.server.http;

import io.javalin.config.RoutesConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /api/openapi.json}: the OpenAPI 3.1 document of every route (resource {@code openapi.json}). */
public final class OpenApiRoutes {
    private OpenApiRoutes() {
    }

    /** The document as shipped in the jar. */
    public static String document() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void register(RoutesConfig routes) {
        String document = document();
        routes.get("/api/openapi.json", ctx -> Json.send(ctx, 200, document));
    }
}
