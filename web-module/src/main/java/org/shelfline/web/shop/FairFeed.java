package org.shelfline.web.shop;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shelfline.fair.FairClaims;
import org.shelfline.fair.FairRemaining;

/**
 * The live feed of a fair to the shop pages open on it (f:websocket on {@value #CHANNEL}, with the fair's
 * id as the socket's user, so a page hears only its own fair): "an announcement was posted", and what is
 * left of each offer. Once a second the remaining allocation of every running fair is read in one query
 * and each fair whose figures changed since the last second is pushed to all its pages. In a rush,
 * thousands of open pages then stay current for one query a second, where each page asking every few
 * seconds would cost more than the orders themselves; and since the figures come from the database, the
 * pages hear of orders placed on any server. The same tick tells each fair order's page (channel
 * {@value #CLAIM_CHANNEL}) when its order was placed or refused.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// No transaction of its own: a read that fails (the database away) is caught below; inside a transaction it
// would still roll that back, fail the timer, and Payara expunges a timer that fails twice.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FairFeed {

    public static final String CHANNEL = "fairLive";
    /** Per fair order (the claim's id as the socket's user): "settled", so its page shows how it ended. */
    public static final String CLAIM_CHANNEL = "fairClaim";
    /** Claims settled this long ago are still told: a settlement committed late is not missed, a repeat is harmless. */
    private static final Duration SETTLED_WINDOW = Duration.ofSeconds(3);

    private static final Logger LOG = Logger.getLogger(FairFeed.class.getName());

    @Inject
    FairRemaining remaining;

    @Inject
    Clock clock;

    @Inject
    FairClaims claims;

    @Inject
    @Push(channel = CHANNEL)
    PushContext push;

    @Inject
    @Push(channel = CLAIM_CHANNEL)
    PushContext claimPush;

    private static final Map<String, Boolean> SETTLED = Map.of("settled", true);

    /** What each running fair's pages were last told. */
    private Map<Long, Map<Long, Integer>> lastPushed = Map.of();

    /** The brand posted an announcement: the fair's pages fetch it. */
    public void announced(long fairId) {
        push.send(Map.of("announcement", true), fairId);
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "fair live feed")
    synchronized void pushChanges() {
        try {
            Map<Long, Map<Long, Integer>> now = remaining.ofRunningFairs(clock.instant());
            now.forEach((fairId, byOffer) -> {
                if (!byOffer.equals(lastPushed.get(fairId))) {
                    push.send(Map.of("remaining", byOffer), fairId);
                }
            });
            lastPushed = now;
            claims.settledSince(clock.instant().minus(SETTLED_WINDOW))
                    .forEach(claimId -> claimPush.send(SETTLED, claimId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push the fairs' remaining allocation or settled orders", e);
        }
    }
}
