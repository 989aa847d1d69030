package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {
    @Test
    void theMeAnswerGivesNameRoleAndToken() {
        Account a = Account.parse("{\"username\":\"ada\",\"role\":\"student\",\"csrfToken\":\"t0k\"}");
        assertTrue(a.loggedIn());
        assertTrue(a.isStudent());
        assertFalse(a.isInstructor());
        assertEquals("t0k", a.csrfToken);
        assertTrue(Account.parse("{\"username\":\"teacher\",\"role\":\"instructor\"}").isInstructor());
    }

    @Test
    void storageKeepsNameAndRoleButNeverTheToken() {
        Account a = Account.parse("{\"username\":\"ada\",\"role\":\"student\",\"csrfToken\":\"secret\"}");
        String stored = a.storageJson();
        assertEquals("{\"username\":\"ada\",\"role\":\"student\"}", stored);
        Account back = Account.fromStorage(stored);
        assertTrue(back.sameUser(a));
        assertNull(back.csrfToken);
    }

    @Test
    void nobodyIsAnonymous() {
        assertFalse(Account.anonymous().loggedIn());
        assertNull(Account.anonymous().storageJson());
        assertFalse(Account.fromStorage(null).loggedIn());
        assertFalse(Account.fromStorage("not json").loggedIn());
        assertFalse(Account.parse("{\"error\":{\"code\":\"not_logged_in\"}}").loggedIn());
    }

    @Test
    void theLoginBodyIsEscapedJson() {
        assertEquals("{\"username\":\"a\\\"b\",\"password\":\"p w\"}", Account.loginBody("a\"b", "p w"));
    }
}
