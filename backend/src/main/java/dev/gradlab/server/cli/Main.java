package dev.gradlab.server.cli;

import dev.gradlab.server.GradLabServer;
import dev.gradlab.server.Version;
import dev.gradlab.server.content.ContentLibrary;
import dev.gradlab.core.exercise.Validator;

import java.io.PrintStream;

/** {@code java -jar gradlab.jar …}: see {@link Cli}. Exit codes: 0 fine, 1 failed, 2 bad usage. */
public final class Main {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        Cli.Command command;
        try {
            command = Cli.parse(args);
        } catch (UsageException e) {
            System.exit(usageError(System.err, e.getMessage()));
            return;
        }
        if (command instanceof Cli.Help) {
            System.out.print(((Cli.Help) command).text());
        } else if (command instanceof Cli.PrintVersion) {
            System.out.println("GradLab " + Version.get());
        } else if (command instanceof Cli.Serve && !serve((Cli.Serve) command)) {
            System.exit(FAILED);
        } else if (command instanceof Cli.Worker) {
            // Returns after a shutdown hook stopped it (the JVM is exiting then) or at once on failure.
            int code = WorkerCommand.run((Cli.Worker) command, System.out, System.err);
            if (code != OK) {
                System.exit(code);
            }
        } else if (command instanceof Cli.Validate) {
            System.exit(validate((Cli.Validate) command, System.out, System.err));
        } else if (command instanceof Cli.UserAdd) {
            System.exit(UserAddCommand.run((Cli.UserAdd) command, System.getenv(UserAddCommand.PASSWORD_ENV),
                    System.console(), System.in, System.out, System.err));
        }
    }

    static int usageError(PrintStream err, String message) {
        err.println("gradlab: " + message);
        err.println("Run 'java -jar gradlab.jar --help' for usage.");
        return USAGE;
    }

    /** Starts the server; the JVM then lives on in Jetty's threads until it is stopped (Ctrl-C, SIGTERM). */
    private static boolean serve(Cli.Serve cmd) {
        GradLabServer server;
        try {
            server = GradLabServer.start(cmd.config(), cmd.jobsConfig());
        } catch (RuntimeException e) {
            System.err.println("gradlab: could not start the server: " + describe(e));
            return false;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "gradlab-shutdown"));
        System.out.println("GradLab listening on http://localhost:" + server.port());
        System.out.println("data directory: " + cmd.config().dataDir().toAbsolutePath().normalize());
        System.out.flush();
        return true;
    }

    /** Runs the validator and prints its table; 0 when every exercise is proved. */
    static int validate(Cli.Validate cmd, PrintStream out, PrintStream err) {
        ContentLibrary library;
        java.util.List<String> unreadable = new java.util.ArrayList<>();
        try {
            library = ContentLibrary.load(cmd.contentDir(), unreadable);
        } catch (RuntimeException e) {
            err.println("gradlab: " + describe(e));
            return FAILED;
        }
        java.util.List<Validator.Row> rows = Validator.validate(library.all(), cmd.variants());
        out.print(Validator.table(rows));
        for (String problem : unreadable) {
            err.println("gradlab: cannot read " + problem);
        }
        out.flush();
        err.flush();
        return unreadable.isEmpty() && rows.stream().allMatch(Validator.Row::ok) ? OK : FAILED;
    }

    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) {
                sb.append(": ").append(c.getMessage());
            }
        }
        return sb.toString();
    }
}
