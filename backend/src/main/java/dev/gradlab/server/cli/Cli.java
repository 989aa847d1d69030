package dev.gradlab.server.cli;

import dev.gradlab.server.ServerConfig;
import dev.gradlab.server.jobs.JobsConfig;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The command line: {@code gradlab serve [--port N] [--data DIR] [--db URL] [--workers N]
 * [--keep-jobs-days N]}, {@code gradlab worker --db URL [--workers N] [--keep-jobs-days N]},
 * {@code gradlab user add NAME [--instructor] [--data DIR] [--db URL]}, {@code --help},
 * {@code --version}. Options take their value as the next word or after {@code =}.
 */
public final class Cli {
    /** Jobs a server or worker runs at once unless {@code --workers} says otherwise. */
    public static final int DEFAULT_WORKERS = 2;
    public static final int MAX_WORKERS = 64;

    public static final String USAGE = String.join("\n",
            "Usage: java -jar gradlab.jar <command> [options]",
            "",
            "Commands:",
            "  serve        run the GradLab server (REST API and the browser app at /)",
            "  worker       run jobs only (no HTTP), from a PostgreSQL database that servers share",
            "  validate     prove every exercise (shipped, or also those of --content DIR)",
            "  user add     create an account (the first instructor, for example)",
            "",
            "Options:",
            "  -h, --help     show this help (also: <command> --help)",
            "  --version      print the version",
            "");

    public static final String VALIDATE_USAGE = String.join("\n",
            "Usage: java -jar gradlab.jar validate [--content DIR] [--variants K]",
            "",
            "Proves every exercise for variants 0..K (default 5): references pass their checks, proofs",
            "agree, known mistakes are diagnosed, hidden tests fail on the starter code, LaTeX is well formed",
            "and nothing secret reaches the public view. Prints a table; exits 1 on any violation.",
            "",
            "Options:",
            "  --content DIR  also validate DIR/exercises/*.md (they override shipped exercises)",
            "  --variants K   check variants 0..K",
            "");

    public static final String SERVE_USAGE = String.join("\n",
            "Usage: java -jar gradlab.jar serve [--port N] [--data DIR] [--db URL] [--content DIR] [--workers N]",
            "                                   [--keep-jobs-days N]",
            "",
            "Runs the GradLab server: the REST API under /api and the browser app at /.",
            "",
            "Options:",
            "  --port N      TCP port to listen on (default " + ServerConfig.DEFAULT_PORT + "; 0 picks a free port)",
            "  --data DIR    directory for the embedded database and job artifacts",
            "                (default ./" + ServerConfig.DEFAULT_DATA_DIR + "; created if missing)",
            "  --db URL      JDBC URL of a PostgreSQL database to use instead of the embedded one,",
            "                e.g. jdbc:postgresql://host/gradlab?user=gradlab&password=secret",
            "  --content DIR add or override exercises with DIR/exercises/*.md (see docs/authoring.md)",
            "  --workers N   jobs this server runs at once (default " + DEFAULT_WORKERS + "); 0 runs none: only",
            "                'gradlab worker' processes on the same PostgreSQL database run them",
            "  --keep-jobs-days N",
            "                delete ended jobs (succeeded, failed, cancelled) with their results N days",
            "                after they ended (default " + JobsConfig.DEFAULT_KEEP_ENDED_DAYS
                    + ", at least 1; checked at start, then hourly);",
            "                queued and running jobs are never deleted",
            "  -h, --help    show this help",
            "");

    public static final String WORKER_USAGE = String.join("\n",
            "Usage: java -jar gradlab.jar worker --db URL [--workers N] [--keep-jobs-days N]",
            "",
            "Runs jobs and nothing else (no HTTP): takes queued jobs from the database that one or more",
            "'gradlab serve' processes share, runs N at a time, and writes their progress, results and",
            "cancellations there, where the servers read them. Stops on Ctrl-C or SIGTERM; jobs still",
            "running then fail ('interrupted: the server stopped while the job was running').",
            "",
            "Options:",
            "  --db URL      JDBC URL of the PostgreSQL database the servers use (required: the embedded",
            "                database cannot be shared between processes)",
            "  --workers N   jobs run at once (default " + DEFAULT_WORKERS + ", at most " + MAX_WORKERS + ")",
            "  --keep-jobs-days N",
            "                delete ended jobs N days after they ended (default "
                    + JobsConfig.DEFAULT_KEEP_ENDED_DAYS + ", at least 1);",
            "                every server and worker on the database deletes them: the smallest N wins,",
            "                so give them all the same N",
            "  -h, --help    show this help",
            "");

