package org.shelfline.fair;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.catalog.Sku;
import org.shelfline.catalog.SkuStatus;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.ConcurrentEditException;
import org.shelfline.shared.NotFoundException;

/**
 * The signed-in brand's trade fairs: create and edit sessions, put SKUs on offer, publish, announce.
 * Once an offer has sold, its price is fixed and its allocation can only grow; every change is audited.
 */
@Stateless
public class FairService {

    static final String AUDIT_SUBJECT = "FAIR";
    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int EARLY_BIRD_MAX_MINUTES = 24 * 60;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<Fair> fairs() {
        return em.createQuery("SELECT f FROM Fair f WHERE f.brandId = :brand ORDER BY f.startsAt DESC", Fair.class)
                .setParameter("brand", currentUser.brandId())
                .getResultList();
    }

    public Fair fair(long fairId) {
        Fair fair = em.find(Fair.class, fairId);
        if (fair == null || fair.getBrandId() != currentUser.brandId()) {
            throw new NotFoundException("fair", fairId);
        }
        fair.getOffers().size();
        return fair;
    }

    /**
     * How a fair is going: orders, sales, the shops that ordered and those that looked in, and each offer's
     * remaining allocation. Orders and sales count the orders placed and those whose share is kept while
     * they are being placed, so they move with the remaining allocation during a rush. A shop has joined the
     * fair by ordering there; opening its page (a link can do that) only counts it as having looked in.
     */
    public record Dashboard(Fair fair, long orders, java.math.BigDecimal sales, long orderingShops, long visitingShops,
                            List<FairOffer> offers) {
    }

