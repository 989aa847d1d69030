package dev.gradlab.server.store;

import dev.gradlab.server.jobs.InMemoryJobStore;
import dev.gradlab.server.jobs.JobChanges;
import dev.gradlab.server.jobs.JobRecord;
import dev.gradlab.server.jobs.JobStatus;
import dev.gradlab.server.jobs.JobStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Jobs in the {@code jobs} table (V3__jobs.sql), on H2 or PostgreSQL. A claim is
 * {@code SELECT … ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED} plus an {@code UPDATE} in one
 * transaction, so workers in several processes each get a different job without waiting for
 * each other. On PostgreSQL every change of a job also sends {@code NOTIFY gradlab_jobs, '<id>'}
 * (delivered at commit), which {@link #changes} listens to, and the per-owner limit is kept under
 * a transaction-scoped advisory lock on the owner.
 *
 * <p>H2 accepts {@code SKIP LOCKED} but locks every row its scan reads, not only the one returned:
 * a second claim while one is open finds nothing rather than the next job. H2's file can only be
 * opened by one process anyway, so on H2 claims (and limited inserts) are serialised in this
 * process instead; sharing a database between processes needs PostgreSQL.
 */
public final class SqlJobStore implements JobStore {
    /** The PostgreSQL notification channel; the payload is the job's id. */
    public static final String CHANNEL = "gradlab_jobs";

    private static final String COLUMNS = "id, owner, kind, params_json, status, progress, metrics_json, result_json, "
            + "error, created_at, started_at, finished_at, worker_id, heartbeat_at, cancel_requested";
    /** The advisory-lock class of the per-owner limit ("jobs" in ASCII). */
    private static final int LOCK_CLASS = 0x6a6f6273;

    private final Database db;
    private final LongSupplier clock;
    private final Object local = new Object();

    public SqlJobStore(Database db) {
        this(db, System::currentTimeMillis);
    }

    SqlJobStore(Database db, LongSupplier clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public JobRecord create(String owner, String kind, String paramsJson) {
        return db.transaction(c -> insert(c, owner, kind, paramsJson));
    }

    @Override
    public Optional<JobRecord> createWithin(String owner, String kind, String paramsJson, int limit) {
        Database.Work<Optional<JobRecord>> work = c -> {
            if (db.isPostgres()) {
                try (PreparedStatement st = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
                    st.setInt(1, LOCK_CLASS);
                    st.setInt(2, owner.hashCode());
                    st.executeQuery().close();
                }
            }
            return countActive(c, owner) >= limit ? Optional.empty() : Optional.of(insert(c, owner, kind, paramsJson));
        };
        if (db.isPostgres()) {
            return db.transaction(work);
        }
        synchronized (local) {
            return db.transaction(work);
        }
    }

    private JobRecord insert(Connection c, String owner, String kind, String paramsJson) throws SQLException {
        String id = InMemoryJobStore.newId();
        long now = clock.getAsLong();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO jobs (id, owner, kind, params_json, status, "
                + "progress, metrics_json, created_at, cancel_requested) VALUES (?, ?, ?, ?, 'queued', 0, '{}', ?, FALSE)")) {
            st.setString(1, id);
            st.setString(2, owner);
            st.setString(3, kind);
            st.setString(4, paramsJson);
            st.setLong(5, now);
            st.executeUpdate();
        }
        notify(c, id);
        return new JobRecord(id, owner, kind, paramsJson, JobStatus.QUEUED, 0, "{}", null, null,
                Instant.ofEpochMilli(now), null, null, null, null, false);
    }

    @Override
    public Optional<JobRecord> claimNextQueued(String workerId) {
        Database.Work<Optional<JobRecord>> work = c -> {
            String id = null;
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id FROM jobs WHERE status = 'queued' ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED");
                 ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    id = rs.getString(1);
                }
            }
            if (id == null) {
                return Optional.empty();
            }
            long now = clock.getAsLong();
            try (PreparedStatement st = c.prepareStatement("UPDATE jobs SET status = 'running', started_at = ?, "
                    + "worker_id = ?, heartbeat_at = ? WHERE id = ? AND status = 'queued'")) {
                st.setLong(1, now);
                st.setString(2, workerId);
                st.setLong(3, now);
                st.setString(4, id);
                if (st.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            notify(c, id);
            return get(c, id);
        };
        if (db.isPostgres()) {
            return db.transaction(work);
        }
        synchronized (local) {
            return db.transaction(work);
        }
    }

    @Override
    public void updateProgress(String id, double progress, String metricsJson) {
        update("UPDATE jobs SET progress = ?, metrics_json = ? WHERE id = ? AND status = 'running'", id,
                st -> {
                    st.setDouble(1, progress);
                    st.setString(2, metricsJson);
                    st.setString(3, id);
                });
    }

    @Override
    public boolean finish(String id, JobStatus status, String metricsJson, String resultJson, String error) {
        if (!status.terminal()) {
            throw new IllegalArgumentException("finish needs a terminal status, not " + status);
        }
        String progress = status == JobStatus.SUCCEEDED ? "1.0" : "progress";
        return update("UPDATE jobs SET status = ?, progress = " + progress + ", metrics_json = COALESCE(?, metrics_json), "
                + "result_json = ?, error = ?, finished_at = ? WHERE id = ? AND status IN ('queued', 'running')", id, st -> {
                    st.setString(1, status.json());
                    setText(st, 2, metricsJson);
                    setText(st, 3, resultJson);
                    setText(st, 4, error);
                    st.setLong(5, clock.getAsLong());
                    st.setString(6, id);
                });
    }

    @Override
    public boolean cancelQueued(String id, String reason) {
        return update("UPDATE jobs SET status = 'cancelled', error = ?, finished_at = ? WHERE id = ? AND status = 'queued'",
                id, st -> {
                    setText(st, 1, reason);
                    st.setLong(2, clock.getAsLong());
                    st.setString(3, id);
                });
    }

    @Override
    public boolean requestCancel(String id) {
        return update("UPDATE jobs SET cancel_requested = TRUE WHERE id = ? AND status = 'running'", id,
                st -> st.setString(1, id));
    }

    @Override
    public Set<String> cancelRequested(String workerId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id FROM jobs WHERE worker_id = ? AND status = 'running' AND cancel_requested = TRUE")) {
                st.setString(1, workerId);
                Set<String> ids = new HashSet<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public void heartbeat(String workerId) {
        db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE jobs SET heartbeat_at = ? WHERE worker_id = ? AND status = 'running'")) {
                st.setLong(1, clock.getAsLong());
                st.setString(2, workerId);
                return st.executeUpdate();
            }
        });
    }

    @Override
    public Optional<JobRecord> get(String id) {
        return db.read(c -> get(c, id));
    }

    private static Optional<JobRecord> get(Connection c, String id) throws SQLException {
        List<JobRecord> rs = select(c, "WHERE id = ?", id);
        return rs.isEmpty() ? Optional.empty() : Optional.of(rs.get(0));
    }

    @Override
    public List<JobRecord> listByOwner(String owner) {
        return db.read(c -> select(c, "WHERE owner = ? ORDER BY seq DESC", owner));
    }

    @Override
    public List<JobRecord> listRunning() {
        return db.read(c -> select(c, "WHERE status = 'running' ORDER BY seq", null));
    }

    @Override
    public int countActive(String owner) {
        return db.read(c -> countActive(c, owner));
    }

    private static int countActive(Connection c, String owner) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT COUNT(*) FROM jobs WHERE owner = ? AND status IN ('queued', 'running')")) {
            st.setString(1, owner);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Override
    public int deleteEndedBefore(long cutoffMillis) {
        return db.transaction(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM jobs WHERE status IN ('succeeded', 'failed', "
                    + "'cancelled') AND finished_at < ?")) {
                st.setLong(1, cutoffMillis);
                return st.executeUpdate();
            }
        });
    }

    /** The embedded H2 file: only this process can open it. */
    @Override
    public boolean exclusive() {
        return db.isEmbedded();
    }

    /** PostgreSQL: {@code LISTEN gradlab_jobs} on a connection of its own; else polling. */
    @Override
    public JobChanges changes(long pollMillis) {
        return db.isPostgres() ? new PgJobChanges(db, CHANNEL) : JobChanges.polling(pollMillis);
    }

    /** Sets what a statement needs. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    /** One UPDATE of job {@code id} in a transaction that also notifies when a row changed. */
    private boolean update(String sql, String id, Binder binder) {
        return db.transaction(c -> {
            int n;
            try (PreparedStatement st = c.prepareStatement(sql)) {
                binder.bind(st);
                n = st.executeUpdate();
            }
            if (n > 0) {
                notify(c, id);
            }
            return n > 0;
        });
    }

    /** {@code NOTIFY gradlab_jobs, id} on PostgreSQL (sent when the transaction commits). */
    private void notify(Connection c, String id) throws SQLException {
        if (db.isPostgres()) {
            try (PreparedStatement st = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                st.setString(1, CHANNEL);
                st.setString(2, id);
                st.executeQuery().close();
            }
        }
    }

    private static void setText(PreparedStatement st, int i, String s) throws SQLException {
        if (s == null) {
            st.setNull(i, Types.VARCHAR);
        } else {
            st.setString(i, s);
        }
    }

    private static List<JobRecord> select(Connection c, String where, String param) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM jobs " + where)) {
            if (param != null) {
                st.setString(1, param);
            }
            List<JobRecord> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new JobRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            JobStatus.of(rs.getString(5)), rs.getDouble(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), time(rs, 10), time(rs, 11), time(rs, 12), rs.getString(13), time(rs, 14),
                            rs.getBoolean(15)));
                }
            }
            return out;
        }
    }

    private static Instant time(ResultSet rs, int column) throws SQLException {
        long t = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(t);
    }
}
