package dev.gradlab.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads request bodies as JSON objects, refusing bodies over the limit (413) before parsing,
 * and reads their fields with errors that name the field (400 {@code bad_request}).
 */
public final class JsonBodies {
    private final long maxBytes;

    public JsonBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body as a JSON object: 413 over the limit, 400 {@code bad_json} if it is not JSON. */
    public ObjectNode object(Context ctx) {
        byte[] bytes = read(ctx);
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw ApiError.badJson("the body is not valid JSON: " + e.getOriginalMessage()
                    + where(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || node.isMissingNode()) {
            throw ApiError.badJson("the body is empty; expected a JSON object");
        }
        if (!node.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object, not " + kind(node));
        }
        return (ObjectNode) node;
    }

    private static String where(JacksonException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** The raw body (for non-JSON bodies such as CSV): 413 over the limit. */
    public byte[] bytes(Context ctx) {
        return read(ctx);
    }

    private byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBytes) {
                drain(in);
                throw ApiError.tooLarge(maxBytes);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
            byte[] buf = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    drain(in);
                    throw ApiError.tooLarge(maxBytes);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }

    /**
     * Reads and discards what the client is still sending (up to {@link #DRAIN_LIMIT} bytes), so
     * that it sees the 413 instead of a connection reset while it is still writing the body.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[65536];
        long skipped = 0;
        int n;
        while (skipped < DRAIN_LIMIT && (n = in.read(buf)) > 0) {
            skipped += n;
        }
    }

    private static final long DRAIN_LIMIT = 64L << 20;

    /** A required string field. */
    public static String requiredString(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            throw new ApiError(400, "bad_request", "the field '" + field + "' is required", field);
        }
        if (!v.isTextual()) {
            throw new ApiError(400, "bad_request", "the field '" + field + "' must be a string, not " + kind(v), field);
        }
        return v.textValue();
    }

    /** An optional string field: null when absent or null. */
    public static String optionalString(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiError(400, "bad_request", "the field '" + field + "' must be a string or null, not " + kind(v), field);
        }
        return v.textValue();
    }

    /** An optional object field: an empty object when absent or null. */
    public static ObjectNode optionalObject(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return Json.object();
        }
        if (!v.isObject()) {
            throw new ApiError(400, "bad_request", "the field '" + field + "' must be an object, not " + kind(v), field);
        }
        return (ObjectNode) v;
    }

    /** "a string", "an array", … for messages. */
    static String kind(JsonNode v) {
        switch (v.getNodeType()) {
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            case NULL:
                return "null";
            default:
                return v.getNodeType().toString().toLowerCase();
        }
    }
}
