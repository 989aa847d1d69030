package dev.gradlab.web.view;

/**
 * Where the location hash points: {@code #/} (or no hash) is the exercise list,
 * {@code #/exercises/ID} one exercise, {@code #/stepper} the backprop stepper, {@code #/attention} the
 * attention stepper, {@code #/optimizer} the optimizer playground, {@code #/login} the login form,
 * {@code #/instructor} the instructor's pages, {@code #/jobs} the jobs page. A hash that does not
 * start with {@code #/} is an in-page anchor (a skip link), not a route. The text after {@code ?} is
 * the route's {@link #query} (page settings such as {@code n=4&d=8}); it is not part of the route's
 * identity ({@link #equals}). Immutable.
 */
public final class Route {
    /** The pages of the app. */
    public enum Kind { LIST, EXERCISE, STEPPER, ATTENTION, OPTIMIZER, NOT_FOUND, LOGIN, INSTRUCTOR, JOBS }

    public final Kind kind;
    /** The exercise id for {@link Kind#EXERCISE}, else null. */
    public final String id;
    /** The raw text after the first {@code ?} of the hash ("" if none); see {@link Query#parse}. */
    public final String query;

    private Route(Kind kind, String id) {
        this(kind, id, "");
    }

    private Route(Kind kind, String id, String query) {
        this.kind = kind;
        this.id = id;
        this.query = query;
    }

    public static Route list() {
        return new Route(Kind.LIST, null);
    }

    public static Route exercise(String id) {
        return new Route(Kind.EXERCISE, id);
    }

    /**
     * The route of {@code hash} ({@code location.hash}, with or without the {@code #}), or null
     * for an in-page anchor such as {@code #main}.
     */
    public static Route parse(String hash) {
        String h = hash == null ? "" : hash.trim();
        if (h.startsWith("#")) {
            h = h.substring(1);
        }
        if (h.isEmpty() || h.equals("/")) {
            return list();
        }
        if (!h.startsWith("/")) {
            return null;
        }
        int query = h.indexOf('?');
        String q = "";
        if (query >= 0) {
            q = h.substring(query + 1);
            h = h.substring(0, query);
        }
        while (h.length() > 1 && h.endsWith("/")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.equals("/stepper")) {
            return new Route(Kind.STEPPER, null, q);
        }
        if (h.equals("/attention")) {
            return new Route(Kind.ATTENTION, null, q);
        }
        if (h.equals("/optimizer")) {
            return new Route(Kind.OPTIMIZER, null, q);
        }
        if (h.equals("/exercises")) {
            return list();
        }
        Route account = accountRoute(h);
        if (account != null) {
            return account;
        }
        String prefix = "/exercises/";
        if (h.startsWith(prefix) && validId(h.substring(prefix.length()))) {
            return exercise(h.substring(prefix.length()));
        }
        return new Route(Kind.NOT_FOUND, null);
    }

    /** {@code /login}, {@code /instructor}, {@code /jobs}, or null. */
    private static Route accountRoute(String path) {
        switch (path) {
            case "/login":
                return new Route(Kind.LOGIN, null);
            case "/instructor":
                return new Route(Kind.INSTRUCTOR, null);
            case "/jobs":
                return new Route(Kind.JOBS, null);
            default:
                return null;
        }
    }

    /** Exercise ids are file names: letters, digits, '-', '_' and '.', not starting with '.'. */
    public static boolean validId(String id) {
        if (id.isEmpty() || id.length() > 100 || id.charAt(0) == '.') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The hash that leads here, e.g. {@code #/exercises/demo-derivative}. */
    public String hash() {
        switch (kind) {
            case EXERCISE:
                return "#/exercises/" + id;
            case STEPPER:
                return "#/stepper";
            case ATTENTION:
                return "#/attention";
            case OPTIMIZER:
                return "#/optimizer";
            case LOGIN:
                return "#/login";
            case INSTRUCTOR:
                return "#/instructor";
            case JOBS:
                return "#/jobs";
            default:
                return "#/";
        }
    }

    /** The top-navigation entry this page belongs to: "exercises", "stepper", "attention", "optimizer", "login", "instructor" or "jobs". */
    public String section() {
        switch (kind) {
            case STEPPER:
                return "stepper";
            case ATTENTION:
                return "attention";
            case OPTIMIZER:
                return "optimizer";
            case LOGIN:
                return "login";
            case INSTRUCTOR:
                return "instructor";
            case JOBS:
                return "jobs";
            default:
                return "exercises";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Route && ((Route) o).kind == kind
                && (id == null ? ((Route) o).id == null : id.equals(((Route) o).id));
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + (id == null ? 0 : id.hashCode());
    }

    @Override
    public String toString() {
        return hash();
    }
}
