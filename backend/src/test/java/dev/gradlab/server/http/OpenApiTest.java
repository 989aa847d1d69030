package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.ServerTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiTest extends ServerTest {
    @Test
    void theDocumentIsServedAsOpenApi31() throws Exception {
        HttpResponse<String> r = server.get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = Json.MAPPER.readTree(r.body());
        assertEquals("3.1.0", doc.path("openapi").asText());
        assertTrue(doc.path("paths").size() > 5);
    }

    @Test
    void everyRegisteredApiRouteIsDocumented() throws Exception {
        JsonNode paths = Json.MAPPER.readTree(OpenApiRoutes.document()).path("paths");
        List<String> routes = server.server().apiRoutes();
        assertTrue(routes.contains("POST /api/autodiff/trace"), routes.toString());
        List<String> missing = new ArrayList<>();
        for (String route : routes) {
            String[] mp = route.split(" ", 2);
            if (!paths.path(mp[1]).has(mp[0].toLowerCase(Locale.ROOT))) {
                missing.add(route);
            }
        }
        assertEquals(List.of(), missing, "routes missing from openapi.json");
    }
}
