package dev.gradlab.server.http;

import dev.gradlab.core.json.TraceJson;
import dev.gradlab.core.lang.BudgetException;
import dev.gradlab.core.lang.LangException;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes {@code {"error": {"code", "message", ...}}} with a 4xx/5xx status: never a
 * stack trace, never an HTML page (API.md).
 *
 * <ul>
 *   <li>{@link ApiError} → its status and code;</li>
 *   <li>{@link LangException} (an error in a student's program) → 400 with code, message, line,
 *       column and hint as shared-core writes them; a {@link BudgetException} → 422;</li>
 *   <li>Javalin's own responses (no route 404, wrong method 405, …) → {@code not_found},
 *       {@code method_not_allowed}, …;</li>
 *   <li>anything else, {@link Error}s included → 500 {@code internal}, logged with its stack trace.</li>
 * </ul>
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    /** Set on a request whose error body has been written, so the status handlers leave it alone. */
    private static final String WRITTEN = "gradlab.error.written";

    private ErrorMapping() {
    }

    public static void install(JavalinConfig config) {
        // A java.lang.Error (StackOverflowError, NoClassDefFoundError, …) would bypass the exception
        // handlers and leave an empty 500: turn it into an exception the handlers below answer.
        config.router.handlerWrapper(endpoint -> ctx -> {
            try {
                endpoint.handler.handle(ctx);
            } catch (Error e) {
                throw new UnexpectedError(e);
            }
        });
        // Errors outside handlers: Javalin's default logger call retries forever if logging itself
        // fails (seen when the jar was replaced under a running server), so never let it throw.
        config.router.javaLangErrorHandler((res, error) -> {
            res.setStatus(500);
            try {
                LOG.error("fatal error while serving a request", error);
            } catch (Throwable ignored) {
                // nothing more can be done
            }
        });
        install(config.routes);
    }

    private static void install(RoutesConfig routes) {
        routes.exception(ApiError.class, (e, ctx) ->
                write(ctx, e.status(), Json.error(e.code(), e.getMessage(), e.field())));
        routes.exception(LangException.class, (e, ctx) ->
                write(ctx, e instanceof BudgetException ? 422 : 400, TraceJson.writeError(e)));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            write(ctx, status, Json.error(codeFor(status), messageFor(ctx, status, e.getMessage())));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, 500, Json.error("internal", "an internal error occurred; it has been logged"));
        });
        // Statuses set without an exception (e.g. a static file that does not exist).
        for (int status : new int[] {400, 404, 405, 413, 500}) {
            routes.error(status, ctx -> {
                if (ctx.attribute(WRITTEN) == null) {
                    write(ctx, status, Json.error(codeFor(status), messageFor(ctx, status, null)));
                }
            });
        }
    }

    /** An {@link Error} thrown by a handler, carried as an exception to the 500 handler. */
    static final class UnexpectedError extends RuntimeException {
        UnexpectedError(Error cause) {
            super(cause.toString(), cause);
        }
    }

    /**
     * Answers an error document a handler composed itself (e.g. an error with the output before it),
     * so the status handlers leave it as it is.
     */
    public static void write(Context ctx, int status, String json) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        Json.send(ctx, status, json);
    }

    static String codeFor(int status) {
        switch (status) {
            case 400:
                return "bad_request";
            case 401:
                return "unauthorized";
            case 403:
                return "forbidden";
            case 404:
                return "not_found";
            case 405:
                return "method_not_allowed";
            case 413:
                return "too_large";
            case 415:
                return "unsupported_media_type";
            default:
                return status >= 500 ? "internal" : "http_" + status;
        }
    }

    private static String messageFor(Context ctx, int status, String given) {
        switch (status) {
            case 404:
                return "no such route: " + ctx.method() + " " + ctx.path();
            case 405:
                return "method " + ctx.method() + " is not allowed on " + ctx.path();
            default:
                if (status >= 500) {
                    return "an internal error occurred";
                }
                return given == null || given.isEmpty() ? "request refused (HTTP " + status + ")" : given;
        }
    }
}
