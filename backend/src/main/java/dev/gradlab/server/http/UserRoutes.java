package dev.gradlab.server.http;

import dev.gradlab.core.text.Csv;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradlab.server.store.Account;
import dev.gradlab.server.store.AccountException;
import dev.gradlab.server.store.Accounts;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/users} (instructors only; 401 without a session, 403 for a student):
 *
 * <ul>
 *   <li>JSON {@code {"username", "password", "role"?}} → 201 {@code {"username", "role"}}; an
 *       invalid field → 400 {@code bad_request} with {@code "field"}; a taken username → 409
 *       {@code duplicate_user}.</li>
 *   <li>{@code Content-Type: text/csv} with the header {@code username,password[,role]} → 200
 *       {@code {"created": [{"line", "username", "role"}], "errors": [{"line", "field"?,
 *       "message"}]}}: every good line is created, each bad one reported by its line number
 *       (the header is line 1).</li>
 * </ul>
 */
public final class UserRoutes {
    /** Accounts one CSV upload may hold (each costs a password hash, ~40 ms: 1000 take ~40 s). */
    public static final int MAX_CSV_ROWS = 1000;

    private UserRoutes() {
    }

    public static void register(RoutesConfig routes, JsonBodies bodies, Accounts accounts) {
        routes.post("/api/users", ctx -> {
            AuthRoutes.requireInstructor(ctx);
            if (isCsv(ctx)) {
                Json.send(ctx, 200, createFromCsv(new String(bodies.bytes(ctx), StandardCharsets.UTF_8), accounts));
                return;
            }
            ObjectNode body = bodies.object(ctx);
            Account a;
            try {
                a = accounts.create(JsonBodies.requiredString(body, "username"),
                        JsonBodies.requiredString(body, "password"), JsonBodies.optionalString(body, "role"));
            } catch (AccountException e) {
                throw e.isDuplicate() ? new ApiError(409, "duplicate_user", e.getMessage(), e.field())
                        : new ApiError(400, "bad_request", e.getMessage(), e.field());
            }
            Json.send(ctx, 201, Json.object().put("username", a.username()).put("role", a.role()));
        });
    }

    private static boolean isCsv(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/csv");
    }

    static ObjectNode createFromCsv(String text, Accounts accounts) {
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("the CSV cannot be read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw ApiError.badRequest("the CSV is empty; its first line must be the header username,password[,role]");
        }
        List<String> header = rows.get(0).fields();
        int usernameCol = header.indexOf("username");
        int passwordCol = header.indexOf("password");
        int roleCol = header.indexOf("role");
        if (usernameCol < 0 || passwordCol < 0) {
            throw ApiError.badRequest("the first line of the CSV must be the header username,password[,role], not "
                    + String.join(",", header));
        }
        if (rows.size() - 1 > MAX_CSV_ROWS) {
            throw ApiError.badRequest("the CSV has " + (rows.size() - 1) + " accounts; at most " + MAX_CSV_ROWS
                    + " fit in one upload");
        }
        ObjectNode out = Json.object();
        ArrayNode created = out.putArray("created");
        ArrayNode errors = out.putArray("errors");
        Set<String> seen = new HashSet<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            if (f.size() != header.size()) {
                errors.addObject().put("line", row.line()).put("message",
                        "expected " + header.size() + " fields as in the header, found " + f.size());
                continue;
            }
            String username = f.get(usernameCol).trim();
            String role = roleCol < 0 || f.get(roleCol).isBlank() ? null : f.get(roleCol).trim();
            if (!seen.add(username)) {
                errors.addObject().put("line", row.line()).put("field", "username")
                        .put("message", "the username '" + username + "' appears on an earlier line");
                continue;
            }
            try {
                Account a = accounts.create(username, f.get(passwordCol), role);
                created.addObject().put("line", row.line()).put("username", a.username()).put("role", a.role());
            } catch (AccountException e) {
                errors.addObject().put("line", row.line()).put("field", e.field()).put("message", e.getMessage());
            }
        }
        return out;
    }
}
