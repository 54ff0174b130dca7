package org.shelfline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lock counts wrong passwords per user name, lasts the lockout, and passes by itself. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private SignInThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = new SignInThrottle();
        throttle.maxFailures = 5;
        throttle.maxFailuresPerAddress = 50;
        throttle.maxFailuresPerMinute = 100;
        throttle.lockoutMinutes = 15;
        throttle.clock = clock;
        throttle.init();
    }

    @Test
    void theFifthWrongPasswordInARowLocksTheNameForTheLockout() {
        failTimes("store01", 4);
        assertThat(throttle.lockedFor("store01")).as("four are allowed").isEmpty();

        throttle.failed("store01");

        assertThat(throttle.lockedFor("store01")).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor(" STORE01 "))
                .as("the same name however typed")
                .isPresent();
        assertThat(throttle.lockedFor("store02"))
                .as("other names are not affected")
                .isEmpty();
        clock.move(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("store01")).contains(Duration.ofMinutes(5));
        assertThat(SignInThrottle.minutes(Duration.ofSeconds(61))).isEqualTo(2);
    }

    @Test
    void theLockPassesAndTheCountStartsAgain() {
        failTimes("store01", 5);
        clock.move(Duration.ofMinutes(15));

        assertThat(throttle.lockedFor("store01")).isEmpty();
        throttle.failed("store01");
        assertThat(throttle.lockedFor("store01"))
                .as("one new failure after the lock is not five")
                .isEmpty();
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        failTimes("store01", 4);
        throttle.succeeded("store01");
        failTimes("store01", 4);

        assertThat(throttle.lockedFor("store01")).isEmpty();
    }

    @Test
    void oneAddressTryingManyNamesWaitsToo() {
        for (int i = 0; i < 49; i++) {
            throttle.failedFrom("203.0.113.7");
        }
        assertThat(throttle.addressLockedFor("203.0.113.7")).isEmpty();
        throttle.failedFrom("203.0.113.7");
        assertThat(throttle.addressLockedFor("203.0.113.7")).contains(Duration.ofMinutes(15));
        assertThat(throttle.addressLockedFor("198.51.100.1"))
                .as("other addresses are not affected")
                .isEmpty();
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void wrongPasswordsEverywhereTogetherPauseEverySignInForTheRestOfTheMinute() {
        for (int i = 0; i < 99; i++) {
            throttle.failed("stuffed-" + i);
            clock.move(Duration.ofMillis(100));
        }
        assertThat(throttle.everyoneWaitsFor()).as("99 in a minute: ordinary").isEmpty();
        throttle.failed("stuffed-99");
        assertThat(throttle.everyoneWaitsFor())
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(49), Duration.ofSeconds(51)));
        clock.move(Duration.ofSeconds(51));
        assertThat(throttle.everyoneWaitsFor())
                .as("the oldest failures have left the minute")
                .isEmpty();
    }
}
