package dev.gradlab.server.http;

/**
 * A request the API refuses: answered as {@code {"error": {"code", "message"}}} with {@link #status()}.
 * Throw it from a handler; {@link ErrorMapping} writes it.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;

    public ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }

    /** An error about one field of the request, named in the document as {@code "field"}. */
    public ApiError(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    /** 400 {@code bad_request}: a field is missing or has the wrong type; the message names it. */
    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    /** 400 {@code bad_json}: the body is not JSON. */
    public static ApiError badJson(String message) {
        return new ApiError(400, "bad_json", message);
    }

    /** 413 {@code too_large}. */
    public static ApiError tooLarge(long limitBytes) {
        return new ApiError(413, "too_large", "the request body is larger than the limit of " + limitBytes + " bytes");
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
