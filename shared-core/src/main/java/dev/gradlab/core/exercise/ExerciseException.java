package dev.gradlab.core.exercise;

/** An exercise file that cannot be used, with a message naming the file, and the part or line. */
public final class ExerciseException extends RuntimeException {
    public ExerciseException(String message) {
        super(message);
    }
}
