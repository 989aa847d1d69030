package dev.gradlab.server.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts failed logins per key (a username, a client address) in a sliding window: after
 * {@code maxFailures} failures within {@code windowMillis}, {@link #retryAfterSeconds} says how
 * long the key must wait. In memory (a restart forgets), bounded: keys whose failures have all
 * left the window are dropped when the map grows.
 */
final class LoginThrottle {
    private static final int PRUNE_ABOVE = 10_000;

    private final int maxFailures;
    private final long windowMillis;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> failures = new HashMap<>();

    LoginThrottle(int maxFailures, long windowMillis, LongSupplier clock) {
        if (maxFailures < 1 || windowMillis < 1) {
            throw new IllegalArgumentException("maxFailures and windowMillis must be positive");
        }
        this.maxFailures = maxFailures;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** 0 if {@code key} may try now, else the whole seconds until its oldest counted failure leaves the window. */
    synchronized long retryAfterSeconds(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        long now = clock.getAsLong();
        expire(times, now);
        if (times.size() < maxFailures) {
            return 0;
        }
        long waitMillis = times.peekFirst() + windowMillis - now;
        return Math.max(1, (waitMillis + 999) / 1000);
    }

    synchronized void failure(String key) {
        long now = clock.getAsLong();
        if (failures.size() > PRUNE_ABOVE) {
            prune(now);
        }
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        expire(times, now);
        times.addLast(now);
        while (times.size() > maxFailures) {
            times.removeFirst();
        }
    }

    /** Forgets the failures of {@code key} (after it logged in). */
    synchronized void clear(String key) {
        failures.remove(key);
    }

    synchronized int size() {
        return failures.size();
    }

    private void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
            times.removeFirst();
        }
    }

    private void prune(long now) {
        for (Iterator<Deque<Long>> it = failures.values().iterator(); it.hasNext(); ) {
            Deque<Long> times = it.next();
            expire(times, now);
            if (times.isEmpty()) {
                it.remove();
            }
        }
    }
}
