package org.shelfline.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing down, for the sign-in page and the API's tokens alike. After
 * {@code shelfline.sign-in.max-failures} wrong passwords in a row for a user name, that name cannot sign in
 * for {@code shelfline.sign-in.lockout-minutes}, whatever the password, and no password is hashed for it
 * meanwhile. Counted per user name rather than per address: many shops share an address behind their
 * carrier's NAT, and a guesser has many addresses. The lock passes by itself, so someone who locks another
 * user out costs them minutes, not their account.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** Failures are remembered for this many user names at most (the longest idle first forgotten). */
    private static final int REMEMBERED_NAMES = 100_000;

    @Inject
    @ConfigProperty(name = "shelfline.sign-in.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "shelfline.sign-in.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    /**
     * Wrong passwords from one address within the lock-out time before that address must wait too: a guesser
     * trying one password on many names is slowed as much as one trying many on one name. Generous, since many
     * shops share an address behind a carrier's NAT.
     */
    @Inject
    @ConfigProperty(name = "shelfline.sign-in.max-failures-per-address", defaultValue = "50")
    int maxFailuresPerAddress;

    /**
     * Wrong passwords for all names and addresses together in a minute before every sign-in waits for the
     * minute to pass (except from a browser the user signed in from before, see {@link KnownDevices}): a
     * credential-stuffing run spread over many names and addresses stays under each per-name and per-address
     * lock. Far above what people mistyping their passwords come to.
     */
    @Inject
    @ConfigProperty(name = "shelfline.sign-in.max-failures-per-minute", defaultValue = "600")
    int maxFailuresPerMinute;

    Clock clock = Clock.systemUTC();

    /** When the wrong passwords of the last minute were given, oldest first (at most maxFailuresPerMinute). */
    private final java.util.ArrayDeque<Instant> lastMinute = new java.util.ArrayDeque<>();

    private Cache<String, Failures> failures;
    private Cache<String, Failures> addressFailures;

    /** Wrong passwords in a row, and when the lock they led to passes (null while not locked). */
    private record Failures(int count, Instant lockedUntil) {}

    @PostConstruct
    void init() {
        failures = Caffeine.newBuilder()
                .expireAfterWrite(lockout())
                .maximumSize(REMEMBERED_NAMES)
                .build();
        addressFailures = Caffeine.newBuilder()
                .expireAfterWrite(lockout())
                .maximumSize(REMEMBERED_NAMES)
                .build();
    }

    /** How long sign-ins from this address must still wait; empty when they may try now. */
    public Optional<Duration> addressLockedFor(String address) {
        return left(addressFailures.getIfPresent(address == null ? "" : address));
    }

    /** A wrong password from an address (counted as well as the one for the name). */
    public void failedFrom(String address) {
        count(addressFailures, address == null ? "" : address, maxFailuresPerAddress);
    }

    /** How long the user name must still wait before it may try again; empty when it may try now. */
    public Optional<Duration> lockedFor(String username) {
        return left(failures.getIfPresent(key(username)));
    }

    private Optional<Duration> left(Failures current) {
        if (current == null || current.lockedUntil() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), current.lockedUntil());
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void failed(String username) {
        count(failures, key(username), maxFailures);
        synchronized (lastMinute) {
            Instant now = clock.instant();
            forgetBefore(now.minus(MINUTE));
            lastMinute.addLast(now);
            while (lastMinute.size() > maxFailuresPerMinute) {
                lastMinute.removeFirst();
            }
        }
    }

    /** How long every sign-in must wait because of wrong passwords everywhere; empty in ordinary times. */
    public Optional<Duration> everyoneWaitsFor() {
        synchronized (lastMinute) {
            Instant now = clock.instant();
            forgetBefore(now.minus(MINUTE));
            if (lastMinute.size() < maxFailuresPerMinute) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, lastMinute.peekFirst().plus(MINUTE)));
        }
    }

    private void forgetBefore(Instant since) {
        while (!lastMinute.isEmpty() && !lastMinute.peekFirst().isAfter(since)) {
            lastMinute.removeFirst();
        }
    }

    private void count(Cache<String, Failures> cache, String key, int max) {
        Instant now = clock.instant();
        cache.asMap().compute(key, (name, before) -> {
            boolean lockPassed = before != null && before.lockedUntil() != null && !now.isBefore(before.lockedUntil());
            int count = (before == null || lockPassed ? 0 : before.count()) + 1;
            return new Failures(count, count >= max ? now.plus(lockout()) : null);
        });
    }

    /** A right password starts the count again. */
    public void succeeded(String username) {
        failures.invalidate(key(username));
    }

    private Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Whole minutes, rounded up, for telling people how long to wait. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
