package dev.gradlab.server.http;

import dev.gradlab.server.store.Sessions;
import io.javalin.http.Context;

/**
 * Who owns a job: a logged-in user ({@code user:ID}); else a visitor of the browser app, known by
 * the random {@code gradlab_anon} cookie the app sets ({@code anon:HEX}), so visitors never see one
 * another's jobs; else (an API client without that cookie) the shared owner {@code anonymous}.
 */
public final class JobOwners {
    public static final String ANON_COOKIE = "gradlab_anon";
    public static final String SHARED = "anonymous";

    private JobOwners() {
    }

    public static String of(Context ctx) {
        return Sessions.current(ctx).map(u -> "user:" + u.id()).orElseGet(() -> anonymous(ctx.cookie(ANON_COOKIE)));
    }

    /** {@code anon:HEX} for a well-formed cookie value (32 lower-case hex digits), else the shared owner. */
    static String anonymous(String cookie) {
        return cookie != null && cookie.matches("[0-9a-f]{32}") ? "anon:" + cookie : SHARED;
    }
}
