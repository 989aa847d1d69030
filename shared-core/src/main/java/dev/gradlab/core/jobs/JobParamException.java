package dev.gradlab.core.jobs;

/**
 * A job parameter that is missing, unknown, of the wrong type or out of its range. {@link #field()}
 * names it ("epochs", or "kind" for an unknown kind); the message says what is allowed.
 */
public final class JobParamException extends IllegalArgumentException {
    private final String field;

    public JobParamException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The parameter's name. */
    public String field() {
        return field;
    }
}
