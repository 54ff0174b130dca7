package org.shelfline.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.BusyException;

class FairAdmissionTest {

    @Test
    void noMorePlacementsRunAtOnceThanThePermitsAllowAndAQueuedOneRunsWhenAPermitComesBack() throws Exception {
        FairAdmission admission = admission(2, 30);
        CountDownLatch bothInside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        CompletableFuture<?>[] holders = new CompletableFuture<?>[2];
        for (int i = 0; i < holders.length; i++) {
            holders[i] = CompletableFuture.runAsync(() -> admission.admit(() -> {
                inside.incrementAndGet();
                bothInside.countDown();
                await(release);
                return inside.decrementAndGet();
            }));
        }
        assertThat(bothInside.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Integer> queued = CompletableFuture.supplyAsync(() -> admission.admit(inside::get));
        assertThat(queued).as("a third placement waits while two run").isNotDone();

        release.countDown();
        CompletableFuture.allOf(holders).get(10, TimeUnit.SECONDS);
        assertThat(queued.get(10, TimeUnit.SECONDS))
                .as("it ran once a permit came back: beside one holder at most")
                .isLessThanOrEqualTo(1);
    }

    @Test
    void aPlacementThatWaitsTooLongIsRefusedAsBusy() throws Exception {
        FairAdmission admission = admission(1, 0);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> admission.admit(() -> {
            holding.countDown();
            await(release);
            return 1;
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> admission.admit(() -> 2))
                .isInstanceOf(BusyException.class)
                .satisfies(e -> assertThat(((BusyException) e).messageKey()).isEqualTo("order.busy"))
                .satisfies(
                        e -> assertThat(((BusyException) e).retryAfterSeconds()).isPositive());

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(admission.admit(() -> 3))
                .as("the permit came back after the first placement")
                .isEqualTo(3);
    }

    @Test
    void aFailingPlacementGivesItsPermitBack() {
        FairAdmission admission = admission(1, 0);
        assertThatThrownBy(() -> admission.admit(() -> {
                    throw new BusinessException("fair.soldOut", "X");
                }))
                .isInstanceOf(BusinessException.class);
        assertThat(admission.admit(() -> "next")).isEqualTo("next");
    }

    @Test
    void thePlacerGivesWayWhileClaimsRushInAndGoesOnAtOnceInOrdinaryTraffic() throws Exception {
        FairAdmission admission = admission(4, 30);
        admission.deferralSeconds = 30;
        CountDownLatch rushing = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<?>[] claims = new CompletableFuture<?>[2];
        for (int i = 0; i < claims.length; i++) {
            claims[i] = CompletableFuture.runAsync(() -> admission.admit(() -> {
                rushing.countDown();
                await(release);
                return null;
            }));
        }
        assertThat(rushing.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> placer = CompletableFuture.runAsync(admission::awaitLull);
        assertThat(placer).as("two claims in flight: a rush").isNotDone();
        release.countDown();
        CompletableFuture.allOf(claims).get(10, TimeUnit.SECONDS);
        placer.get(10, TimeUnit.SECONDS);

        CompletableFuture<Void> oneClaim = CompletableFuture.runAsync(() -> admission.admit(() -> {
            admission.awaitLull();
            return null;
        }));
        oneClaim.get(10, TimeUnit.SECONDS); // one claim in flight is ordinary traffic: the quiet time at most
    }

    @Test
    void claimsArrivingMomentsApartAreARushEvenWithFewInFlightUntilTheyStop() throws Exception {
        FairAdmission admission = admission(4, 30);
        admission.deferralSeconds = 30;
        admission.quietMillis = 500;
        AtomicBoolean arriving = new AtomicBoolean(true);
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            while (arriving.get()) {
                admission.admit(() -> null); // one at a time, every 20 ms
                sleep(20);
            }
        });
        sleep(100);
        CompletableFuture<Void> placer = CompletableFuture.runAsync(admission::awaitLull);
        sleep(1_000);
        assertThat(placer).as("claims still arriving every 20 ms").isNotDone();

        arriving.set(false);
        stream.get(10, TimeUnit.SECONDS);
        placer.get(10, TimeUnit.SECONDS); // goes on once no claim has come for the quiet time
    }

    @Test
    void claimsRefusedBeforeCompetingForTheOffersAreNoRush() throws Exception {
        FairAdmission admission = admission(4, 30);
        admission.deferralSeconds = 30;
        admission.quietMillis = 500;
        AtomicBoolean arriving = new AtomicBoolean(true);
        CompletableFuture<Void> bogus = CompletableFuture.runAsync(() -> {
            while (arriving.get()) {
                try {
                    admission.admit(() -> {
                        throw new org.shelfline.shared.NotFoundException("fair", 999_999L);
                    });
                } catch (BusinessException expected) {
                    // a fair that does not exist, every 20 ms
                }
                sleep(20);
            }
        });
        try {
            sleep(100);
            CompletableFuture.runAsync(admission::awaitLull).get(5, TimeUnit.SECONDS);
        } finally {
            arriving.set(false);
            bogus.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void thePlacerGivesWayForTheDeferralAtMost() throws Exception {
        FairAdmission admission = admission(4, 30);
        admission.deferralSeconds = 0;
        CountDownLatch rushing = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            CompletableFuture.runAsync(() -> admission.admit(() -> {
                rushing.countDown();
                await(release);
                return null;
            }));
        }
        assertThat(rushing.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            CompletableFuture.runAsync(admission::awaitLull).get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
        }
    }

    private static FairAdmission admission(int permits, int waitSeconds) {
        FairAdmission admission = new FairAdmission();
        admission.concurrentPlacements = permits;
        admission.waitSeconds = waitSeconds;
        admission.init();
        return admission;
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
