package dev.gradlab.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * One structured line per API request, {@code key=value} pairs a log tool can split:
 * {@code method=POST path=/api/run status=400 ms=3.1 code=shape}. Server errors log at warn,
 * client errors at info, successes at debug (so a busy server does not write a line per check;
 * turn them on with {@code -Dorg.slf4j.simpleLogger.log.dev.gradlab.request=debug}).
 */
public final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("dev.gradlab.request");

    private RequestLog() {
    }

    public static void install(JavalinConfig config) {
        config.requestLogger.http(RequestLog::log);
    }

    static void log(Context ctx, Float ms) {
        int status = ctx.statusCode();
        if (status >= 500 ? !LOG.isWarnEnabled() : status >= 400 ? !LOG.isInfoEnabled() : !LOG.isDebugEnabled()) {
            return;
        }
        String line = line(ctx.method().name(), ctx.path(), status, ms == null ? 0 : ms);
        if (status >= 500) {
            LOG.warn(line);
        } else if (status >= 400) {
            LOG.info(line);
        } else {
            LOG.debug(line);
        }
    }

    /** The line for one request; the path is quoted when it holds spaces or quotes. */
    static String line(String method, String path, int status, float ms) {
        boolean quote = path.indexOf(' ') >= 0 || path.indexOf('"') >= 0;
        String p = quote ? "\"" + path.replace("\"", "\\\"") + "\"" : path;
        return "method=" + method + " path=" + p + " status=" + status + " ms=" + String.format(Locale.ROOT, "%.1f", ms);
    }
}
