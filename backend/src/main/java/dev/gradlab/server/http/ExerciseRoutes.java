package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradlab.core.exercise.CheckResult;
import dev.gradlab.core.exercise.Exercise;
import dev.gradlab.core.exercise.ExerciseException;
import dev.gradlab.core.exercise.Grader;
import dev.gradlab.core.exercise.PublicView;
import dev.gradlab.core.exercise.Variant;
import dev.gradlab.core.json.JsonWriter;
import dev.gradlab.server.content.ContentLibrary;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/exercises}, {@code GET /api/exercises/{id}?variant=N} (the public view: no
 * reference, hidden test or mistake) and {@code POST /api/exercises/{id}/check}, graded with the
 * hidden tests and recorded through a {@link CheckRecorder}.
 */
public final class ExerciseRoutes {
    /** Variants are numbered 0..MAX_VARIANT. */
    public static final int MAX_VARIANT = 1_000_000;

    private ExerciseRoutes() {
    }

    public static void register(RoutesConfig routes, JsonBodies bodies, ContentLibrary library, CheckRecorder recorder) {
        String list = PublicView.listJson(library.all());
        routes.get("/api/exercises", ctx -> Json.send(ctx, 200, list));
        routes.get("/api/exercises/{id}", ctx -> {
            Exercise e = exercise(library, ctx);
            Integer assigned = recorder.assignedVariant(ctx);
            int variant = variant(ctx.queryParam("variant"), assigned == null ? 0 : assigned);
            Json.send(ctx, 200, PublicView.json(build(library, e, variant)));
        });
        routes.post("/api/exercises/{id}/check", ctx -> {
            Exercise e = exercise(library, ctx);
            ObjectNode body = bodies.object(ctx);
            Integer assigned = recorder.assignedVariant(ctx);
            JsonNode v = body.get("variant");
            int variant = v == null || v.isNull() ? (assigned == null ? 0 : assigned) : variant(v);
            Map<String, String> answers = answers(body, e, build(library, e, variant));
            Map<String, Integer> hints = hints(body);
            CheckResult result = Grader.check(build(library, e, variant), answers, hints, true);
            String clientId = JsonBodies.optionalString(body, "clientAttemptId");
            if (clientId == null) {
                clientId = ctx.header("Idempotency-Key");
            }
            Long id = result.anyInvalid() || result.allMissing() ? null
                    : recorder.record(ctx, e.id, variant, answers, result, clientId);
            JsonWriter w = new JsonWriter().beginObject();
            result.writeFields(w);
            w.name("recorded").value(id != null);
            if (id != null) {
                w.name("submissionId").value(id);
            }
            Json.send(ctx, 200, w.endObject().toString());
        });
    }

    private static Exercise exercise(ContentLibrary library, Context ctx) {
        String id = ctx.pathParam("id");
        Exercise e = library.get(id);
        if (e == null) {
            throw ApiError.notFound("no exercise with the id '" + id + "'");
        }
        return e;
    }

    private static Variant build(ContentLibrary library, Exercise e, int variant) {
        try {
            return library.variant(e, variant);
        } catch (ExerciseException ex) {
            throw new ApiError(500, "exercise_broken", "exercise " + e.id + " variant " + variant
                    + " cannot be built: " + ex.getMessage());
        }
    }

    private static int variant(String text, int fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return checkRange(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("the query parameter 'variant' must be a whole number from 0 to "
                    + MAX_VARIANT + ", not '" + text + "'");
        }
    }

    private static int variant(JsonNode v) {
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw ApiError.badRequest("the field 'variant' must be a whole number from 0 to " + MAX_VARIANT);
        }
        return checkRange(v.asInt());
    }

    private static int checkRange(int v) {
        if (v < 0 || v > MAX_VARIANT) {
            throw ApiError.badRequest("the field 'variant' must be from 0 to " + MAX_VARIANT + ", not " + v);
        }
        return v;
    }

    private static Map<String, String> answers(ObjectNode body, Exercise e, Variant v) {
        ObjectNode given = JsonBodies.optionalObject(body, "answers");
        if (given == null) {
            throw ApiError.badRequest("the field 'answers' is required: an object from part id to answer text");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> a = it.next();
            if (v.part(a.getKey()) == null) {
                throw ApiError.badRequest("answers." + a.getKey() + ": exercise " + e.id + " has no part '" + a.getKey()
                        + "'; its parts are " + partIds(v));
            }
            JsonNode val = a.getValue();
            if (val.isNull()) {
                continue;
            }
            if (!val.isTextual() && !val.isNumber()) {
                throw ApiError.badRequest("answers." + a.getKey() + " must be text (or a number), not "
                        + JsonBodies.kind(val));
            }
            out.put(a.getKey(), val.asText());
        }
        return out;
    }

    private static String partIds(Variant v) {
        StringBuilder sb = new StringBuilder();
        v.parts.forEach(p -> sb.append(sb.length() > 0 ? ", " : "").append(p.id));
        return sb.toString();
    }

    private static Map<String, Integer> hints(ObjectNode body) {
        ObjectNode h = JsonBodies.optionalObject(body, "hintsShown");
        Map<String, Integer> out = new LinkedHashMap<>();
        if (h != null) {
            h.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt(0)));
        }
        return out;
    }
}
