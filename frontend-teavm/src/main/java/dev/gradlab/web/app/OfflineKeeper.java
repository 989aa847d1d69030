package dev.gradlab.web.app;

import dev.gradlab.web.dom.Store;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every exercise of the list for offline use, not only those opened: each exercise
 * document this device does not keep yet is fetched, one at a time, and put in the service
 * worker's cache ({@link Store#keepExercise}). A document fetched for a user who has since logged
 * out (a new {@link Store#cacheGeneration()}) is not kept, and the run stops; so does a run that
 * a newer one replaced, or one that finds the server unreachable. Once everything is kept, a run
 * costs one look at the cache and no request.
 */
final class OfflineKeeper {
    private final Connectivity connectivity;
    /** The number of the latest run; an older run stops at its next document. */
    private int run;

    OfflineKeeper(Connectivity connectivity) {
        this.connectivity = connectivity;
    }

    /** Starts keeping the documents of {@code ids} (the list's exercises) that are not kept yet. */
    void keepAll(List<String> ids) {
        if (ids.isEmpty() || !connectivity.online()) {
            return;
        }
        int thisRun = ++run;
        int generation = Store.cacheGeneration();
        Store.cachedExercises(kept -> {
            List<String> missing = new ArrayList<>();
            for (String id : ids) {
                if (!kept.contains(" " + id + " ")) {
                    missing.add(id);
                }
            }
            next(missing, 0, thisRun, generation);
        });
    }

    private void next(List<String> missing, int i, int thisRun, int generation) {
        if (i >= missing.size() || thisRun != run || generation != Store.cacheGeneration() || !connectivity.online()) {
            return;
        }
        Store.keepExercise("api/exercises/" + missing.get(i), () -> generation == Store.cacheGeneration(),
                () -> next(missing, i + 1, thisRun, generation));
    }
}