    public static final String USER_USAGE = String.join("\n",
            "Usage: java -jar gradlab.jar user add NAME [--instructor] [--data DIR] [--db URL]",
            "",
            "Creates the account NAME (a student unless --instructor) in the server's database.",
            "The password comes from the environment variable GRADLAB_PASSWORD, else from one line",
            "of standard input (typed without echo on a terminal). It needs at least 8 characters.",
            "The embedded database cannot be opened while a server uses it: stop the server first,",
            "or let an instructor create accounts through the app (POST /api/users).",
            "",
            "Options:",
            "  --instructor  the account may create accounts and see every student's work",
            "  --data DIR    the server's data directory (default ./" + ServerConfig.DEFAULT_DATA_DIR + ")",
            "  --db URL      the server's PostgreSQL database, if it uses one",
            "  -h, --help    show this help",
            "");

    /** What the command line asks for. */
    public sealed interface Command permits Help, PrintVersion, Serve, Worker, Validate, UserAdd {
    }

    /** Print {@code text} to standard output and exit 0. */
    public record Help(String text) implements Command {
    }

    public record PrintVersion() implements Command {
    }

    /**
     * {@code serve}: the server, running {@code workers} jobs at once (0: none) and deleting ended
     * jobs {@code keepJobsDays} days after they ended.
     */
    public record Serve(ServerConfig config, int workers, int keepJobsDays) implements Command {
        /** The job runner's configuration these options ask for. */
        public JobsConfig jobsConfig() {
            return JobsConfig.defaults().withWorkers(workers).withKeepEndedMillis(keepJobsDays * JobsConfig.DAY_MILLIS);
        }
    }

    /**
     * {@code worker}: run {@code workers} jobs at once from the database at {@code dbUrl}, deleting
     * ended jobs {@code keepJobsDays} days after they ended.
     */
    public record Worker(String dbUrl, int workers, int keepJobsDays) implements Command {
        /** The job runner's configuration these options ask for. */
        public JobsConfig jobsConfig() {
            return JobsConfig.defaults().withWorkers(workers).withKeepEndedMillis(keepJobsDays * JobsConfig.DAY_MILLIS);
        }
    }

    /** Validate the exercises: the shipped ones plus {@code contentDir}'s (may be null). */
    public record Validate(java.nio.file.Path contentDir, int variants) implements Command {
    }

