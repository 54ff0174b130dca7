package org.shelfline.fair;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.NotFoundException;

/**
 * Fair claims after they are made: the shop reads its own; the placer finds the waiting ones. A claim is
 * settled once: placed with its order ({@link FairClaiming#placeClaim}), or refused here by a conditional
 * update from WAITING, which gives the claim's share back in the same transaction; so when two placers
 * (two servers) race for a claim only one settles it.
 */
@Stateless
public class FairClaims {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    FairOrdering fairs;

    @Inject
    Clock clock;

    /** One of the signed-in shop's claims; another shop's is not found. */
    public FairClaim mine(long claimId) {
        FairClaim claim = em.find(FairClaim.class, claimId);
        if (claim == null || claim.getStoreId() != currentUser.storeId()) {
            throw new NotFoundException("order", claimId);
        }
        return claim;
    }

    /** The signed-in shop's claim made with this idempotency key, if any. */
    public Optional<FairClaim> mine(String idempotencyKey) {
        return em.createQuery(
                        "SELECT c FROM FairClaim c WHERE c.storeId = :store AND c.idempotencyKey = :key",
                        FairClaim.class)
                .setParameter("store", currentUser.storeId())
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    /**
     * The signed-in shop's fair orders of the last 30 days that are not (yet) orders: being placed, or
     * refused; newest first. (Placed ones are among its orders.)
     */
    public List<FairClaim> mineNotPlaced() {
        return em.createQuery(
                        "SELECT c FROM FairClaim c WHERE c.storeId = :store AND c.status <> :placed "
                                + "AND c.claimedAt > :since ORDER BY c.claimedAt DESC, c.id DESC",
                        FairClaim.class)
                .setParameter("store", currentUser.storeId())
                .setParameter("placed", FairClaim.Status.PLACED)
                .setParameter("since", clock.instant().minus(java.time.Duration.ofDays(30)))
                .setMaxResults(50)
                .getResultList();
    }

    /** The signed-in shop's orders in one fair, newest first, placed or not (the last 50). */
    public List<FairClaim> mineIn(long fairId) {
        return em.createQuery(
                        "SELECT c FROM FairClaim c WHERE c.storeId = :store AND c.fairId = :fair "
                                + "ORDER BY c.claimedAt DESC, c.id DESC",
                        FairClaim.class)
                .setParameter("store", currentUser.storeId())
                .setParameter("fair", fairId)
                .setMaxResults(50)
                .getResultList();
    }

    /** Any claim, for the placer (no caller). */
    public FairClaim one(long claimId) {
        return em.find(FairClaim.class, claimId);
    }

    /** Claims still waiting for their order after the given id, oldest first. */
    public List<Long> waitingAfter(long claimId, int max) {
        return em.createQuery(
                        "SELECT c.id FROM FairClaim c WHERE c.status = :waiting AND c.id > :after ORDER BY c.id",
                        Long.class)
                .setParameter("waiting", FairClaim.Status.WAITING)
                .setParameter("after", claimId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Claims settled at or after the instant, for the live feed to tell their pages (not scoped: the feed is the caller). */
    public List<Long> settledSince(Instant since) {
        return em.createQuery("SELECT c.id FROM FairClaim c WHERE c.settledAt >= :since", Long.class)
                .setParameter("since", since)
                .getResultList();
    }

    /**
     * The claim's order cannot be placed (the message key says why): its share goes back to the fair's
     * allocation and the shop's caps. False, and nothing given back, if another placer settled it first.
     */
    public boolean refuse(long claimId, String reason, Object... arguments) {
        boolean refused = em.createQuery(
                                "UPDATE FairClaim c SET c.status = :refused, c.refusalCode = :reason, "
                                        + "c.refusalArgs = :arguments, c.settledAt = :now WHERE c.id = :id AND c.status = :waiting")
                        .setParameter("refused", FairClaim.Status.REFUSED)
                        .setParameter("reason", reason)
                        .setParameter("arguments", FairClaim.joinArguments(arguments))
                        .setParameter("now", clock.instant())
                        .setParameter("id", claimId)
                        .setParameter("waiting", FairClaim.Status.WAITING)
                        .executeUpdate()
                == 1;
        if (refused) {
            FairClaim claim = em.find(FairClaim.class, claimId);
            fairs.giveBack(claim.getFairId(), claim.getStoreId(), claim.casesBySku());
        }
        return refused;
    }
}
