package dev.gradlab.server;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * How a GradLab server runs.
 *
 * @param port         TCP port; 0 picks a free one
 * @param dataDir      where the embedded database and job artifacts live (created on start)
 * @param dbUrl        a JDBC URL of an external (PostgreSQL) database, or null for the embedded
 *                     H2 database in {@code dataDir}
 * @param maxBodyBytes request bodies above this size are refused with 413
 * @param webDir       a directory to serve at {@code /} instead of the browser app inside the jar
 *                     (classpath {@code web/}); null for the jar's own
 * @param contentDir   an instructor's content directory whose {@code exercises/*.md} add to and
 *                     override the shipped exercises; null for none
 */
public record ServerConfig(int port, Path dataDir, String dbUrl, long maxBodyBytes, Path webDir, Path contentDir) {
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
    public static final Path DEFAULT_DATA_DIR = Paths.get("gradlab-data");

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("dataDir is required");
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_PORT, DEFAULT_DATA_DIR, null, DEFAULT_MAX_BODY_BYTES, null, null);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(p, dataDir, dbUrl, maxBodyBytes, webDir, contentDir);
    }

    public ServerConfig withDataDir(Path d) {
        return new ServerConfig(port, d, dbUrl, maxBodyBytes, webDir, contentDir);
    }

    public ServerConfig withDbUrl(String url) {
        return new ServerConfig(port, dataDir, url, maxBodyBytes, webDir, contentDir);
    }

    public ServerConfig withMaxBodyBytes(long n) {
        return new ServerConfig(port, dataDir, dbUrl, n, webDir, contentDir);
    }

    public ServerConfig withWebDir(Path d) {
        return new ServerConfig(port, dataDir, dbUrl, maxBodyBytes, d, contentDir);
    }

    public ServerConfig withContentDir(Path d) {
        return new ServerConfig(port, dataDir, dbUrl, maxBodyBytes, webDir, d);
    }
}
