package dev.gradlab.web.app;

import dev.gradlab.web.dom.Action;
import dev.gradlab.web.dom.HttpDone;
import dev.gradlab.web.dom.Net;
import dev.gradlab.web.dom.Store;
import dev.gradlab.web.view.Account;
import dev.gradlab.web.view.JsonData;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is logged in: asked from {@code GET /api/me} at start and whenever the server is back, set
 * by logging in and out. The name and role are kept in localStorage (never the CSRF token), so a
 * page opened offline still knows whose work it is saving. Listeners hear of every change of user.
 */
final class Session {
    static final String KEY = "gradlab.account";

    /** Called after the session is known or has changed. */
    interface Listener {
        void changed(Account account, boolean userChanged);
    }

    private Account account = Account.fromStorage(Store.get(KEY));
    /** True once the server has answered /api/me (or a login) since the page loaded. */
    private boolean confirmed;
    private final List<Listener> listeners = new ArrayList<>();
    /** Whether a login or logout started here has already emptied the exercise cache. */
    private boolean cacheCleared;
    /** Whether a login or logout started here waits for the server's answer. */
    private boolean switching;

    Account account() {
        return account;
    }

    /**
     * Whether a change of user is under way: the cached exercises are being forgotten, or a login
     * or logout is on its way. Nothing should be fetched for offline use meanwhile, as the
     * session cookie may still be the previous user's.
     */
    boolean switching() {
        return switching;
    }

    /** Whether {@link #account} comes from the server (with a CSRF token), not only from storage. */
    boolean confirmed() {
        return confirmed;
    }

    void listen(Listener l) {
        listeners.add(l);
    }

    /**
     * Renews what the page knows when it believes someone is logged in (the name kept from the
     * last login): {@code GET /api/me} gives the CSRF token, or 401 when the session has ended.
     * The session cookie is HttpOnly, so without that hint the page takes nobody for granted and
     * asks nothing (a 401 from /api/me on every visit would only be noise); {@code then} gets 401.
     */
    void renew(HttpDone then) {
        if (!account.loggedIn()) {
            confirmed = true;
            if (then != null) {
                then.done(401, "");
            }
            return;
        }
        refresh(then);
    }

    /** Asks {@code GET /api/me}; {@code then} runs after (also when the server cannot be reached: status 0). */
    void refresh(HttpDone then) {
        Net.get("api/me", (status, body) -> {
            Runnable next = () -> {
                if (then != null) {
                    then.done(status, body);
                }
            };
            if (status == 200) {
                set(parse(body), next);
            } else if (status == 401) {
                set(Account.anonymous(), next);
            } else {
                next.run();
            }
        });
    }

    /** Logs in; {@code done} gets the status and, when it failed, the server's message as the body. */
    void login(String username, String password, HttpDone done) {
        switching = true;
        forgetCachedExercises(() -> post("api/auth/login", Account.loginBody(username, password), (status, body) -> {
            switching = false;
            if (status == 200) {
                set(parse(body), () -> done.done(200, ""));
            } else {
                cacheCleared = false;
                String m = JsonData.errorMessage(body);
                done.done(status, status == 0 ? "the server cannot be reached" : m == null ? "HTTP " + status : m);
            }
        }));
    }

    /** Logs out (the server deletes the session and clears the cookie); {@code done} gets the status. */
    void logout(HttpDone done) {
        if (account.csrfToken == null) {
            // known only from storage (the page started offline): the token comes with /api/me
            renew((status, body) -> {
                if (status == 200 && account.loggedIn()) {
                    postLogout(done);
                } else {
                    done.done(status == 401 ? 204 : status, body);
                }
            });
            return;
        }
        postLogout(done);
    }

    private void postLogout(HttpDone done) {
        switching = true;
        forgetCachedExercises(() -> post("api/auth/logout", "{}", (status, body) -> {
            switching = false;
            if (status == 204 || status == 200) {
                set(Account.anonymous(), () -> done.done(status, body));
            } else {
                cacheCleared = false;
                done.done(status, body);
            }
        }));
    }

    /**
     * A state-changing request ({@link Net#send}). When the server refuses it for want of the CSRF
     * token (403 {@code csrf}: the browser has a session the page did not know of, e.g. its
     * storage was cleared), the session is fetched from {@code GET /api/me} and the request is sent
     * once more.
     */
    void send(String method, String url, String body, String contentType, HttpDone done) {
        Net.send(method, url, body, contentType, (status, text) -> {
            if (status != 403 || !"csrf".equals(JsonData.errorCode(text))) {
                done.done(status, text);
                return;
            }
            refresh((meStatus, meBody) -> {
                if (meStatus == 200) {
                    Net.send(method, url, body, contentType, done);
                } else {
                    done.done(status, text);
                }
            });
        });
    }

    /** POST {@code json} with {@link #send}. */
    void post(String url, String json, HttpDone done) {
        send("POST", url, json, "application/json", done);
    }

    private static Account parse(String body) {
        try {
            return Account.parse(body);
        } catch (IllegalArgumentException e) {
            return Account.anonymous();
        }
    }

    /**
     * Forgets the exercise documents the service worker keeps (they hold the current user's
     * variants) before a login or logout is sent: {@code then} runs once they are gone, so no
     * document of the next user can be fetched and cached before the deletion is over.
     */
    private void forgetCachedExercises(Action then) {
        cacheCleared = true;
        Store.forgetCachedExercises(then);
    }

    /**
     * Makes {@code a} the current account and tells the listeners, then runs {@code next}. When
     * the user changed without a login or logout started here (another tab, an expired session,
     * found by {@code GET /api/me}), the cached exercise documents are forgotten first.
     */
    private void set(Account a, Runnable next) {
        boolean changed = !a.sameUser(account);
        if (changed && !cacheCleared) {
            forgetCachedExercises(() -> set(a, next));
            return;
        }
        cacheCleared = false;
        account = a;
        confirmed = true;
        Net.setCsrfToken(a.csrfToken);
        Store.set(KEY, a.storageJson());
        for (Listener l : new ArrayList<>(listeners)) {
            l.changed(a, changed);
        }
        next.run();
    }
}
