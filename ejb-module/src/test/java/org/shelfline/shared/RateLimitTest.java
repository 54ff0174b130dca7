package org.shelfline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimit limit = new RateLimit(3, Duration.ofMinutes(1), now::get);

    @Test
    void refusesTheEventOverTheLimitAndSaysHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limit.acquire("shop-1").isEmpty(), "event " + i);
            now.addAndGet(Duration.ofSeconds(10).toNanos());
        }
        assertEquals(Duration.ofSeconds(30), limit.acquire("shop-1").orElseThrow());
        assertTrue(limit.acquire("shop-2").isEmpty(), "another key has its own budget");
    }

    @Test
    void letsTheCallerInAgainAsSoonAsItsOldestEventLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            limit.acquire("shop-1");
        }
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertTrue(limit.acquire("shop-1").isPresent(), "refusals are not counted, but the window is not over");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(limit.acquire("shop-1").isEmpty());
    }

    @Test
    void roundsTheWaitUpToWholeSeconds() {
        assertEquals(1, RateLimit.seconds(Duration.ofMillis(1)));
        assertEquals(2, RateLimit.seconds(Duration.ofMillis(1001)));
    }
}
