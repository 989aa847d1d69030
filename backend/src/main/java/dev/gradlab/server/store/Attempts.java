package dev.gradlab.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Graded attempts and the progress they add up to. {@link #record} stores one attempt and
 * updates the user's progress for the exercise (best score, number of attempts, solved) in the
 * same transaction, so the two never disagree.
 */
public final class Attempts {
    public static final int MAX_EXERCISE_ID = 200;
    public static final int MAX_CLIENT_ATTEMPT_ID = 100;
    private static final int RETRIES = 3;

    private final Database db;
    private final LongSupplier clock;

    /** One stored attempt; {@code answersJson} and {@code resultJson} are the JSON texts given to {@link #record}. */
    public record Submission(long id, String username, String exerciseId, int variant, String answersJson,
                             String resultJson, double score, boolean correct, String clientAttemptId, long created) {
    }

    /** A user's standing on one exercise. */
    public record Progress(double bestScore, int attempts, boolean solved) {
    }

    public Attempts(Database db) {
        this(db, System::currentTimeMillis);
    }

    Attempts(Database db, LongSupplier clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records a graded attempt (call it for attempts that count: not for answers that could not
     * be interpreted) and updates the progress of {@code userId} on {@code exerciseId}.
     *
     * @param answersJson     the answers as submitted, a JSON text
     * @param resultJson      the grading, a JSON text {@code {"parts": {partId: {"status", "score",
     *                        "feedback", "mistake"}}, ...}} (read by the analytics)
     * @param clientAttemptId the client's id for this attempt, or null; when a row with the same
     *                        user and id exists, its id is returned and nothing is recorded again
     * @return the attempt's id
     * @throws IllegalArgumentException for a missing or oversized argument
     */
    public long record(long userId, String exerciseId, int variant, String answersJson, String resultJson,
                       double score, boolean correct, String clientAttemptId) {
        if (exerciseId == null || exerciseId.isEmpty() || exerciseId.length() > MAX_EXERCISE_ID) {
            throw new IllegalArgumentException("exerciseId must have 1 to " + MAX_EXERCISE_ID + " characters");
        }
        if (answersJson == null || resultJson == null) {
            throw new IllegalArgumentException("answersJson and resultJson are required");
        }
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be a finite number, not " + score);
        }
        if (clientAttemptId != null && (clientAttemptId.isEmpty() || clientAttemptId.length() > MAX_CLIENT_ATTEMPT_ID)) {
            throw new IllegalArgumentException("clientAttemptId must have 1 to " + MAX_CLIENT_ATTEMPT_ID + " characters");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return db.transaction(c -> {
                    if (clientAttemptId != null) {
                        Long existing = existing(c, userId, clientAttemptId);
                        if (existing != null) {
                            return existing;
                        }
                    }
                    long now = clock.getAsLong();
                    long id = insert(c, userId, exerciseId, variant, answersJson, resultJson, score, correct,
                            clientAttemptId, now);
                    updateProgress(c, userId, exerciseId, score, correct, now);
                    return id;
                });
            } catch (StoreException e) {
                // A concurrent request inserted the same client attempt id or the first progress
                // row in between: run again, now finding that row.
                if (!e.isUniqueViolation() || attempt >= RETRIES) {
                    throw e;
                }
            }
        }
    }

    private static Long existing(Connection c, long userId, String clientAttemptId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id FROM attempts WHERE user_id = ? AND client_attempt_id = ?")) {
            st.setLong(1, userId);
            st.setString(2, clientAttemptId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long insert(Connection c, long userId, String exerciseId, int variant, String answersJson,
                               String resultJson, double score, boolean correct, String clientAttemptId, long now)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO attempts (user_id, exercise_id, variant, answers,"
                + " result, score, correct, client_attempt_id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            st.setLong(1, userId);
            st.setString(2, exerciseId);
            st.setInt(3, variant);
            st.setString(4, answersJson);
            st.setString(5, resultJson);
            st.setDouble(6, score);
            st.setBoolean(7, correct);
            st.setString(8, clientAttemptId);
            st.setLong(9, now);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void updateProgress(Connection c, long userId, String exerciseId, double score, boolean correct,
                                       long now) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE progress SET"
                + " best_score = CASE WHEN best_score < ? THEN ? ELSE best_score END,"
                + " attempts = attempts + 1, solved = (solved OR ?), updated = ?"
                + " WHERE user_id = ? AND exercise_id = ?")) {
            up.setDouble(1, score);
            up.setDouble(2, score);
            up.setBoolean(3, correct);
            up.setLong(4, now);
            up.setLong(5, userId);
            up.setString(6, exerciseId);
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO progress"
                + " (user_id, exercise_id, best_score, attempts, solved, updated) VALUES (?, ?, ?, 1, ?, ?)")) {
            ins.setLong(1, userId);
            ins.setString(2, exerciseId);
            ins.setDouble(3, score);
            ins.setBoolean(4, correct);
            ins.setLong(5, now);
            ins.executeUpdate();
        }
    }

    /** The attempts of {@code userId}, newest first, of one exercise (or all when null), at most {@code limit}. */
    public List<Submission> submissions(long userId, String exerciseId, int limit) {
        return db.read(c -> {
            String sql = "SELECT a.id, u.username, a.exercise_id, a.variant, a.answers, a.result, a.score, a.correct,"
                    + " a.client_attempt_id, a.created FROM attempts a JOIN users u ON u.id = a.user_id"
                    + " WHERE a.user_id = ?" + (exerciseId == null ? "" : " AND a.exercise_id = ?")
                    + " ORDER BY a.id DESC";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setMaxRows(limit);
                st.setLong(1, userId);
                if (exerciseId != null) {
                    st.setString(2, exerciseId);
                }
                List<Submission> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next() && out.size() < limit) {
                        out.add(new Submission(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getBoolean(8), rs.getString(9),
                                rs.getLong(10)));
                    }
                }
                return out;
            }
        });
    }

    /** The progress of {@code userId} on every exercise attempted, by exercise id. */
    public Map<String, Progress> progress(long userId) {
        return db.read(c -> {
            Map<String, Progress> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT exercise_id, best_score, attempts, solved"
                    + " FROM progress WHERE user_id = ? ORDER BY exercise_id")) {
                st.setLong(1, userId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Progress(rs.getDouble(2), rs.getInt(3), rs.getBoolean(4)));
                    }
                }
            }
            return out;
        });
    }
}
