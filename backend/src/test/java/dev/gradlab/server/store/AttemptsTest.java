package dev.gradlab.server.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AttemptsTest {
    @TempDir
    Path data;
    Database db;
    Attempts attempts;
    Account ada;
    Account alan;

    @BeforeEach
    void open() {
        db = Database.open(data, TestDb.freshUrl());
        attempts = new Attempts(db);
        Accounts accounts = new Accounts(db);
        ada = accounts.create("ada", "lovelace-1815", null);
        alan = accounts.create("alan", "turing-1912", null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    long record(Account who, String exercise, double score, boolean correct, String clientId) {
        return attempts.record(who.id(), exercise, 0, "{\"df\": \"2*x\"}", "{\"parts\": {}}", score, correct, clientId);
    }

    long rows(Account who) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM attempts WHERE user_id = ?")) {
                st.setLong(1, who.id());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void recordingTheSameClientAttemptIdAgainReturnsTheFirstIdAndAddsNothing() {
        long first = record(ada, "chain-rule", 0.5, false, "c-1");
        long again = record(ada, "chain-rule", 0.5, false, "c-1");
        assertEquals(first, again);
        assertEquals(1, rows(ada));
        assertEquals(1, attempts.progress(ada.id()).get("chain-rule").attempts());
    }

    @Test
    void withoutAClientAttemptIdEveryRecordIsANewAttempt() {
        assertNotEquals(record(ada, "chain-rule", 0.5, false, null), record(ada, "chain-rule", 0.5, false, null));
        assertEquals(2, rows(ada));
    }

    @Test
    void anotherUserMayUseTheSameClientAttemptId() {
        assertNotEquals(record(ada, "chain-rule", 1, true, "c-1"), record(alan, "chain-rule", 1, true, "c-1"));
    }

    @Test
    void progressKeepsTheBestScoreCountsAttemptsAndStaysSolved() {
        record(ada, "chain-rule", 0.5, false, null);
        record(ada, "chain-rule", 1.0, true, null);
        record(ada, "chain-rule", 0.25, false, null);
        record(ada, "softmax", 0.0, false, null);
        Map<String, Attempts.Progress> p = attempts.progress(ada.id());
        assertEquals(new Attempts.Progress(1.0, 3, true), p.get("chain-rule"));
        assertEquals(new Attempts.Progress(0.0, 1, false), p.get("softmax"));
        assertEquals(List.of("chain-rule", "softmax"), new ArrayList<>(p.keySet()));
        assertEquals(Map.of(), attempts.progress(alan.id()));
    }

    @Test
    void submissionsComeNewestFirstFilteredByExercise() {
        record(ada, "chain-rule", 0.5, false, null);
        record(ada, "softmax", 1, true, null);
        record(ada, "chain-rule", 1, true, "last");
        List<Attempts.Submission> all = attempts.submissions(ada.id(), null, 100);
        assertEquals(List.of("chain-rule", "softmax", "chain-rule"), all.stream().map(Attempts.Submission::exerciseId).toList());
        assertEquals("last", all.get(0).clientAttemptId());
        assertEquals("{\"df\": \"2*x\"}", all.get(0).answersJson());
        assertEquals(2, attempts.submissions(ada.id(), "chain-rule", 100).size());
        assertEquals(1, attempts.submissions(ada.id(), null, 1).size());
    }

    @Test
    void concurrentRecordsWithOneClientAttemptIdStoreOneAttempt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> record(ada, "chain-rule", 1, true, "double-click"));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<Long> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertEquals(1, ids.size());
            assertEquals(1, rows(ada));
            assertEquals(1, attempts.progress(ada.id()).get("chain-rule").attempts());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScoreThatIsNotANumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> record(ada, "chain-rule", Double.NaN, false, null));
        assertEquals(0, rows(ada));
    }
}
