package dev.gradlab.server.cli;

import dev.gradlab.server.ServerConfig;

import java.nio.file.Paths;

/**
 * The command line: {@code gradlab serve [--port N] [--data DIR] [--db URL]}, {@code --help},
 * {@code --version}. Options take their value as the next word or after {@code =}.
 */
public final class Cli {
    public static final String USAGE = String.join("\n",
            "Usage: java -jar gradlab.jar <command> [options]",
            "",
            "Commands:",
            "  serve        run the GradLab server (REST API and the browser app at /)",
            "",
            "Options:",
            "  -h, --help     show this help (also: <command> --help)",
            "  --version      print the version",
            "");

    public static final String SERVE_USAGE = String.join("\n",
            "Usage: java -jar gradlab.jar serve [--port N] [--data DIR] [--db URL]",
            "",
            "Runs the GradLab server: the REST API under /api and the browser app at /.",
            "",
            "Options:",
            "  --port N      TCP port to listen on (default " + ServerConfig.DEFAULT_PORT + "; 0 picks a free port)",
            "  --data DIR    directory for the embedded database and job artifacts",
            "                (default ./" + ServerConfig.DEFAULT_DATA_DIR + "; created if missing)",
            "  --db URL      JDBC URL of a PostgreSQL database to use instead of the embedded one,",
            "                e.g. jdbc:postgresql://host/gradlab?user=gradlab&password=secret",
            "  -h, --help    show this help",
            "");

    /** What the command line asks for. */
    public sealed interface Command permits Help, PrintVersion, Serve {
    }

    /** Print {@code text} to standard output and exit 0. */
    public record Help(String text) implements Command {
    }

    public record PrintVersion() implements Command {
    }

    public record Serve(ServerConfig config) implements Command {
    }

    private Cli() {
    }

    /** @throws UsageException naming the unknown command, option or bad value */
    public static Command parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("no command given; try 'serve'");
        }
        String cmd = args[0];
        switch (cmd) {
            case "-h":
            case "--help":
            case "help":
                return new Help(USAGE);
            case "--version":
            case "version":
                return new PrintVersion();
            case "serve":
                return parseServe(args);
            default:
                if (cmd.startsWith("-")) {
                    throw new UsageException("unknown option '" + cmd + "'");
                }
                throw new UsageException("unknown command '" + cmd + "'");
        }
    }

    private static Command parseServe(String[] args) {
        ServerConfig config = ServerConfig.defaults();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new Help(SERVE_USAGE);
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--port":
                case "--data":
                case "--db":
                    break;
                default:
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + name + "' for 'serve'");
                    }
                    throw new UsageException("unexpected argument '" + arg + "' for 'serve'");
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            if (value.isEmpty()) {
                throw new UsageException("option " + name + " needs a value");
            }
            switch (name) {
                case "--port":
                    config = config.withPort(port(value));
                    break;
                case "--data":
                    config = config.withDataDir(Paths.get(value));
                    break;
                default:
                    config = config.withDbUrl(value);
                    break;
            }
        }
        return new Serve(config);
    }

    private static int port(String value) {
        int p;
        try {
            p = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("option --port needs a number from 0 to 65535, not '" + value + "'");
        }
        if (p < 0 || p > 65535) {
            throw new UsageException("option --port needs a number from 0 to 65535, not '" + value + "'");
        }
        return p;
    }
}
