package dev.gradlab.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The browser app at {@code /}: by default the {@code web/} folder the build copied into the jar
 * from frontend-teavm/target/webapp; or a directory given explicitly. A jar built without the
 * browser app serves the API only.
 */
public final class StaticWeb {
    /** Where the build puts the browser app on the class path. */
    public static final String CLASSPATH_DIR = "/web";

    private final Path dir;
    private final boolean present;

    private StaticWeb(Path dir, boolean present) {
        this.dir = dir;
        this.present = present;
    }

    /** The directory {@code webDir} if given, else the jar's {@code web/}. */
    public static StaticWeb locate(Path webDir) {
        if (webDir != null) {
            return new StaticWeb(webDir.toAbsolutePath(), Files.isRegularFile(webDir.resolve("index.html")));
        }
        return new StaticWeb(null, StaticWeb.class.getResource(CLASSPATH_DIR + "/index.html") != null);
    }

    public boolean present() {
        return present;
    }

    public void configure(JavalinConfig c) {
        if (!present) {
            return;
        }
        c.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            if (dir != null) {
                sf.directory = dir.toString();
                sf.location = Location.EXTERNAL;
            } else {
                sf.directory = CLASSPATH_DIR;
                sf.location = Location.CLASSPATH;
            }
            // The API is never a file, so /api/... misses fall through to JSON 404s.
            sf.skipFileFunction = req -> req.getRequestURI().startsWith("/api/");
            sf.mimeTypes.add("application/wasm", "wasm");
            // TeaVM's output holds UTF-8 text (rule strings such as ∂(a·b)/∂a): say so.
            sf.mimeTypes.add("text/html; charset=utf-8", "html");
            sf.mimeTypes.add("text/javascript; charset=utf-8", "js", "mjs");
            sf.mimeTypes.add("text/css; charset=utf-8", "css");
        });
    }
}
