package dev.gradlab.server.store;

import java.sql.SQLException;

/** The database failed or refused something; {@link #isUniqueViolation()} tells a duplicate key apart. */
public class StoreException extends RuntimeException {
    /** SQLSTATE of a unique constraint violation, the same in H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private final String sqlState;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.sqlState = cause instanceof SQLException ? ((SQLException) cause).getSQLState() : null;
    }

    static StoreException of(SQLException e) {
        return new StoreException("database error: " + e.getMessage(), e);
    }

    /** Whether an insert hit a unique constraint (duplicate username, repeated client attempt id, …). */
    public boolean isUniqueViolation() {
        return UNIQUE_VIOLATION.equals(sqlState);
    }

    static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }
}
