package dev.gradlab.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What instructors see across students: the gradebook and per-exercise mistake counts. */
public final class Reports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;

    public Reports(Database db) {
        this.db = db;
    }

    /**
     * Best scores of every student.
     *
     * @param exerciseIds the columns, in order; exercises some student attempted that are not in
     *                    it follow, sorted (so no score is ever left out)
     * @param rows        one per student account, by username
     */
    public record Gradebook(List<String> exerciseIds, List<Row> rows) {
    }

    /** A student's best score per exercise id (absent: never attempted). */
    public record Row(String username, Map<String, Double> best) {
    }

    /**
     * Mistakes diagnosed in the students' attempts at one exercise.
     *
     * @param students the number of students with at least one recorded attempt
     * @param parts    part id → mistake id → the number of students who made that mistake at least once
     *                 (every part that appears in a result, even without mistakes)
     */
    public record Analytics(String exerciseId, int students, Map<String, Map<String, Integer>> parts) {
    }

    public Gradebook gradebook(List<String> exerciseIds) {
        return db.read(c -> {
            Map<String, Map<String, Double>> best = new TreeMap<>();
            Set<String> extra = new TreeSet<>();
            try (PreparedStatement st = c.prepareStatement("SELECT username FROM users WHERE role = ?")) {
                st.setString(1, Account.STUDENT);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        best.put(rs.getString(1), new HashMap<>());
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT u.username, p.exercise_id, p.best_score"
                    + " FROM progress p JOIN users u ON u.id = p.user_id WHERE u.role = ?")) {
                st.setString(1, Account.STUDENT);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        best.get(rs.getString(1)).put(rs.getString(2), rs.getDouble(3));
                        extra.add(rs.getString(2));
                    }
                }
            }
            LinkedHashSet<String> columns = new LinkedHashSet<>(exerciseIds);
            columns.addAll(extra);
            List<Row> rows = new ArrayList<>();
            best.forEach((username, scores) -> rows.add(new Row(username, scores)));
            return new Gradebook(List.copyOf(columns), rows);
        });
    }

    /**
     * Reads the stored results of every student attempt at {@code exerciseId}; a result that is
     * not JSON of the documented shape counts its student but no mistakes.
     */
    public Analytics analytics(String exerciseId) {
        return db.read(c -> {
            Set<Long> students = new HashSet<>();
            Map<String, Map<String, Set<Long>>> parts = new TreeMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT a.user_id, a.result FROM attempts a"
                    + " JOIN users u ON u.id = a.user_id WHERE a.exercise_id = ? AND u.role = ?")) {
                st.setString(1, exerciseId);
                st.setString(2, Account.STUDENT);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long user = rs.getLong(1);
                        students.add(user);
                        count(user, rs.getString(2), parts);
                    }
                }
            }
            Map<String, Map<String, Integer>> out = new TreeMap<>();
            parts.forEach((part, mistakes) -> {
                Map<String, Integer> counts = new TreeMap<>();
                mistakes.forEach((mistake, who) -> counts.put(mistake, who.size()));
                out.put(part, counts);
            });
            return new Analytics(exerciseId, students.size(), out);
        });
    }

    private static void count(long user, String resultJson, Map<String, Map<String, Set<Long>>> parts) {
        JsonNode result;
        try {
            result = JSON.readTree(resultJson);
        } catch (JsonProcessingException e) {
            return;
        }
        JsonNode ps = result == null ? null : result.get("parts");
        if (ps == null || !ps.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> part : ps.properties()) {
            Map<String, Set<Long>> mistakes = parts.computeIfAbsent(part.getKey(), k -> new TreeMap<>());
            JsonNode mistake = part.getValue().get("mistake");
            if (mistake != null && mistake.isTextual() && !mistake.textValue().isEmpty()) {
                mistakes.computeIfAbsent(mistake.textValue(), k -> new HashSet<>()).add(user);
            }
        }
    }
}
