package dev.gradlab.server.cli;

import dev.gradlab.server.store.Account;
import dev.gradlab.server.store.AccountException;
import dev.gradlab.server.store.Accounts;
import dev.gradlab.server.store.Database;
import dev.gradlab.server.store.StoreException;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

/**
 * {@code gradlab user add NAME [--instructor]}: creates an account in the server's database. The
 * password comes from {@code GRADLAB_PASSWORD}, else a terminal prompt (twice, without echo), else
 * the first line of standard input.
 */
final class UserAddCommand {
    static final String PASSWORD_ENV = "GRADLAB_PASSWORD";

    private UserAddCommand() {
    }

    /**
     * @param envPassword the value of {@code GRADLAB_PASSWORD}, or null when it is not set
     * @param console     a terminal to prompt on, or null (then {@code stdin} is read)
     * @return the exit code: {@link Main#OK} or {@link Main#FAILED}
     */
    static int run(Cli.UserAdd cmd, String envPassword, Console console, InputStream stdin, PrintStream out, PrintStream err) {
        String role = cmd.instructor() ? Account.INSTRUCTOR : Account.STUDENT;
        String password;
        try {
            password = envPassword != null ? envPassword : console != null ? prompt(console, cmd.username()) : firstLine(stdin);
        } catch (IllegalStateException e) {
            err.println("gradlab: " + e.getMessage());
            return Main.FAILED;
        }
        try {
            Accounts.validate(cmd.username(), password, role);
            if (cmd.dbUrl() == null) {
                Files.createDirectories(cmd.dataDir());
            }
            try (Database db = Database.open(cmd.dataDir(), cmd.dbUrl())) {
                Account a = new Accounts(db).create(cmd.username(), password, role);
                out.println("created " + a.role() + " '" + a.username() + "' in " + db.description());
            }
            return Main.OK;
        } catch (AccountException | StoreException e) {
            err.println("gradlab: " + e.getMessage());
            return Main.FAILED;
        } catch (IOException e) {
            err.println("gradlab: cannot create the data directory " + cmd.dataDir() + ": " + e.getMessage());
            return Main.FAILED;
        }
    }

    private static String prompt(Console console, String username) {
        char[] first = console.readPassword("Password for %s: ", username);
        char[] again = console.readPassword("The same password again: ");
        if (first == null || again == null) {
            throw new IllegalStateException("no password given");
        }
        try {
            if (!Arrays.equals(first, again)) {
                throw new IllegalStateException("the two passwords differ; nothing was created");
            }
            return new String(first);
        } finally {
            Arrays.fill(first, ' ');
            Arrays.fill(again, ' ');
        }
    }

    private static String firstLine(InputStream stdin) {
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalStateException("no password: set " + PASSWORD_ENV + " or give it as one line on standard input");
            }
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }
}
