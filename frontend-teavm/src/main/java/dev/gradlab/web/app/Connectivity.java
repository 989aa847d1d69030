package dev.gradlab.web.app;

import dev.gradlab.web.dom.Browser;
import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.Net;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.dom.Store;
import dev.gradlab.web.view.Account;
import dev.gradlab.web.view.AttemptQueue;
import dev.gradlab.web.view.OfflineHtml;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the server can be reached, the offline banner ({@code #offline-banner}), and the checks
 * saved while it could not ({@link AttemptQueue} in localStorage under {@value #QUEUE_KEY}). The
 * page is offline when the browser says so ({@code offline} event, {@code navigator.onLine}) or a
 * request failed without an answer; it is back when the browser is online again and
 * {@code GET /api/health} answers (polled every {@value #POLL_MILLIS} ms while offline). Then the
 * session is renewed and the saved checks are sent, oldest first, one at a time, each with its
 * client attempt id, and removed from storage only once the server has answered: an answer lost
 * on the way means the check is sent again, and the server records it once.
 */
final class Connectivity {
    static final String QUEUE_KEY = "gradlab.pending";
    static final int POLL_MILLIS = 5000;

    /** Hears of sent checks and of changes to the queue. */
    interface Listener {
        /** A saved check was graded by the server: its answer is {@code resultJson}. */
        void sent(AttemptQueue.Attempt attempt, String resultJson);

        /** The queue or the connectivity changed (badges, banner). */
        void changed();
    }

    private final Session session;
    private final List<Listener> listeners = new ArrayList<>();
    private boolean online = true;
    private boolean syncing;
    private int poll = -1;

    Connectivity(Session session) {
        this.session = session;
    }

    void listen(Listener l) {
        listeners.add(l);
    }

    void start() {
        Browser.onConnectivity(this::probe, this::goOffline);
        if (!Browser.online()) {
            goOffline();
        }
        render();
    }

    /** Whether requests are worth sending now. */
    boolean online() {
        return online && Browser.online();
    }

    /** A request got no answer at all (status 0): the server is unreachable until a probe says otherwise. */
    void unreachable() {
        goOffline();
    }

    private void goOffline() {
        boolean was = online;
        online = false;
        render();
        schedulePoll();
        if (was) {
            fire();
        }
    }

    private void schedulePoll() {
        if (poll >= 0) {
            return;
        }
        poll = Browser.later(() -> {
            poll = -1;
            if (online) {
                return;
            }
            if (Browser.online()) {
                probe();
            } else {
                schedulePoll();
            }
        }, POLL_MILLIS);
    }

    /** Asks {@code GET /api/health}: an answer means the server is back. */
    private void probe() {
        Net.get("api/health", (status, body) -> {
            if (status == 0) {
                online = false;
                render();
                schedulePoll();
                return;
            }
            boolean was = online;
            online = true;
            render();
            if (!was) {
                fire();
            }
            session.renew((s, b) -> sync());
        });
    }

    /** All saved checks (every user's), read afresh: another tab may have changed them. */
    AttemptQueue queue() {
        return AttemptQueue.parse(Store.get(QUEUE_KEY));
    }

    /** How many checks of the current user wait. */
    int pending() {
        return queue().of(session.account().username).size();
    }

    /** Saves a check to send later. */
    void enqueue(AttemptQueue.Attempt a) {
        AttemptQueue q = queue();
        q.add(a);
        Store.set(QUEUE_KEY, q.json());
        render();
        fire();
    }

    private void remove(String clientAttemptId) {
        AttemptQueue q = queue();
        if (q.remove(clientAttemptId)) {
            Store.set(QUEUE_KEY, q.json());
        }
    }

    /**
     * Sends the current user's saved checks when online and the session has its CSRF token (it
     * comes with {@code GET /api/me}); one sync at a time.
     */
    void sync() {
        Account a = session.account();
        if (syncing || !online() || (a.loggedIn() && a.csrfToken == null)) {
            return;
        }
        List<AttemptQueue.Attempt> mine = queue().of(a.username);
        if (mine.isEmpty()) {
            return;
        }
        syncing = true;
        send(mine, 0, 0);
    }

    private void send(List<AttemptQueue.Attempt> list, int i, int sent) {
        if (i >= list.size()) {
            syncing = false;
            render();
            if (sent > 0) {
                Dom.setText("sync-note", OfflineHtml.synced(sent));
                Page.show("sync-note", true);
            }
            fire();
            return;
        }
        AttemptQueue.Attempt at = list.get(i);
        if (queue().find(at.clientAttemptId) == null) {
            send(list, i + 1, sent); // sent meanwhile by another tab
            return;
        }
        session.post("api/exercises/" + at.exerciseId + "/check", at.checkBody(), (status, body) -> {
            if (status == 200) {
                remove(at.clientAttemptId);
                for (Listener l : new ArrayList<>(listeners)) {
                    l.sent(at, body);
                }
                send(list, i + 1, sent + 1);
            } else if (status == 0) {
                syncing = false;
                goOffline();
            } else if (status == 401 || status == 403 || status == 429 || status >= 500) {
                syncing = false; // the session or the server is not ready: keep it for the next time
                render();
            } else {
                remove(at.clientAttemptId); // 400, 404, 413: it can never be recorded
                send(list, i + 1, sent);
            }
        });
    }

    private void fire() {
        for (Listener l : new ArrayList<>(listeners)) {
            l.changed();
        }
    }

    private void render() {
        boolean off = !online();
        Page.show("offline-banner", off);
        if (off) {
            Dom.setText("offline-banner", OfflineHtml.banner(pending()));
            Page.show("sync-note", false);
        }
        Dom.setAttr("main", "data-offline", off ? "true" : null);
    }
}
