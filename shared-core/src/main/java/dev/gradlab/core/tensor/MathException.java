package dev.gradlab.core.tensor;

/** A value outside an operation's domain, such as inverting a singular matrix; the message says which. */
public class MathException extends RuntimeException {
    public MathException(String message) {
        super(message);
    }
}
