package org.shelfline.fair;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.NotFoundException;
import org.shelfline.store.StoreBrandStanding;
import org.shelfline.store.VerificationStatus;

/** The fairs the signed-in shop is invited to, and what happens in them. */
@Stateless
public class ShopFairs {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    java.time.Clock clock;

    /** Published fairs not yet over, of brands that verified me, that invite me; soonest first. */
    public List<Fair> upcoming() {
        List<StoreBrandStanding> standings = standings();
        return em.createQuery(
                        "SELECT f FROM Fair f WHERE f.status = :published AND f.endsAt > :now ORDER BY f.startsAt",
                        Fair.class)
                .setParameter("published", FairStatus.PUBLISHED)
                .setParameter("now", clock.instant())
                .getResultStream()
                .filter(fair -> invited(fair, standings))
                .toList();
    }

    /** A fair I am invited to, with its offers; any other is not found. */
    public Fair fair(long fairId) {
        Fair fair = em.find(Fair.class, fairId);
        if (fair == null || fair.getStatus() != FairStatus.PUBLISHED || !invited(fair, standings())) {
            throw new NotFoundException("fair", fairId);
        }
        fair.getOffers().forEach(offer -> em.refresh(offer));
        return fair;
    }

    /**
     * Records that my shop looked in on a fair (opened its page while it runs); twice changes nothing. Only
     * a view: the shop joins the fair by ordering there, which a link from elsewhere cannot do for it.
     */
    public void recordVisit(long fairId) {
        Fair fair = fair(fairId);
        if (fair.isOpenAt(clock.instant())) {
            em.createNativeQuery("INSERT IGNORE INTO fair_participant (fair_id, store_id, joined_at) VALUES (?, ?, ?)")
                    .setParameter(1, fairId)
                    .setParameter(2, currentUser.storeId())
                    .setParameter(3, java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    /** Announcements of a fair I am invited to, newest first. */
    public List<FairAnnouncement> announcements(long fairId) {
        fair(fairId);
        return em.createQuery(
                        "SELECT a FROM FairAnnouncement a WHERE a.fairId = :fair ORDER BY a.postedAt DESC",
                        FairAnnouncement.class)
                .setParameter("fair", fairId)
                .getResultList();
    }

    private List<StoreBrandStanding> standings() {
        return em.createQuery(
                        "SELECT b FROM StoreBrandStanding b JOIN FETCH b.store s "
                                + "WHERE b.store.id = :store AND b.status = :verified",
                        StoreBrandStanding.class)
                .setHint("eclipselink.join-fetch", "b.store.district") // JPQL fetch joins go one level deep only
                .setParameter("store", currentUser.storeId())
                .setParameter("verified", VerificationStatus.VERIFIED)
                .getResultList();
    }

    private static boolean invited(Fair fair, List<StoreBrandStanding> standings) {
        return standings.stream()
                .anyMatch(standing -> standing.getBrand().getId() == fair.getBrandId()
                        && fair.invites(
                                standing.getTier(),
                                standing.getStore().getDistrict().getCode()));
    }
}
