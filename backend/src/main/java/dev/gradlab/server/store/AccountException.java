package dev.gradlab.server.store;

/** An account that cannot be created: an invalid field ({@link #field()} names it) or a taken username. */
public final class AccountException extends RuntimeException {
    private final String field;
    private final boolean duplicate;

    private AccountException(String field, String message, boolean duplicate) {
        super(message, null, false, false);
        this.field = field;
        this.duplicate = duplicate;
    }

    static AccountException invalid(String field, String message) {
        return new AccountException(field, message, false);
    }

    static AccountException duplicate(String username) {
        return new AccountException("username", "the username '" + username + "' is already taken", true);
    }

    /** The field at fault: {@code username}, {@code password} or {@code role}. */
    public String field() {
        return field;
    }

    /** Whether the username exists already (else a field is invalid). */
    public boolean isDuplicate() {
        return duplicate;
    }
}
