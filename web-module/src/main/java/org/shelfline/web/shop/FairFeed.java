package org.shelfline.web.shop;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import org.shelfline.fair.FairRemaining;

/**
 * The live feed of a fair to the shop pages open on it (f:websocket on {@value #CHANNEL}, the fair's id as
 * the socket's user, so a page hears only its own fair): "an announcement was posted", and what is left
 * of each offer. Orders only mark their fair as changed; once a second the remaining allocation of each
 * changed fair is read once and pushed to all its pages. In a rush, thousands of open pages then stay
 * current for one query a second, where each page asking every few seconds would cost more than the
 * orders themselves.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FairFeed {

    public static final String CHANNEL = "fairLive";

    private static final Logger LOG = Logger.getLogger(FairFeed.class.getName());

    private final Set<Long> changed = ConcurrentHashMap.newKeySet();

    @Inject
    FairRemaining remaining;

    @Inject
    @Push(channel = CHANNEL)
    PushContext push;

    /** An order (or a bigger allocation) changed what is left in the fair: its pages hear within a second. */
    public void changed(long fairId) {
        changed.add(fairId);
    }

    /** The brand posted an announcement: the fair's pages fetch it. */
    public void announced(long fairId) {
        push.send(Map.of("announcement", true), fairId);
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "fair live feed")
    void pushChanges() {
        for (Long fairId : List.copyOf(changed)) {
            changed.remove(fairId);
            try {
                push.send(Map.of("remaining", remaining.byOffer(fairId)), fairId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not push the remaining allocation of fair " + fairId, e);
            }
        }
    }
}
