package dev.gradlab.server.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportsTest {
    @TempDir
    Path data;
    Database db;
    Attempts attempts;
    Reports reports;
    Accounts accounts;

    @BeforeEach
    void open() {
        db = Database.open(data, TestDb.freshUrl());
        attempts = new Attempts(db);
        reports = new Reports(db);
        accounts = new Accounts(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static String result(String dfMistake, String hMistake) {
        return "{\"parts\": {\"df\": {\"status\": \"incorrect\", \"score\": 0, \"feedback\": \"\", \"mistake\": "
                + (dfMistake == null ? "null" : "\"" + dfMistake + "\"") + "},"
                + " \"h\": {\"status\": \"correct\", \"score\": 1, \"feedback\": \"\", \"mistake\": "
                + (hMistake == null ? "null" : "\"" + hMistake + "\"") + "}}}";
    }

    void record(Account who, String exercise, String result, double score) {
        attempts.record(who.id(), exercise, 0, "{}", result, score, score == 1, null);
    }

    @Test
    void analyticsCountsStudentsPerMistakeNotAttempts() {
        Account ada = accounts.create("ada", "password-1", null);
        Account alan = accounts.create("alan", "password-2", null);
        Account carl = accounts.create("carl", "password-3", null);
        Account grace = accounts.create("grace", "password-4", "instructor");
        record(ada, "chain", result("missing-inner-derivative", null), 0);
        record(ada, "chain", result("missing-inner-derivative", null), 0);
        record(alan, "chain", result("missing-inner-derivative", "sign-error"), 0);
        record(alan, "chain", result("wrong-product-rule", null), 0.5);
        record(carl, "chain", result(null, null), 1);
        record(carl, "other", result("missing-inner-derivative", null), 0);
        record(grace, "chain", result("sign-error", null), 0);
        Reports.Analytics a = reports.analytics("chain");
        assertEquals(3, a.students());
        assertEquals(Map.of("missing-inner-derivative", 2, "wrong-product-rule", 1), a.parts().get("df"));
        assertEquals(Map.of("sign-error", 1), a.parts().get("h"));
    }

    @Test
    void analyticsOfAnExerciseNobodyTriedIsEmpty() {
        Reports.Analytics a = reports.analytics("nothing");
        assertEquals(0, a.students());
        assertEquals(Map.of(), a.parts());
    }

    @Test
    void aResultThatIsNotJsonCountsItsStudentButNoMistake() {
        Account ada = accounts.create("ada", "password-1", null);
        record(ada, "chain", "not json", 0);
        assertEquals(1, reports.analytics("chain").students());
        assertEquals(Map.of(), reports.analytics("chain").parts());
    }

    @Test
    void theGradebookHasEveryStudentAndTheCatalogColumnsThenOtherAttemptedExercises() {
        Account ada = accounts.create("ada", "password-1", null);
        accounts.create("bob", "password-2", null);
        Account grace = accounts.create("grace", "password-4", "instructor");
        record(ada, "chain", result(null, null), 0.5);
        record(ada, "chain", result(null, null), 1);
        record(ada, "zeta", result(null, null), 0.25);
        record(grace, "chain", result(null, null), 1);
        Reports.Gradebook book = reports.gradebook(List.of("softmax", "chain"));
        assertEquals(List.of("softmax", "chain", "zeta"), book.exerciseIds());
        assertEquals(List.of("ada", "bob"), book.rows().stream().map(Reports.Row::username).toList());
        assertEquals(Map.of("chain", 1.0, "zeta", 0.25), book.rows().get(0).best());
        assertEquals(Map.of(), book.rows().get(1).best());
    }
}
