package dev.gradlab.core.tensor;

/** Thrown when operand shapes do not fit an operation; the message names the shapes involved. */
public class ShapeException extends RuntimeException {
    public ShapeException(String message) {
        super(message);
    }
}