    /** {@code user add}: create {@code username} in the database of {@code dataDir} or {@code dbUrl}. */
    public record UserAdd(String username, boolean instructor, Path dataDir, String dbUrl) implements Command {
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
            case "worker":
                return parseWorker(args);
            case "validate":
                return parseValidate(args);
            case "user":
                return parseUser(args);
            default:
                if (cmd.startsWith("-")) {
                    throw new UsageException("unknown option '" + cmd + "'");
                }
                throw new UsageException("unknown command '" + cmd + "'");
        }
    }

    private static Command parseServe(String[] args) {
        ServerConfig config = ServerConfig.defaults();
        int workers = DEFAULT_WORKERS;
        int keepJobsDays = JobsConfig.DEFAULT_KEEP_ENDED_DAYS;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new Help(SERVE_USAGE);
            }
            Option option = Option.at(args, i);
            String name = option.name;
            switch (name) {
                case "--port":
                case "--data":
                case "--db":
                case "--content":
                case "--workers":
                case "--keep-jobs-days":
                    break;
                default:
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + name + "' for 'serve'");
                    }
                    throw new UsageException("unexpected argument '" + arg + "' for 'serve'");
            }
            String value = option.required();
            i = option.last;
            switch (name) {
                case "--port":
                    config = config.withPort(port(value));
                    break;
                case "--data":
                    config = config.withDataDir(Paths.get(value));
                    break;
                case "--content":
                    config = config.withContentDir(Paths.get(value));
                    break;
                case "--workers":
                    workers = workers(value, 0);
                    break;
                case "--keep-jobs-days":
                    keepJobsDays = keepJobsDays(value);
                    break;
                default:
                    config = config.withDbUrl(value);
                    break;
            }
        }
        return new Serve(config, workers, keepJobsDays);
    }

    private static Command parseWorker(String[] args) {
        String db = null;
        int workers = DEFAULT_WORKERS;
        int keepJobsDays = JobsConfig.DEFAULT_KEEP_ENDED_DAYS;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new Help(WORKER_USAGE);
            }
            Option option = Option.at(args, i);
            String name = option.name;
            if (!name.equals("--db") && !name.equals("--workers") && !name.equals("--keep-jobs-days")) {
                throw new UsageException((arg.startsWith("-") ? "unknown option '" + name : "unexpected argument '" + arg)
                        + "' for 'worker'");
            }
            String value = option.required();
            i = option.last;
            if (name.equals("--db")) {
                db = value;
            } else if (name.equals("--workers")) {
                workers = workers(value, 1);
            } else {
                keepJobsDays = keepJobsDays(value);
            }
        }
        if (db == null) {
            throw new UsageException("'worker' needs --db URL: the database the servers use (PostgreSQL)");
        }
        return new Worker(db, workers, keepJobsDays);
    }

    private static int keepJobsDays(String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1) {
            throw new UsageException("option --keep-jobs-days needs a whole number of days, at least 1, not '" + value
                    + "'");
        }
        return n;
    }

    private static int workers(String value, int min) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < min || n > MAX_WORKERS) {
            throw new UsageException("option --workers needs a number from " + min + " to " + MAX_WORKERS + ", not '"
                    + value + "'");
        }
        return n;
    }

    private static Command parseValidate(String[] args) {
        java.nio.file.Path content = null;
        int variants = 5;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new Help(VALIDATE_USAGE);
            }
            Option option = Option.at(args, i);
            if (!option.name.equals("--content") && !option.name.equals("--variants")) {
                throw new UsageException((arg.startsWith("-") ? "unknown option '" : "unexpected argument '") + arg
                        + "' for 'validate'");
            }
            String value = option.required();
            i = option.last;
            if (option.name.equals("--content")) {
                content = Paths.get(value);
            } else {
                try {
                    variants = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    variants = -1;
                }
                if (variants < 0 || variants > 1000) {
                    throw new UsageException("option --variants needs a number from 0 to 1000, not '" + value + "'");
                }
            }
        }
        return new Validate(content, variants);
    }

    private static Command parseUser(String[] args) {
        if (args.length < 2 || args[1].equals("-h") || args[1].equals("--help")) {
            return new Help(USER_USAGE);
        }
        if (!args[1].equals("add")) {
            throw new UsageException("unknown command 'user " + args[1] + "'; try 'user add NAME'");
        }
        String username = null;
        boolean instructor = false;
        Path dataDir = ServerConfig.DEFAULT_DATA_DIR;
        String dbUrl = null;
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new Help(USER_USAGE);
            }
            if (arg.equals("--instructor")) {
                instructor = true;
                continue;
            }
            if (!arg.startsWith("-")) {
                if (username != null) {
                    throw new UsageException("unexpected argument '" + arg + "' for 'user add': one NAME only");
                }
                username = arg;
                continue;
            }
            Option option = Option.at(args, i);
            String name = option.name;
            if (!name.equals("--data") && !name.equals("--db")) {
                throw new UsageException("unknown option '" + name + "' for 'user add'");
            }
            String value = option.required();
            i = option.last;
            if (name.equals("--data")) {
                dataDir = Paths.get(value);
            } else {
                dbUrl = value;
            }
        }
        if (username == null) {
            throw new UsageException("'user add' needs the NAME of the account");
        }
        return new UserAdd(username, instructor, dataDir, dbUrl);
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
