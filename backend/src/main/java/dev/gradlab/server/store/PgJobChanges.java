package dev.gradlab.server.store;

import dev.gradlab.server.jobs.JobChanges;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * PostgreSQL's {@code LISTEN} on a connection of its own (outside the pool): {@link #await}
 * returns the payloads (job ids) of the notifications on the channel. When the connection fails
 * it answers null ("anything may have changed") and connects again at the next call, so a feed
 * falls back to reading every followed job until notifications flow again.
 */
final class PgJobChanges implements JobChanges {
    private static final Logger LOG = LoggerFactory.getLogger(PgJobChanges.class);
    /** The longest pause between attempts to connect again. */
    private static final long RETRY_MILLIS = 1_000;

    private final Database db;
    private final String channel;
    private Connection conn;
    private PGConnection pg;
    private boolean failing;

    PgJobChanges(Database db, String channel) {
        this.db = db;
        this.channel = channel;
    }

    @Override
    public Set<String> await(long timeoutMillis) throws InterruptedException {
        if (conn == null) {
            if (!listen()) {
                Thread.sleep(Math.max(1, Math.min(timeoutMillis, RETRY_MILLIS)));
            }
            return null;  // whatever happened before LISTEN is unknown
        }
        try {
            PGNotification[] ns = pg.getNotifications((int) Math.max(1, Math.min(timeoutMillis, Integer.MAX_VALUE)));
            Set<String> ids = new HashSet<>();
            if (ns != null) {
                for (PGNotification n : ns) {
                    if (channel.equals(n.getName())) {
                        ids.add(n.getParameter());
                    }
                }
            }
            return ids;
        } catch (SQLException e) {
            LOG.warn("lost the notification connection ({}); reading followed jobs until it is back", e.getMessage());
            close();
            failing = true;
            return null;
        }
    }

    private boolean listen() {
        try {
            Connection c = db.connect();
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN " + channel);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            conn = c;
            pg = c.unwrap(PGConnection.class);
            if (failing) {
                LOG.info("listening to job notifications again");
            }
            failing = false;
            return true;
        } catch (SQLException e) {
            if (!failing) {
                LOG.warn("cannot listen to job notifications ({}); reading followed jobs every second", e.getMessage());
            }
            failing = true;
            return false;
        }
    }

    @Override
    public void close() {
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException e) {
                LOG.debug("closing the notification connection", e);
            }
        }
        conn = null;
        pg = null;
    }
}
