package org.shelfline.shared;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code permits} events per key (a shop, an address) in any window of the given length, kept in
 * memory: a sliding log of the last events' times per key. A refused event is not counted, so a caller that
 * keeps trying is let in again as soon as its oldest event leaves the window. Keys with nothing left in the
 * window are dropped as the map grows, so an attacker naming many keys costs bounded memory.
 */
public final class RateLimit {

    private static final int PRUNE_ABOVE_KEYS = 10_000;

    private final int permits;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<Object, Deque<Long>> events = new ConcurrentHashMap<>();

    public RateLimit(int permits, Duration window) {
        this(permits, window, System::nanoTime);
    }

    RateLimit(int permits, Duration window, LongSupplier nanoTime) {
        this.permits = Math.max(1, permits);
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Counts an event for the key and returns empty, or returns how long until one more is allowed. */
    public Optional<Duration> acquire(Object key) {
        long now = nanoTime.getAsLong();
        if (events.size() > PRUNE_ABOVE_KEYS) {
            events.values().removeIf(log -> {
                synchronized (log) {
                    return log.isEmpty() || now - log.peekLast() >= windowNanos;
                }
            });
        }
        Deque<Long> log = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (log) {
            while (!log.isEmpty() && now - log.peekFirst() >= windowNanos) {
                log.pollFirst();
            }
            if (log.size() >= permits) {
                return Optional.of(Duration.ofNanos(windowNanos - (now - log.peekFirst())));
            }
            log.addLast(now);
            return Optional.empty();
        }
    }

    /** Whole seconds to wait, at least one: for Retry-After and for the messages that say it. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
