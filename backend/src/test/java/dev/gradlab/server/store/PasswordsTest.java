package dev.gradlab.server.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {
    @Test
    void aHashVerifiesItsOwnPasswordOnly() {
        String h = Passwords.hash("correct horse");
        assertTrue(h.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), h);
        assertTrue(Passwords.verify("correct horse", h));
        assertFalse(Passwords.verify("correct horsE", h));
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        assertNotEquals(Passwords.hash("same"), Passwords.hash("same"));
    }

    @Test
    void aHashMadeByTheReferenceArgon2ToolVerifies() {
        // echo -n "correct horse" | argon2 saltsaltsalt1234 -id -t 2 -m 15 -p 1 -e
        String reference = "$argon2id$v=19$m=32768,t=2,p=1$c2FsdHNhbHRzYWx0MTIzNA$SA/gdxX6qrFcaNMKbKOe4u3rLO+Dy+yLv+lsYzpzhP0";
        assertTrue(Passwords.verify("correct horse", reference));
        assertFalse(Passwords.verify("correct horse!", reference));
    }

    @Test
    void aMalformedHashMatchesNothing() {
        assertFalse(Passwords.verify("x", "plaintext"));
        assertFalse(Passwords.verify("x", null));
    }
}