    public Dashboard dashboard(long fairId) {
        Fair fair = fair(fairId);
        fair.getOffers().forEach(offer -> em.refresh(offer));
        Object[] totals = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(total), 0) FROM ("
                        // Cancelled orders left out, as in the summary below: the two must agree.
                        + "SELECT c.total FROM checkout c WHERE c.fair_id = ? AND NOT EXISTS (SELECT 1 FROM purchase_order o "
                        + "WHERE o.checkout_id = c.id AND o.status = 'CANCELLED') "
                        + "UNION ALL SELECT total FROM fair_claim WHERE fair_id = ? AND status = 'WAITING') orders")
                .setParameter(1, fairId).setParameter(2, fairId).getSingleResult();
        long ordering = ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT store_id) FROM ("
                        + "SELECT c.store_id FROM checkout c WHERE c.fair_id = ? AND NOT EXISTS (SELECT 1 FROM purchase_order o "
                        + "WHERE o.checkout_id = c.id AND o.status = 'CANCELLED') "
                        + "UNION ALL SELECT store_id FROM fair_claim WHERE fair_id = ? AND status = 'WAITING') shops")
                .setParameter(1, fairId).setParameter(2, fairId).getSingleResult()).longValue();
        long visiting = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM fair_participant WHERE fair_id = ?")
                .setParameter(1, fairId).getSingleResult()).longValue();
        return new Dashboard(fair, ((Number) totals[0]).longValue(), new java.math.BigDecimal(totals[1].toString()), ordering,
                visiting, fair.getOffers());
    }

    /** Sales of one of my fairs by SKU, region and shop (cancelled orders left out). */
    public FairSummary summary(long fairId) {
        Fair fair = fair(fairId);
        String lines = " FROM order_line l JOIN purchase_order o ON o.id = l.order_id JOIN checkout c ON c.id = o.checkout_id "
                + "WHERE c.fair_id = ? AND o.status <> 'CANCELLED' ";
        java.util.Map<Long, Object[]> bySku = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery("SELECT l.sku_id, SUM(l.cases), SUM(l.line_total)" + lines + "GROUP BY l.sku_id")
                .setParameter(1, fairId).getResultList()) {
            Object[] values = (Object[]) row;
            bySku.put(((Number) values[0]).longValue(), values);
        }
        List<FairSummary.SkuLine> skus = fair.getOffers().stream()
                .map(offer -> {
                    Object[] sold = bySku.get(offer.getSku().getId());
                    return new FairSummary.SkuLine(offer.getSku().getCode(), offer.getSku().getName().english(), offer.getAllocation(),
                            sold == null ? 0 : ((Number) sold[1]).longValue(),
                            sold == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(sold[2].toString()));
                })
                .toList();
        return new FairSummary(skus, lines(fairId, "d.code", "JOIN district d ON d.id = o.delivery_district_id", lines),
                lines(fairId, "s.name", "JOIN store s ON s.id = o.store_id", lines));
    }

    private List<FairSummary.Line> lines(long fairId, String name, String join, String lines) {
        String from = lines.replace(" WHERE ", " " + join + " WHERE ");
        return ((List<?>) em.createNativeQuery("SELECT " + name + ", COUNT(DISTINCT o.id), SUM(l.cases), SUM(l.line_total)" + from
                        + "GROUP BY " + name + " ORDER BY SUM(l.line_total) DESC")
                .setParameter(1, fairId).getResultList()).stream()
                .map(row -> (Object[]) row)
                .map(row -> new FairSummary.Line((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                        new java.math.BigDecimal(row[3].toString())))
                .toList();
    }

    /** Announcements of one of my fairs, newest first. */
    public List<FairAnnouncement> announcements(long fairId) {
        fair(fairId);
        return em.createQuery("SELECT a FROM FairAnnouncement a WHERE a.fairId = :fair ORDER BY a.postedAt DESC", FairAnnouncement.class)
                .setParameter("fair", fairId)
                .getResultList();
    }

    public long create(FairDraft draft) {
        long brandId = currentUser.brandId();
        check(draft);
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        Fair fair = new Fair(brandId, draft, HexFormat.of().formatHex(token), clock.instant());
        em.persist(fair);
        em.flush();
        record(fair, "CREATED", fair.getTitle());
        return fair.getId();
    }

    public void update(long fairId, long expectedVersion, FairDraft draft) {
        Fair fair = fair(fairId);
        if (fair.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        check(draft);
        if (hasOrders(fairId) && fair.changesTermsOfSale(draft)) {
            throw new BusinessException("fair.termsLocked");
        }
        String before = fair.describe();
        String descriptionBefore = fair.getDescription();
        fair.apply(draft);
        String after = fair.describe();
        if (!before.equals(after) || !java.util.Objects.equals(descriptionBefore, fair.getDescription())) {
            record(fair, "UPDATED", before + " -> " + after);
        }
    }

    /** Whether any shop has ordered at this fair (its start, early-bird period and minimum are then fixed). */
    private boolean hasOrders(long fairId) {
        return !em.createNativeQuery("SELECT 1 FROM checkout WHERE fair_id = ? LIMIT 1").setParameter(1, fairId)
                .getResultList().isEmpty();
    }

    /** Puts a published SKU of my brand on offer, or changes its offer within the rules. */
    public void offer(long fairId, long skuId, BigDecimal fairPrice, BigDecimal earlyBirdPrice, int allocation, int storeCap) {
        Fair fair = fair(fairId);
        if (fairPrice == null || fairPrice.signum() <= 0 || (earlyBirdPrice != null && earlyBirdPrice.signum() <= 0)) {
            throw new BusinessException("fair.priceInvalid");
        }
        if (allocation < 1 || allocation > 10_000_000 || storeCap < 1 || storeCap > allocation) {
            throw new BusinessException("fair.allocationInvalid");
        }
        FairOffer existing = fair.getOffers().stream().filter(o -> o.getSku().getId() == skuId).findFirst().orElse(null);
        if (existing == null) {
            Sku sku = em.find(Sku.class, skuId);
            if (sku == null || sku.getBrandId() != fair.getBrandId() || sku.getStatus() != SkuStatus.PUBLISHED) {
                throw new NotFoundException("SKU", skuId);
            }
            fair.getOffers().add(new FairOffer(fair, sku, fairPrice, earlyBirdPrice, allocation, storeCap));
            record(fair, "OFFERED", sku.getCode() + " at " + fairPrice.toPlainString() + ", " + allocation + " cases, cap " + storeCap);
            return;
        }
        em.refresh(existing);
        boolean samePrice = existing.getFairPrice().compareTo(fairPrice) == 0 && (existing.getEarlyBirdPrice() == null
                ? earlyBirdPrice == null : earlyBirdPrice != null && existing.getEarlyBirdPrice().compareTo(earlyBirdPrice) == 0);
        if (existing.getSold() > 0 && !samePrice) {
            throw new BusinessException("fair.priceLocked", existing.getSku().getCode());
        }
        if (existing.getSold() > 0 && (allocation < existing.getAllocation() || storeCap < existing.getStoreCap())) {
            throw new BusinessException("fair.allocationOnlyGrows", existing.getSku().getCode());
        }
        existing.reprice(fairPrice, earlyBirdPrice);
        existing.setAllocation(allocation);
        existing.setStoreCap(storeCap);
        record(fair, "OFFER_CHANGED", existing.getSku().getCode() + " at " + fairPrice.toPlainString() + ", " + allocation
                + " cases, cap " + storeCap);
    }

    /**
     * Takes an offer off the fair while no shop has ordered it. Once one has, it stays (and only grows). The offer row
     * is locked first: a claim in flight has taken its shop's share row already and waits for this lock, then finds
     * the offer gone and is refused ({@link FairOrdering#take}); a committed share or sale keeps the offer.
     */
    public void removeOffer(long fairId, long offerId) {
        Fair fair = fair(fairId);
        FairOffer offer = fair.getOffers().stream().filter(o -> o.getId() == offerId).findFirst()
                .orElseThrow(() -> new NotFoundException("fair offer", offerId));
        em.refresh(offer, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        long shares = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM fair_store_take WHERE offer_id = ?")
                .setParameter(1, offerId).getSingleResult()).longValue();
        if (offer.getSold() > 0 || shares > 0) {
            throw new BusinessException("fair.offerOrdered", offer.getSku().getCode());
        }
        fair.getOffers().remove(offer);
        em.remove(offer);
        record(fair, "OFFER_REMOVED", offer.getSku().getCode());
    }

    public void publish(long fairId) {
        Fair fair = fair(fairId);
        if (fair.getOffers().isEmpty()) {
            throw new BusinessException("fair.noOffers");
        }
        fair.publish();
        record(fair, "PUBLISHED", fair.getTitle());
    }

    /** Posts a message to everyone in a published fair. */
    public FairAnnouncement announce(long fairId, String message) {
        Fair fair = fair(fairId);
        if (fair.getStatus() != FairStatus.PUBLISHED) {
            throw new BusinessException("fair.notPublished");
        }
        if (message == null || message.isBlank() || message.length() > FairAnnouncement.MESSAGE_MAX) {
            throw new BusinessException("fair.announcementInvalid", FairAnnouncement.MESSAGE_MAX);
        }
        FairAnnouncement announcement = new FairAnnouncement(fairId, message.strip(), clock.instant(), currentUser.caller().username());
        em.persist(announcement);
        return announcement;
    }

    private void check(FairDraft draft) {
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > TITLE_MAX) {
            throw new BusinessException("fair.titleInvalid", TITLE_MAX);
        }
        if (draft.description() != null && draft.description().length() > DESCRIPTION_MAX) {
            throw new BusinessException("fair.descriptionTooLong", DESCRIPTION_MAX);
        }
        if (draft.startsAt() == null || draft.endsAt() == null || !draft.endsAt().isAfter(draft.startsAt())
                || !draft.endsAt().isAfter(clock.instant())) {
            throw new BusinessException("fair.windowInvalid");
        }
        if (draft.minOrderValue() != null && draft.minOrderValue().signum() < 0) {
            throw new BusinessException("fair.minimumInvalid");
        }
        if (draft.earlyBirdMinutes() != null && (draft.earlyBirdMinutes() < 1 || draft.earlyBirdMinutes() > EARLY_BIRD_MAX_MINUTES)) {
            throw new BusinessException("fair.earlyBirdInvalid", EARLY_BIRD_MAX_MINUTES);
        }
        if (draft.invitedRegion() != null && draft.invitedRegion().length() > 32) {
            throw new BusinessException("fair.regionInvalid");
        }
    }

    private void record(Fair fair, String action, String detail) {
        audit.record(currentUser.caller().username(), new AuditScope(fair.getBrandId(), null, null), AUDIT_SUBJECT, fair.getId(),
                action, detail);
    }
}
