package dev.gradlab.web.view;

import dev.gradlab.core.json.JsonWriter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks made while the server could not be reached, kept (in localStorage) until they are sent.
 * Each has a client attempt id, so sending one twice (a lost answer, two tabs) records it once: the
 * server de-duplicates per user by that id. An attempt belongs to the user who made it ("" for
 * nobody) and is sent only in that user's session. Mutable; not thread-safe (the page has one
 * thread).
 */
public final class AttemptQueue {
    /** One queued check. Immutable. */
    public static final class Attempt {
        public final String clientAttemptId;
        public final String username;
        public final String exerciseId;
        public final int variant;
        public final Map<String, String> answers;
        public final Map<String, Integer> hintsShown;
        /** Milliseconds since the epoch. */
        public final double createdAt;

        public Attempt(String clientAttemptId, String username, String exerciseId, int variant, Map<String, String> answers,
                Map<String, Integer> hintsShown, double createdAt) {
            this.clientAttemptId = clientAttemptId;
            this.username = username;
            this.exerciseId = exerciseId;
            this.variant = variant;
            this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            this.hintsShown = Collections.unmodifiableMap(new LinkedHashMap<>(hintsShown));
            this.createdAt = createdAt;
        }

        /** The body of {@code POST /api/exercises/{id}/check} for this attempt. */
        public String checkBody() {
            JsonWriter w = new JsonWriter().beginObject().name("variant").value(variant);
            writeFields(w);
            return w.name("clientAttemptId").value(clientAttemptId).endObject().toString();
        }

        private void writeFields(JsonWriter w) {
            w.name("answers").beginObject();
            for (Map.Entry<String, String> a : answers.entrySet()) {
                w.name(a.getKey()).value(a.getValue());
            }
            w.endObject().name("hintsShown").beginObject();
            for (Map.Entry<String, Integer> h : hintsShown.entrySet()) {
                w.name(h.getKey()).value(h.getValue());
            }
            w.endObject();
        }

        void write(JsonWriter w) {
            w.beginObject().name("clientAttemptId").value(clientAttemptId).name("username").value(username)
                    .name("exerciseId").value(exerciseId).name("variant").value(variant);
            writeFields(w);
            w.name("createdAt").value(createdAt).endObject();
        }

        static Attempt read(Map<String, Object> m) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (Map.Entry<String, Object> a : JsonData.object(m, "answers").entrySet()) {
                answers.put(a.getKey(), a.getValue() instanceof String ? (String) a.getValue() : "");
            }
            Map<String, Integer> hints = new LinkedHashMap<>();
            Map<String, Object> h = JsonData.object(m, "hintsShown");
            for (String k : h.keySet()) {
                hints.put(k, JsonData.integer(h, k, 0));
            }
            return new Attempt(JsonData.string(m, "clientAttemptId", ""), JsonData.string(m, "username", ""),
                    JsonData.string(m, "exerciseId", ""), JsonData.integer(m, "variant", 0), answers, hints,
                    JsonData.number(m, "createdAt", 0));
        }
    }

    private final List<Attempt> items = new ArrayList<>();

    /** An empty queue. */
    public AttemptQueue() {
    }

    /** What {@link #json} wrote; null, unreadable text or malformed entries give what can be read. */
    public static AttemptQueue parse(String json) {
        AttemptQueue q = new AttemptQueue();
        if (json == null) {
            return q;
        }
        try {
            for (Object o : JsonData.array(JsonData.parse(json))) {
                Attempt a = Attempt.read(JsonData.object(o));
                if (!a.clientAttemptId.isEmpty() && !a.exerciseId.isEmpty()) {
                    q.add(a);
                }
            }
        } catch (IllegalArgumentException unreadable) {
            // an empty queue rather than a page that cannot start
        }
        return q;
    }

    public String json() {
        JsonWriter w = new JsonWriter().beginArray();
        for (Attempt a : items) {
            a.write(w);
        }
        return w.endArray().toString();
    }

    /** Adds {@code a} unless an attempt with its id is already queued. */
    public void add(Attempt a) {
        if (find(a.clientAttemptId) == null) {
            items.add(a);
        }
    }

    /** Removes the attempt with this id; false when there was none. */
    public boolean remove(String clientAttemptId) {
        Attempt a = find(clientAttemptId);
        return a != null && items.remove(a);
    }

    public Attempt find(String clientAttemptId) {
        for (Attempt a : items) {
            if (a.clientAttemptId.equals(clientAttemptId)) {
                return a;
            }
        }
        return null;
    }

    public int size() {
        return items.size();
    }

    /** The attempts of {@code username} ("" for nobody), oldest first. */
    public List<Attempt> of(String username) {
        List<Attempt> out = new ArrayList<>();
        for (Attempt a : items) {
            if (a.username.equals(username)) {
                out.add(a);
            }
        }
        return out;
    }

    /** How many attempts of {@code username} wait, per exercise. */
    public Map<String, Integer> pendingByExercise(String username) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Attempt a : of(username)) {
            out.merge(a.exerciseId, 1, Integer::sum);
        }
        return out;
    }
}
