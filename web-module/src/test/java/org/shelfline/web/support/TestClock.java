package org.shelfline.web.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in the integration tests: the real time, moved on by a test that needs a deadline
 * passed or a token expired ({@link #advance}), instead of rewriting the rows' times in SQL. Deployed with the
 * tests only ({@link Deployments#withTests}), it replaces the production clock for every bean. Tests that move
 * it put it back afterwards ({@link #reset}): the deployment's other tests share it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    /** Moves the clock on; later instants from every bean are this much ahead of the real time. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("Time moves forward only: " + by);
        }
        ahead.accumulateAndGet(by, Duration::plus);
    }

    public void reset() {
        ahead.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead.get());
    }
}
