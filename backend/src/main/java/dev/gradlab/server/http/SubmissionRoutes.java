package dev.gradlab.server.http;

import dev.gradlab.core.text.Csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradlab.server.store.Account;
import dev.gradlab.server.store.Accounts;
import dev.gradlab.server.store.Attempts;
import dev.gradlab.server.store.Reports;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Recorded work (all need a session; 401 {@code not_logged_in} without):
 *
 * <ul>
 *   <li>{@code GET /api/submissions[?exercise=ID][&user=NAME][&limit=N]} → {@code {"submissions":
 *       [{"id", "username", "exerciseId", "variant", "score", "correct", "submittedAt",
 *       "clientAttemptId", "answers", "result"}]}}, newest first (at most {@code limit}, default
 *       and maximum {@value #MAX_LIMIT}). Own work; {@code user=} another name is for instructors
 *       only (403 {@code forbidden} for students, 404 for an unknown name).</li>
 *   <li>{@code GET /api/progress[?user=NAME]} → {@code {"exercises": {id: {"bestScore",
 *       "attempts", "solved"}}}}, the same {@code user=} rule.</li>
 *   <li>{@code GET /api/gradebook.csv} (instructors) → {@code text/csv}: {@code username} and a
 *       column per exercise (best score; empty when never attempted), a row per student.</li>
 *   <li>{@code GET /api/analytics/{exerciseId}} (instructors) → {@code {"exerciseId", "students",
 *       "parts": {part: {"mistakes": {mistakeId: numberOfStudents}}}}}.</li>
 * </ul>
 */
public final class SubmissionRoutes {
    public static final int MAX_LIMIT = 1000;

    private SubmissionRoutes() {
    }

    /** @param exerciseIds the catalog's exercise ids, in the order of the gradebook's columns */
    public static void register(RoutesConfig routes, Accounts accounts, Attempts attempts, Reports reports,
                                Supplier<List<String>> exerciseIds) {
        routes.get("/api/submissions", ctx -> {
            Account who = subject(ctx, accounts);
            String exercise = ctx.queryParam("exercise");
            ObjectNode out = Json.object();
            ArrayNode list = out.putArray("submissions");
            for (Attempts.Submission s : attempts.submissions(who.id(), exercise, limit(ctx))) {
                ObjectNode o = list.addObject();
                o.put("id", s.id()).put("username", s.username()).put("exerciseId", s.exerciseId())
                        .put("variant", s.variant()).put("score", s.score()).put("correct", s.correct())
                        .put("submittedAt", Instant.ofEpochMilli(s.created()).toString())
                        .put("clientAttemptId", s.clientAttemptId());
                putJson(o, "answers", s.answersJson());
                putJson(o, "result", s.resultJson());
            }
            ctx.header("Cache-Control", "no-store");
            Json.send(ctx, 200, out);
        });

        routes.get("/api/progress", ctx -> {
            Account who = subject(ctx, accounts);
            ObjectNode out = Json.object();
            ObjectNode exercises = out.putObject("exercises");
            attempts.progress(who.id()).forEach((id, p) -> exercises.putObject(id)
                    .put("bestScore", p.bestScore()).put("attempts", p.attempts()).put("solved", p.solved()));
            ctx.header("Cache-Control", "no-store");
            Json.send(ctx, 200, out);
        });

        routes.get("/api/gradebook.csv", ctx -> {
            AuthRoutes.requireInstructor(ctx);
            Reports.Gradebook book = reports.gradebook(exerciseIds.get());
            ctx.header("Cache-Control", "no-store");
            ctx.header("Content-Disposition", "attachment; filename=\"gradebook.csv\"");
            ctx.status(200).contentType("text/csv; charset=utf-8").result(csv(book));
        });

        routes.get("/api/analytics/{exerciseId}", ctx -> {
            AuthRoutes.requireInstructor(ctx);
            Reports.Analytics a = reports.analytics(ctx.pathParam("exerciseId"));
            ObjectNode out = Json.object().put("exerciseId", a.exerciseId()).put("students", a.students());
            ObjectNode parts = out.putObject("parts");
            a.parts().forEach((part, mistakes) -> {
                ObjectNode m = parts.putObject(part).putObject("mistakes");
                mistakes.forEach((mistake, students) -> m.put(mistake, (int) students));
            });
            Json.send(ctx, 200, out);
        });
    }

    /** The account whose data is asked for: the caller's own, or {@code user=} for an instructor. */
    static Account subject(Context ctx, Accounts accounts) {
        Account me = AuthRoutes.requireLogin(ctx);
        String user = ctx.queryParam("user");
        if (user == null || user.isEmpty() || user.equals(me.username())) {
            return me;
        }
        if (!me.isInstructor()) {
            throw new ApiError(403, "forbidden", "students see only their own work");
        }
        return accounts.find(user).orElseThrow(() -> ApiError.notFound("no user named '" + user + "'"));
    }

    private static int limit(Context ctx) {
        String v = ctx.queryParam("limit");
        if (v == null) {
            return MAX_LIMIT;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new ApiError(400, "bad_request", "limit must be a whole number from 1 to " + MAX_LIMIT, "limit");
    }

    /** Stored JSON goes back as JSON; a text that does not parse goes back as a string. */
    private static void putJson(ObjectNode o, String field, String json) {
        try {
            o.set(field, Json.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            o.put(field, json);
        }
    }

    static String csv(Reports.Gradebook book) {
        StringBuilder sb = new StringBuilder("username");
        for (String id : book.exerciseIds()) {
            sb.append(',').append(Csv.field(id));
        }
        sb.append("\r\n");
        for (Reports.Row row : book.rows()) {
            sb.append(Csv.field(row.username()));
            for (String id : book.exerciseIds()) {
                Double best = row.best().get(id);
                sb.append(',');
                if (best != null) {
                    sb.append(score(best));
                }
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /** At most 4 decimals, no trailing zeros: 1, 0.5, 0.3333. */
    static String score(double s) {
        BigDecimal d = BigDecimal.valueOf(s).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
