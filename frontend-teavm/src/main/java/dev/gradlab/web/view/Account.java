package dev.gradlab.web.view;

import dev.gradlab.core.json.JsonWriter;

import java.util.Map;

/**
 * Who uses the page: a logged-in user ({@code GET /api/me} or the login answer: username, role,
 * csrfToken) or nobody. The CSRF token is never stored: {@link #storageJson} keeps only the name
 * and role, so a page opened offline still knows whose attempts it is queueing. Immutable.
 */
public final class Account {
    private static final Account ANONYMOUS = new Account("", "", null);

    public final String username;
    /** {@code student}, {@code instructor}, or "" for nobody. */
    public final String role;
    /** The session's CSRF token, or null (nobody, or known only from storage while offline). */
    public final String csrfToken;

    private Account(String username, String role, String csrfToken) {
        this.username = username;
        this.role = role;
        this.csrfToken = csrfToken;
    }

    public static Account anonymous() {
        return ANONYMOUS;
    }

    /** The answer of {@code GET /api/me} or {@code POST /api/auth/login}; anonymous when it names nobody. */
    public static Account parse(String json) {
        Map<String, Object> m = JsonData.object(JsonData.parse(json));
        String name = JsonData.string(m, "username", "");
        if (name.isEmpty()) {
            return ANONYMOUS;
        }
        return new Account(name, JsonData.string(m, "role", "student"), JsonData.string(m, "csrfToken", null));
    }

    /** What {@link #storageJson} wrote, or anonymous for null or unreadable text. */
    public static Account fromStorage(String json) {
        if (json == null) {
            return ANONYMOUS;
        }
        try {
            Account a = parse(json);
            return a.loggedIn() ? new Account(a.username, a.role, null) : ANONYMOUS;
        } catch (IllegalArgumentException e) {
            return ANONYMOUS;
        }
    }

    /** {@code {"username", "role"}} without the token, or null for nobody (nothing to store). */
    public String storageJson() {
        if (!loggedIn()) {
            return null;
        }
        return new JsonWriter().beginObject().name("username").value(username).name("role").value(role)
                .endObject().toString();
    }

    public boolean loggedIn() {
        return !username.isEmpty();
    }

    public boolean isInstructor() {
        return role.equals("instructor");
    }

    public boolean isStudent() {
        return loggedIn() && !isInstructor();
    }

    /** Same user and role (the token may differ). */
    public boolean sameUser(Account other) {
        return other != null && username.equals(other.username) && role.equals(other.role);
    }

    /** The JSON of a login request. */
    public static String loginBody(String username, String password) {
        return new JsonWriter().beginObject().name("username").value(username).name("password").value(password)
                .endObject().toString();
    }
}
