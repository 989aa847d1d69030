package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradlab.server.store.Account;
import dev.gradlab.server.store.Accounts;
import dev.gradlab.server.store.Sessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Logging in and out, and the session filter every API request passes.
 *
 * <ul>
 *   <li>{@code POST /api/auth/login {"username", "password"}} → 200 {@code {"username", "role",
 *       "csrfToken"}} and the {@code gradlab_session} cookie (HttpOnly, SameSite=Lax, Path=/,
 *       Secure over HTTPS); wrong credentials → 401 {@code bad_credentials}; too many failures
 *       for the username or the client address → 429 {@code rate_limited} with Retry-After.</li>
 *   <li>{@code POST /api/auth/logout} → 204, the session deleted and the cookie cleared.</li>
 *   <li>{@code GET /api/me} → {@code {"username", "role", "csrfToken"}}, or 401 {@code not_logged_in}.</li>
 *   <li>The filter: a request under /api/ with a live session cookie is that user's
 *       ({@link Sessions#current}); if its method changes state (POST, PUT, PATCH, DELETE) it
 *       must carry {@code X-CSRF-Token} equal to the session's token, else 403 {@code csrf}.</li>
 * </ul>
 */
public final class AuthRoutes {
    public static final int MAX_FAILURES_PER_USERNAME = 10;
    /** Higher than per username: a classroom often shares one address. */
    public static final int MAX_FAILURES_PER_ADDRESS = 50;
    public static final long WINDOW_MILLIS = 60_000;

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private AuthRoutes() {
    }

    public static void register(RoutesConfig routes, JsonBodies bodies, Accounts accounts, Sessions sessions) {
        register(routes, bodies, accounts, sessions,
                new LoginThrottle(MAX_FAILURES_PER_USERNAME, WINDOW_MILLIS, System::currentTimeMillis),
                new LoginThrottle(MAX_FAILURES_PER_ADDRESS, WINDOW_MILLIS, System::currentTimeMillis));
    }

    static void register(RoutesConfig routes, JsonBodies bodies, Accounts accounts, Sessions sessions,
                         LoginThrottle perUsername, LoginThrottle perAddress) {
        routes.before("/api/*", ctx -> filter(ctx, sessions));

        routes.post("/api/auth/login", ctx -> {
            ObjectNode body = bodies.object(ctx);
            String username = JsonBodies.requiredString(body, "username");
            String password = JsonBodies.requiredString(body, "password");
            String userKey = username.toLowerCase(Locale.ROOT);
            String addressKey = ctx.ip();
            long wait = Math.max(perUsername.retryAfterSeconds(userKey), perAddress.retryAfterSeconds(addressKey));
            if (wait > 0) {
                ctx.header("Retry-After", Long.toString(wait));
                throw new ApiError(429, "rate_limited",
                        "too many failed logins; try again in " + wait + " second" + (wait == 1 ? "" : "s"));
            }
            Optional<Account> account = accounts.authenticate(username, password);
            if (account.isEmpty()) {
                perUsername.failure(userKey);
                perAddress.failure(addressKey);
                throw new ApiError(401, "bad_credentials", "wrong username or password");
            }
            perUsername.clear(userKey);
            sessions.delete(ctx.cookie(Sessions.COOKIE));
            Sessions.Created created = sessions.create(account.get());
            ctx.addHeader("Set-Cookie", cookie(ctx, created.token(), Sessions.LIFETIME.toSeconds()));
            Sessions.attach(ctx, created.session());
            sendMe(ctx, created.session());
        });

        routes.post("/api/auth/logout", ctx -> {
            sessions.delete(ctx.cookie(Sessions.COOKIE));
            ctx.addHeader("Set-Cookie", cookie(ctx, "", 0));
            ctx.status(204);
        });

        routes.get("/api/me", ctx -> sendMe(ctx, Sessions.session(ctx).orElseThrow(AuthRoutes::notLoggedIn)));
    }

    private static void filter(Context ctx, Sessions sessions) {
        String token = ctx.cookie(Sessions.COOKIE);
        if (token == null) {
            return;
        }
        Optional<Sessions.Session> session = sessions.lookup(token);
        if (session.isEmpty()) {
            return;
        }
        if (STATE_CHANGING.contains(ctx.method().name())
                && !Sessions.csrfMatches(session.get(), ctx.header(Sessions.CSRF_HEADER))) {
            throw new ApiError(403, "csrf", "this request needs the header " + Sessions.CSRF_HEADER
                    + " with the csrfToken of your session (from GET /api/me or the login response)");
        }
        Sessions.attach(ctx, session.get());
    }

    private static void sendMe(Context ctx, Sessions.Session s) {
        ctx.header("Cache-Control", "no-store");
        Json.send(ctx, 200, Json.object()
                .put("username", s.account().username())
                .put("role", s.account().role())
                .put("csrfToken", s.csrfToken()));
    }

    /** The Set-Cookie value; Secure when the request came over HTTPS (directly or through a proxy that says so). */
    static String cookie(Context ctx, String value, long maxAgeSeconds) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        return Sessions.COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax"
                + (https ? "; Secure" : "");
    }

    /** The logged-in account, or 401 {@code not_logged_in}. */
    public static Account requireLogin(Context ctx) {
        return Sessions.current(ctx).orElseThrow(AuthRoutes::notLoggedIn);
    }

    /** The logged-in instructor: 401 {@code not_logged_in} without a session, 403 {@code forbidden} for a student. */
    public static Account requireInstructor(Context ctx) {
        Account a = requireLogin(ctx);
        if (!a.isInstructor()) {
            throw new ApiError(403, "forbidden", "only instructors may do this");
        }
        return a;
    }

    private static ApiError notLoggedIn() {
        return new ApiError(401, "not_logged_in", "log in first (POST /api/auth/login)");
    }
}
