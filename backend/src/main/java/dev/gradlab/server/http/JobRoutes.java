package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradlab.core.jobs.JobParamException;
import dev.gradlab.core.json.JsonReader;
import dev.gradlab.server.jobs.JobRecord;
import dev.gradlab.server.jobs.JobRunner;
import dev.gradlab.server.jobs.TooManyJobsException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * The jobs API (API.md, "Jobs"):
 * <ul>
 *   <li>{@code POST /api/jobs} {@code {"kind", "params"}} → 202 {@code {"id", "status": "queued"}};
 *       400 naming the field ({@code "field": "kind"} or {@code "params.NAME"}); 429 over the
 *       per-owner limit;</li>
 *   <li>{@code GET /api/jobs} → the caller's jobs, newest first, without metrics and results;</li>
 *   <li>{@code GET /api/jobs/kinds} → the kinds with their parameters and limits;</li>
 *   <li>{@code GET /api/jobs/{id}} → {@code {"id", "kind", "status", "progress", "params", "metrics",
 *       "result", "error"?, "createdAt", "startedAt", "finishedAt"}};</li>
 *   <li>{@code GET /api/jobs/{id}/events} → Server-Sent Events ({@link JobEvents});</li>
 *   <li>{@code DELETE /api/jobs/{id}} → cancels; 200 with the job when it has ended, 202 while a
 *       running job is stopping.</li>
 * </ul>
 * Jobs belong to the owner key the resolver gives for the request; another owner's job is 404.
 */
public final class JobRoutes {
    /** Everyone is "anonymous" (until sessions give a user name). */
    public static final Function<Context, String> ANONYMOUS = ctx -> "anonymous";

    private JobRoutes() {
    }

    public static void register(RoutesConfig routes, JsonBodies bodies, JobRunner runner, JobEvents events,
            Function<Context, String> owner) {
        String kinds = runner.kinds().toJson();
        routes.post("/api/jobs", ctx -> {
            ObjectNode body = bodies.object(ctx);
            String kind = JsonBodies.requiredString(body, "kind");
            ObjectNode params = JsonBodies.optionalObject(body, "params");
            JobRecord r;
            try {
                @SuppressWarnings("unchecked")
                Map<String, ?> raw = (Map<String, ?>) JsonReader.parse(Json.MAPPER.writeValueAsString(params));
                r = runner.submit(owner.apply(ctx), kind, raw);
            } catch (JobParamException e) {
                String field = e.field().equals("kind") ? "kind" : "params." + e.field();
                ObjectNode err = Json.object();
                err.putObject("error").put("code", "bad_request").put("message", e.getMessage()).put("field", field);
                ErrorMapping.write(ctx, 400, Json.MAPPER.writeValueAsString(err));
                return;
            } catch (TooManyJobsException e) {
                throw new ApiError(429, "too_many_jobs", e.getMessage());
            }
            ObjectNode out = Json.object().put("id", r.id()).put("status", r.status().json());
            ctx.header("Location", "/api/jobs/" + r.id());
            Json.send(ctx, 202, out);
        });
        routes.get("/api/jobs", ctx -> {
            ArrayNode list = Json.MAPPER.createArrayNode();
            for (JobRecord r : runner.list(owner.apply(ctx))) {
                list.add(summary(r));
            }
            ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.MAPPER.writeValueAsString(list));
        });
        routes.get("/api/jobs/kinds", ctx -> Json.send(ctx, 200, kinds));
        routes.get("/api/jobs/{id}", ctx -> Json.send(ctx, 200, document(find(runner, owner, ctx))));
        routes.get("/api/jobs/{id}/events", ctx -> {
            JobRecord r = find(runner, owner, ctx);
            String accept = ctx.header("Accept");
            if (accept == null || !accept.contains("text/event-stream")) {
                throw new ApiError(406, "not_acceptable", "this is an event stream: send Accept: text/event-stream");
            }
            new SseHandler(client -> events.open(client, r.id())).handle(ctx);
        });
        routes.delete("/api/jobs/{id}", ctx -> {
            JobRecord r = runner.cancel(find(runner, owner, ctx).id()).orElseThrow();
            Json.send(ctx, r.status().terminal() ? 200 : 202, document(r));
        });
    }

    /** The job {@code {id}} of the caller; 404 when there is none or it is someone else's. */
    private static JobRecord find(JobRunner runner, Function<Context, String> owner, Context ctx) {
        String id = ctx.pathParam("id");
        return runner.get(id).filter(r -> r.owner().equals(owner.apply(ctx)))
                .orElseThrow(() -> ApiError.notFound("no job " + id));
    }

    /** The list entry: no params, metrics or result. */
    static ObjectNode summary(JobRecord r) {
        ObjectNode o = Json.object().put("id", r.id()).put("kind", r.kind()).put("status", r.status().json())
                .put("progress", r.progress());
        if (r.error() != null) {
            o.put("error", r.error());
        }
        time(o, "createdAt", r.createdAt());
        time(o, "startedAt", r.startedAt());
        time(o, "finishedAt", r.finishedAt());
        return o;
    }

    /** The full job document: the list entry plus params, metrics and result. */
    static ObjectNode document(JobRecord r) {
        ObjectNode o = summary(r);
        o.set("params", parse(r.paramsJson()));
        o.set("metrics", parse(r.metricsJson()));
        o.set("result", r.resultJson() == null ? o.nullNode() : parse(r.resultJson()));
        return o;
    }

    /** The data of the {@code done} event. */
    static String doneEvent(JobRecord r) {
        ObjectNode o = Json.object().put("id", r.id()).put("status", r.status().json()).put("progress", r.progress());
        if (r.error() != null) {
            o.put("error", r.error());
        }
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void time(ObjectNode o, String name, Instant t) {
        if (t == null) {
            o.putNull(name);
        } else {
            o.put(name, t.toString());
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
