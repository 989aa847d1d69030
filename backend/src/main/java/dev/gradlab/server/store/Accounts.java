package dev.gradlab.server.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The users table: creating accounts (validated, Argon2id-hashed passwords), checking passwords
 * and finding accounts.
 */
public final class Accounts {
    /** 1–64 characters: letters, digits, {@code . _ @ -}, starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 1024;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, username, role, variant_seed";

    private final Database db;

    public Accounts(Database db) {
        this.db = db;
    }

    /**
     * Creates an account; {@code role} null means student.
     *
     * @throws AccountException naming the invalid field, or for a username that is taken
     */
    public Account create(String username, String password, String role) {
        String r = role == null ? Account.STUDENT : role;
        validate(username, password, r);
        String hash = Passwords.hash(password);
        int seed = RANDOM.nextInt(Integer.MAX_VALUE);
        try {
            return db.transaction(c -> insert(c, username, hash, r, seed));
        } catch (StoreException e) {
            if (e.isUniqueViolation()) {
                throw AccountException.duplicate(username);
            }
            throw e;
        }
    }

    /** Checks every field as {@link #create} would, without creating anything. */
    public static void validate(String username, String password, String role) {
        if (username == null || username.isEmpty()) {
            throw AccountException.invalid("username", "the username is required");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw AccountException.invalid("username", "the username '" + username + "' is not allowed: use 1 to 64 "
                    + "letters, digits and . _ @ -, starting with a letter or digit");
        }
        if (password == null || password.isEmpty()) {
            throw AccountException.invalid("password", "the password is required and must not be empty");
        }
        if (password.length() < MIN_PASSWORD) {
            throw AccountException.invalid("password", "the password must have at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw AccountException.invalid("password", "the password must have at most " + MAX_PASSWORD + " characters");
        }
        if (!Account.STUDENT.equals(role) && !Account.INSTRUCTOR.equals(role)) {
            throw AccountException.invalid("role", "the role must be 'student' or 'instructor', not '" + role + "'");
        }
    }

    private static Account insert(Connection c, String username, String hash, String role, int seed) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO users (username, password_hash, role, variant_seed, created) VALUES (?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            st.setString(1, username);
            st.setString(2, hash);
            st.setString(3, role);
            st.setInt(4, seed);
            st.setLong(5, System.currentTimeMillis());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return new Account(keys.getLong(1), username, role, seed);
            }
        }
    }

    /** The account if the username exists and the password is its password. */
    public Optional<Account> authenticate(String username, String password) {
        record Row(Account account, String hash) {
        }
        Optional<Row> row = db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT " + COLUMNS + ", password_hash FROM users WHERE username = ?")) {
                st.setString(1, username);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new Row(account(rs), rs.getString(5))) : Optional.<Row>empty();
                }
            }
        });
        if (row.isEmpty()) {
            Passwords.verifyDummy(password);
            return Optional.empty();
        }
        return Passwords.verify(password, row.get().hash()) ? Optional.of(row.get().account()) : Optional.empty();
    }

    public Optional<Account> find(String username) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE username = ?")) {
                st.setString(1, username);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(account(rs)) : Optional.<Account>empty();
                }
            }
        });
    }

    /** Every account with the role student, by username. */
    public List<Account> students() {
        return db.read(c -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM users WHERE role = ? ORDER BY username")) {
                st.setString(1, Account.STUDENT);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(account(rs));
                    }
                }
            }
            return out;
        });
    }

    /** Reads {@link #COLUMNS} (the first four) of the current row. */
    static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4));
    }
}
