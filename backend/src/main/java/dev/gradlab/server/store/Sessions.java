package dev.gradlab.server.store;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Login sessions. A session is a random token (32 bytes, base64url) in the {@code gradlab_session}
 * cookie; the table keeps only its SHA-256, so a copy of the database lets nobody log in. Each
 * session has its own CSRF token that state-changing requests repeat in {@code X-CSRF-Token}.
 *
 * <p>Routes ask {@link #current(Context)} who is logged in: the session filter of
 * {@code dev.gradlab.server.http.AuthRoutes} looks the cookie up once per API request.
 */
public final class Sessions {
    public static final String COOKIE = "gradlab_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final Duration LIFETIME = Duration.ofDays(14);

    private static final String ATTRIBUTE = "gradlab.session";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final Database db;
    private final LongSupplier clock;

    /** A session of {@code account}; {@code csrfToken} must accompany its state-changing requests. */
    public record Session(Account account, String csrfToken) {
    }

    /** A session just created: {@code token} goes into the cookie, and is nowhere else. */
    public record Created(String token, Session session) {
    }

    public Sessions(Database db) {
        this(db, System::currentTimeMillis);
    }

    Sessions(Database db, LongSupplier clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Starts a session for {@code account} (and deletes every expired session). */
    public Created create(Account account) {
        String token = randomToken();
        String csrf = randomToken();
        long now = clock.getAsLong();
        db.transaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM sessions WHERE expires < ?")) {
                del.setLong(1, now);
                del.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO sessions (token_hash, user_id, csrf_token, created, expires) VALUES (?, ?, ?, ?, ?)")) {
                st.setString(1, hash(token));
                st.setLong(2, account.id());
                st.setString(3, csrf);
                st.setLong(4, now);
                st.setLong(5, now + LIFETIME.toMillis());
                return st.executeUpdate();
            }
        });
        return new Created(token, new Session(account, csrf));
    }

    /** The live session of a cookie's token; empty for an unknown, malformed or expired token. */
    public Optional<Session> lookup(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        long now = clock.getAsLong();
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT u.id, u.username, u.role, u.variant_seed, s.csrf_token FROM sessions s"
                            + " JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires > ?")) {
                st.setString(1, hash(token));
                st.setLong(2, now);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new Session(Accounts.account(rs), rs.getString(5)))
                            : Optional.<Session>empty();
                }
            }
        });
    }

    /** Ends the session of {@code token} (nothing if there is none). */
    public void delete(String token) {
        if (token == null) {
            return;
        }
        db.transaction(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
                st.setString(1, hash(token));
                return st.executeUpdate();
            }
        });
    }

    /** Who is logged in on this request: empty when there is no live session (or outside /api/). */
    public static Optional<Account> current(Context ctx) {
        return session(ctx).map(Session::account);
    }

    /** The live session of this request, as the session filter found it. */
    public static Optional<Session> session(Context ctx) {
        Session s = ctx.attribute(ATTRIBUTE);
        return Optional.ofNullable(s);
    }

    /** Records the session the filter found (or a login created) for {@link #current}. */
    public static void attach(Context ctx, Session session) {
        ctx.attribute(ATTRIBUTE, session);
    }

    /** Whether {@code given} is the session's CSRF token (compared in constant time). */
    public static boolean csrfMatches(Session session, String given) {
        return given != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return B64URL.encodeToString(b);
    }

    static String hash(String token) {
        try {
            return B64URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
