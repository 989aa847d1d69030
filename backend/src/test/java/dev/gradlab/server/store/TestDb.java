package dev.gradlab.server.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Which database the store tests use: embedded H2 in the test's data directory, or, when the
 * environment variable {@code GRADLAB_TEST_PG} holds a JDBC URL (e.g.
 * {@code jdbc:postgresql://localhost/gradlab_test?user=postgres}), PostgreSQL, each caller in a
 * fresh schema of its own so tests never see each other's rows. The system property
 * {@code gradlab.test.db=h2} forces H2 whatever the environment says (Maven's default test run
 * sets it; its profile {@code postgresql} runs the database tests again without it).
 */
public final class TestDb {
    public static final String ENV = "GRADLAB_TEST_PG";

    private TestDb() {
    }

    /** The PostgreSQL URL to test against, or null for H2. */
    public static String postgresUrl() {
        if ("h2".equals(System.getProperty("gradlab.test.db"))) {
            return null;
        }
        String url = System.getenv(ENV);
        return url == null || url.isBlank() ? null : url.trim();
    }

    /** Null (the embedded database in the data directory) or a URL of a new, empty PostgreSQL schema. */
    public static String freshUrl() {
        String base = postgresUrl();
        if (base == null) {
            return null;
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + ENV + "=" + base + ": " + e.getMessage(), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
