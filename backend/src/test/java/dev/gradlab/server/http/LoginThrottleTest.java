package dev.gradlab.server.http;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginThrottleTest {
    final AtomicLong now = new AtomicLong(1_000_000);
    final LoginThrottle throttle = new LoginThrottle(3, 60_000, now::get);

    @Test
    void aKeyMayTryUntilItHasAsManyFailuresAsAllowed() {
        throttle.failure("10.0.0.1");
        throttle.failure("10.0.0.1");
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.1"));
        throttle.failure("10.0.0.1");
        assertEquals(60, throttle.retryAfterSeconds("10.0.0.1"));
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.2"));
    }

    @Test
    void theWaitEndsWhenTheOldestFailureLeavesTheWindow() {
        throttle.failure("k");
        now.addAndGet(20_000);
        throttle.failure("k");
        throttle.failure("k");
        assertEquals(40, throttle.retryAfterSeconds("k"));
        now.addAndGet(40_000);
        assertEquals(0, throttle.retryAfterSeconds("k"));
    }

    @Test
    void clearingAKeyForgetsItsFailures() {
        for (int i = 0; i < 3; i++) {
            throttle.failure("k");
        }
        throttle.clear("k");
        assertEquals(0, throttle.retryAfterSeconds("k"));
    }
}
