package dev.gradlab.server.cli;

/** A command line that cannot be understood: printed with a pointer to --help, exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
