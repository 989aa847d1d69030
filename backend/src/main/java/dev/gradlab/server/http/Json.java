package dev.gradlab.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.UncheckedIOException;

/** The one Jackson mapper of the server (tree model only) and JSON responses. */
public final class Json {
    /** Strict: trailing content and duplicate keys are errors. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public static final String CONTENT_TYPE = "application/json";

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Answers {@code status} with a JSON document given as text. */
    public static void send(Context ctx, int status, String json) {
        ctx.status(status).contentType(CONTENT_TYPE).result(json);
    }

    public static void send(Context ctx, int status, ObjectNode json) {
        send(ctx, status, write(json));
    }

    /** {@code {"error": {"code", "message"}}}. */
    public static String error(String code, String message) {
        return error(code, message, null);
    }

    /** {@code {"error": {"code", "message", "field"}}}, without {@code field} when it is null. */
    public static String error(String code, String message, String field) {
        ObjectNode root = object();
        ObjectNode error = root.putObject("error").put("code", code).put("message", message);
        if (field != null) {
            error.put("field", field);
        }
        return write(root);
    }

    private static String write(ObjectNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
