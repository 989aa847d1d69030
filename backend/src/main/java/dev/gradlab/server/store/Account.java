package dev.gradlab.server.store;

/**
 * A user as the rest of the server sees it (never the password hash).
 *
 * @param role        {@link #STUDENT} or {@link #INSTRUCTOR}
 * @param variantSeed a fixed random non-negative number per user, from which exercise variants are assigned
 */
public record Account(long id, String username, String role, int variantSeed) {
    public static final String STUDENT = "student";
    public static final String INSTRUCTOR = "instructor";

    public boolean isInstructor() {
        return INSTRUCTOR.equals(role);
    }
}
