package org.shelfline.fair;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.BusyException;
import org.shelfline.shared.RateLimit;
import org.shelfline.shared.RateLimitedException;

/**
 * Lets a few fair claims run at once and queues the rest in arrival order. In a rush every claim wants
 * the same offer rows, so more of them in flight only adds lock waits and CPU contention that stretch
 * each lock holder's turn; a short queue in front of the database keeps the holder fast (and the queue
 * fair). The background placement of claimed orders gives way to a rush ({@link #awaitLull}): the shops
 * waiting for an answer come first, the orders they were promised are placed in the gaps.
 */
@ApplicationScoped
public class FairAdmission {

    @Inject
    @ConfigProperty(name = "shelfline.fair.concurrent-placements", defaultValue = "4")
    int concurrentPlacements;

    @Inject
    @ConfigProperty(name = "shelfline.fair.admission-wait-seconds", defaultValue = "120")
    int waitSeconds;

    /** What a refused shop is told to wait: the queue had been full for the whole wait, so not just a moment. */
    static final int RETRY_AFTER_SECONDS = 10;

    /** How long the placer gives way to a rush at most before placing one order anyway. */
    @Inject
    @ConfigProperty(name = "shelfline.fair.placement-deferral-seconds", defaultValue = "20")
    int deferralSeconds;

    /**
     * A shop orders at a fair once or a few times; a caller sending claims faster than this is a script, and
     * each of its claims would take a turn at the offer rows from the shops that are really ordering.
     */
    @Inject
    @ConfigProperty(name = "shelfline.fair.claims-per-caller-per-minute", defaultValue = "20")
    int claimsPerCallerPerMinute;

    private RateLimit claimsPerCaller;

    /** A rush: this many claims in flight or queued at once. One at a time is ordinary traffic. */
    static final int RUSH = 2;

    private static final long LULL_CHECK_MILLIS = 50;

    /**
     * A rush too: claims arriving less than this apart, until one has not been followed for as long. In a
     * rush they come every few milliseconds, and the few moments with fewer than {@link #RUSH} in flight
     * are no lull: a placement started then takes the CPU the next claims need.
     */
    long quietMillis = 200;

    private Semaphore permits;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong lastArrival = new AtomicLong(System.nanoTime() - TimeUnit.HOURS.toNanos(1));
    private volatile long lastGap = Long.MAX_VALUE;

    @PostConstruct
    void init() {
        permits = new Semaphore(Math.max(1, concurrentPlacements), true);
        claimsPerCaller = new RateLimit(claimsPerCallerPerMinute, Duration.ofMinutes(1));
    }

    /** Counts a claim by this caller, or refuses it ("fair.tooManyClaims", 429) when the caller claims too often. */
    public void countClaimBy(String caller) {
        Optional<Duration> wait = claimsPerCaller.acquire(caller);
        if (wait.isPresent()) {
            throw new RateLimitedException("fair.tooManyClaims", RateLimit.seconds(wait.get()));
        }
    }

    /**
     * Outcomes of a claim that competed for a fair's offers: the rush is made of these. A claim refused before
     * that (a fair that does not exist, is not open, does not invite the shop) is cheap to send over and over
     * and must not make the placer believe a rush is on.
     */
    private static final Set<String> COMPETED = Set.of("fair.soldOut", "fair.capReached", "order.busy");

    /** Runs the claim when its turn comes; refuses with "order.busy" after waiting too long. */
    public <T> T admit(Supplier<T> claim) {
        long arrived = System.nanoTime();
        inFlight.incrementAndGet();
        try {
            T admitted = admitted(claim);
            countArrival(arrived);
            return admitted;
        } catch (BusinessException e) {
            if (COMPETED.contains(e.messageKey())) {
                countArrival(arrived);
            }
            throw e;
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void countArrival(long arrived) {
        long previous = lastArrival.getAndAccumulate(arrived, Math::max);
        lastGap = Math.max(0, arrived - previous);
    }

    /**
     * Waits while claims rush in, for at most the deferral; returns at once in ordinary traffic (a claim
     * now and then). Called by the placer before each order it places.
     */
    public void awaitLull() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(deferralSeconds);
        while (rushing() && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(LULL_CHECK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean rushing() {
        long quiet = TimeUnit.MILLISECONDS.toNanos(quietMillis);
        return inFlight.get() >= RUSH || (lastGap < quiet && System.nanoTime() - lastArrival.get() < quiet);
    }

    private <T> T admitted(Supplier<T> claim) {
        boolean admitted = false;
        try {
            admitted = permits.tryAcquire(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!admitted) {
            throw new BusyException("order.busy", RETRY_AFTER_SECONDS);
        }
        try {
            return claim.get();
        } finally {
            permits.release();
        }
    }
}
