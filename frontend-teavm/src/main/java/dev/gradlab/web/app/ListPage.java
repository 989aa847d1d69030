package dev.gradlab.web.app;

import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.Net;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.dom.Store;
import dev.gradlab.web.view.Account;
import dev.gradlab.web.view.AttemptQueue;
import dev.gradlab.web.view.ExerciseList;
import dev.gradlab.web.view.Html;
import dev.gradlab.web.view.JsonData;
import dev.gradlab.web.view.OfflineHtml;
import dev.gradlab.web.view.ProgressView;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The exercise list ({@code #exercise-list}), fetched once from {@code GET /api/exercises}, with a
 * student's progress badges: {@code GET /api/progress} each time the list is shown (kept in
 * localStorage, so an offline reload still shows it) plus the checks still waiting to be sent.
 * Every exercise of the list is kept for offline use, also the ones never opened.
 */
final class ListPage {
    private final Session session;
    private final Connectivity connectivity;
    private final OfflineKeeper keeper;
    private boolean requested;
    private List<String> ids = Collections.emptyList();
    private ProgressView progress = ProgressView.empty();
    /** While offline: the ids the service worker keeps, " a b "; null while online or not known yet. */
    private String kept;

    ListPage(Session session, Connectivity connectivity) {
        this.session = session;
        this.connectivity = connectivity;
        this.keeper = new OfflineKeeper(connectivity);
        connectivity.listen(new Connectivity.Listener() {
            @Override
            public void sent(AttemptQueue.Attempt attempt, String resultJson) {
                // the progress is fetched again once the queue is done (changed)
            }

            @Override
            public void changed() {
                refreshProgress();
            }
        });
    }

    void show() {
        if (requested) {
            refreshProgress();
            return;
        }
        requested = true;
        Net.get("api/exercises", (status, body) -> {
            if (status == 200) {
                try {
                    Dom.setHtml("exercise-list", ExerciseList.html(body));
                    ids = ExerciseList.ids(body);
                } catch (IllegalArgumentException e) {
                    failed(e.getMessage());
                    return;
                }
                Dom.setAttr("exercise-list", "aria-busy", null);
                Page.mark("gradlab:list-ready");
                refreshProgress();
            } else {
                if (status == 0) {
                    connectivity.unreachable();
                }
                String message = status == 0 ? "the server cannot be reached (" + body + ")" : JsonData.errorMessage(body);
                failed(message == null ? "HTTP " + status : message);
            }
        });
    }

    private static String storageKey(Account a) {
        return "gradlab.progress." + a.username;
    }

    /**
     * Badges from the stored progress at once, then from the server when it can be asked; offline,
     * the exercises this device does not keep get a badge that says so. Online, the exercises not
     * kept yet are fetched for offline use ({@link OfflineKeeper}).
     */
    void refreshProgress() {
        Account a = session.account();
        if (connectivity.online()) {
            kept = null;
            if (!session.switching()) {
                keeper.keepAll(ids);
            }
        } else {
            Store.cachedExercises(keptIds -> {
                kept = connectivity.online() ? null : keptIds;
                render(session.account());
            });
        }
        if (!a.isStudent()) {
            progress = ProgressView.empty();
            render(a);
            return;
        }
        progress = ProgressView.fromStorage(Store.get(storageKey(a)));
        render(a);
        if (!connectivity.online() || !session.confirmed()) {
            return;
        }
        Net.get("api/progress", (status, body) -> {
            if (status != 200 || !a.sameUser(session.account())) {
                return;
            }
            try {
                progress = ProgressView.parse(body);
            } catch (IllegalArgumentException e) {
                return;
            }
            Store.set(storageKey(a), progress.json());
            render(a);
        });
    }

    private void render(Account a) {
        Map<String, Integer> pending = connectivity.queue().pendingByExercise(a.username);
        for (String id : ids) {
            Integer n = pending.get(id);
            boolean missing = kept != null && !kept.contains(" " + id + " ");
            Dom.setHtml(ExerciseList.badgeId(id), progress.badge(id, n == null ? 0 : n)
                    + (missing ? OfflineHtml.notKeptBadge() : ""));
        }
    }

    private void failed(String message) {
        requested = false;
        Dom.setAttr("exercise-list", "aria-busy", null);
        Dom.setHtml("exercise-list", "<p class=\"error\">Could not load the exercises: " + Html.escape(message)
                + ". Reload the page to try again.</p>");
    }
}
