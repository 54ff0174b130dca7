package org.shelfline.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        assertThat(queued.get(10, TimeUnit.SECONDS)).as("it ran once a permit came back: beside one holder at most")
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

        assertThatThrownBy(() -> admission.admit(() -> 2)).isInstanceOf(BusyException.class)
                .satisfies(e -> assertThat(((BusyException) e).messageKey()).isEqualTo("order.busy"))
                .satisfies(e -> assertThat(((BusyException) e).retryAfterSeconds()).isPositive());

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(admission.admit(() -> 3)).as("the permit came back after the first placement").isEqualTo(3);
    }

    @Test
    void aFailingPlacementGivesItsPermitBack() {
        FairAdmission admission = admission(1, 0);
        assertThatThrownBy(() -> admission.admit(() -> {
            throw new BusinessException("fair.soldOut", "X");
        })).isInstanceOf(BusinessException.class);
        assertThat(admission.admit(() -> "next")).isEqualTo("next");
    }

    private static FairAdmission admission(int permits, int waitSeconds) {
        FairAdmission admission = new FairAdmission();
        admission.concurrentPlacements = permits;
        admission.waitSeconds = waitSeconds;
        admission.init();
        return admission;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
