package dev.gradlab.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The server's database: an embedded H2 file database under the data directory, or PostgreSQL
 * (any JDBC URL) when {@code --db} is given. Opening it migrates the schema with Flyway
 * ({@code db/migration/V*.sql}, SQL that both databases accept). Connections come from a
 * HikariCP pool.
 *
 * <p>H2 is opened with {@code WRITE_DELAY=0}: every commit is written to the file before
 * {@code commit()} returns, so an acknowledged write survives the JVM being killed (H2's default
 * waits up to 500 ms). See docs/server.md.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** The file name (without H2's {@code .mv.db}) of the embedded database in the data directory. */
    public static final String H2_FILE = "gradlab";

    /** H2 error code: the database file is locked by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final HikariDataSource pool;
    private final String url;
    private final String description;
    private final boolean postgres;
    private final boolean embedded;

    private Database(HikariDataSource pool, String url, String description, boolean embedded) {
        this.pool = pool;
        this.url = url;
        this.description = description;
        this.postgres = url.startsWith("jdbc:postgresql:");
        this.embedded = embedded;
    }

    /**
     * Opens (creating it if needed) the embedded database in {@code dataDir}, or the database at
     * {@code jdbcUrl} when it is not null, and brings its schema up to date.
     *
     * @throws StoreException with a message a person can act on (locked file, unreachable server, …)
     */
    public static Database open(Path dataDir, String jdbcUrl) {
        String url = jdbcUrl != null ? jdbcUrl : h2Url(dataDir);
        String description = jdbcUrl != null ? redact(jdbcUrl) : dataDir.toAbsolutePath().normalize() + "/" + H2_FILE + ".mv.db";
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setPoolName("gradlab-db");
        hc.setMaximumPoolSize(8);
        hc.setConnectionTimeout(10_000);
        hc.setInitializationFailTimeout(1);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StoreException(openFailure(description, e), e);
        }
        Database db = new Database(pool, url, description, jdbcUrl == null);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return db;
    }

    /** The JDBC URL of the embedded database in {@code dataDir}. */
    public static String h2Url(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(H2_FILE);
        // WRITE_DELAY=0: a commit is on disk (in the OS's page cache) before commit() returns.
        // DB_CLOSE_ON_EXIT=FALSE: the server closes the pool itself (no close racing its shutdown hook).
        return "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    private void migrate() {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .cleanDisabled(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("could not bring the database schema of " + description + " up to date: "
                    + e.getMessage(), e);
        }
        LOG.debug("database {} is ready", description);
    }

    private static String openFailure(String description, Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException && ((SQLException) c).getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return "the database " + description + " is in use by another process (a running GradLab server?); "
                        + "stop it first, or use the server's API";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "could not open the database " + description + ": " + root.getMessage();
    }

    /** The URL without its password, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Whether this is PostgreSQL (else embedded H2). */
    public boolean isPostgres() {
        return postgres;
    }

    /** Whether this is the embedded H2 file of a data directory, which only this process can open. */
    public boolean isEmbedded() {
        return embedded;
    }

    /**
     * A new connection outside the pool, for a long-lived use such as PostgreSQL's
     * {@code LISTEN}; the caller closes it.
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Where the data lives, for log lines (no password). */
    public String description() {
        return description;
    }

    /** Work on one connection in one transaction, committed when {@code work} returns, rolled back if it throws. */
    public <T> T transaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.of(e);
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException r) {
            cause.addSuppressed(r);
        }
    }

    /** Reads (or single statements) on one auto-commit connection. */
    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw StoreException.of(e);
        }
    }

    /** Something done with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    @Override
    public void close() {
        pool.close();
    }
}
