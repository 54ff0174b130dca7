package org.shelfline.fair;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shelfline.shared.BusyException;

/**
 * Lets a few fair orders place at once and queues the rest in arrival order. In a rush every order
 * wants the same offer and stock rows, so more of them in flight only adds lock waits and CPU
 * contention that stretch each lock holder's turn; a short queue in front of the database keeps
 * the holder fast (and the queue fair).
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

    private Semaphore permits;

    @PostConstruct
    void init() {
        permits = new Semaphore(Math.max(1, concurrentPlacements), true);
    }

    /** Runs the placement when its turn comes; refuses with "order.busy" after waiting too long. */
    public <T> T admit(Supplier<T> placement) {
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
            return placement.get();
        } finally {
            permits.release();
        }
    }
}
