package org.shelfline.fair;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.catalog.Sku;
import org.shelfline.catalog.SkuStatus;
import org.shelfline.identity.CurrentUser;
import org.shelfline.ordering.FairSales;
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

    @Inject
    FairSales sales;

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
    public record Dashboard(
            Fair fair,
            long orders,
            java.math.BigDecimal sales,
            long orderingShops,
            long visitingShops,
            List<FairOffer> offers) {}

    public Dashboard dashboard(long fairId) {
        Fair fair = fair(fairId);
        fair.getOffers().forEach(offer -> em.refresh(offer));
        FairSales.Totals placed = sales.totals(fairId);
        List<?> waiting = em.createNativeQuery(
                        "SELECT store_id, total FROM fair_claim WHERE fair_id = ? AND status = 'WAITING'")
                .setParameter(1, fairId)
                .getResultList();
        BigDecimal waitingSales = BigDecimal.ZERO;
        java.util.Set<Long> waitingShops = new java.util.HashSet<>();
        for (Object result : waiting) {
            Object[] row = (Object[]) result;
            waitingShops.add(((Number) row[0]).longValue());
            waitingSales = waitingSales.add(new BigDecimal(row[1].toString()));
        }
        long ordering = placed.shops() + waitingShops.size() - sales.shopsThatOrderedAmong(fairId, waitingShops);
        long visiting = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM fair_participant WHERE fair_id = ?")
                        .setParameter(1, fairId)
                        .getSingleResult())
                .longValue();
        return new Dashboard(
                fair,
                placed.orders() + waiting.size(),
                placed.sales().add(waitingSales),
                ordering,
                visiting,
                fair.getOffers());
    }

    /** Sales of one of my fairs by SKU, region and shop (cancelled orders left out). */
    public FairSummary summary(long fairId) {
        Fair fair = fair(fairId);
        java.util.Map<Long, FairSales.SkuSales> bySku = sales.bySku(fairId);
        List<FairSummary.SkuLine> skus = fair.getOffers().stream()
                .map(offer -> {
                    FairSales.SkuSales sold = bySku.get(offer.getSku().getId());
                    return new FairSummary.SkuLine(
                            offer.getSku().getCode(),
                            offer.getSku().getName().english(),
                            offer.getAllocation(),
                            sold == null ? 0 : sold.cases(),
                            sold == null ? BigDecimal.ZERO : sold.sales());
                })
                .toList();
        return new FairSummary(skus, lines(sales.byDistrict(fairId)), lines(sales.byStore(fairId)));
    }

    private static List<FairSummary.Line> lines(List<FairSales.GroupSales> groups) {
        return groups.stream()
                .map(group -> new FairSummary.Line(group.name(), group.orders(), group.cases(), group.sales()))
                .toList();
    }

    /** Announcements of one of my fairs, newest first. */
    public List<FairAnnouncement> announcements(long fairId) {
        fair(fairId);
        return em.createQuery(
                        "SELECT a FROM FairAnnouncement a WHERE a.fairId = :fair ORDER BY a.postedAt DESC",
                        FairAnnouncement.class)
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
        return sales.anyPlaced(fairId);
    }

    /** Puts a published SKU of my brand on offer, or changes its offer within the rules. */
    public void offer(
            long fairId, long skuId, BigDecimal fairPrice, BigDecimal earlyBirdPrice, int allocation, int storeCap) {
        Fair fair = fair(fairId);
        if (fairPrice == null || fairPrice.signum() <= 0 || (earlyBirdPrice != null && earlyBirdPrice.signum() <= 0)) {
            throw new BusinessException("fair.priceInvalid");
        }
        if (allocation < 1 || allocation > 10_000_000 || storeCap < 1 || storeCap > allocation) {
            throw new BusinessException("fair.allocationInvalid");
        }
        FairOffer existing = fair.getOffers().stream()
                .filter(o -> o.getSku().getId() == skuId)
                .findFirst()
                .orElse(null);
        if (existing == null) {
            Sku sku = em.find(Sku.class, skuId);
            if (sku == null || sku.getBrandId() != fair.getBrandId() || sku.getStatus() != SkuStatus.PUBLISHED) {
                throw new NotFoundException("SKU", skuId);
            }
            fair.getOffers().add(new FairOffer(fair, sku, fairPrice, earlyBirdPrice, allocation, storeCap));
            record(
                    fair,
                    "OFFERED",
                    sku.getCode() + " at " + fairPrice.toPlainString() + ", " + allocation + " cases, cap " + storeCap);
            return;
        }
        em.refresh(existing);
        boolean samePrice = existing.getFairPrice().compareTo(fairPrice) == 0
                && (existing.getEarlyBirdPrice() == null
                        ? earlyBirdPrice == null
                        : earlyBirdPrice != null && existing.getEarlyBirdPrice().compareTo(earlyBirdPrice) == 0);
        if (existing.getSold() > 0 && !samePrice) {
            throw new BusinessException("fair.priceLocked", existing.getSku().getCode());
        }
        if (existing.getSold() > 0 && (allocation < existing.getAllocation() || storeCap < existing.getStoreCap())) {
            throw new BusinessException(
                    "fair.allocationOnlyGrows", existing.getSku().getCode());
        }
        existing.reprice(fairPrice, earlyBirdPrice);
        existing.setAllocation(allocation);
        existing.setStoreCap(storeCap);
        record(
                fair,
                "OFFER_CHANGED",
                existing.getSku().getCode() + " at " + fairPrice.toPlainString() + ", " + allocation + " cases, cap "
                        + storeCap);
    }

    /**
     * Takes an offer off the fair while no shop has ordered it. Once one has, it stays (and only grows). The offer row
     * is locked first: a claim in flight has taken its shop's share row already and waits for this lock, then finds
     * the offer gone and is refused ({@link FairOrdering#take}); a committed share or sale keeps the offer.
     */
    public void removeOffer(long fairId, long offerId) {
        Fair fair = fair(fairId);
        FairOffer offer = fair.getOffers().stream()
                .filter(o -> o.getId() == offerId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("fair offer", offerId));
        em.refresh(offer, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        long shares = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM fair_store_take WHERE offer_id = ?")
                        .setParameter(1, offerId)
                        .getSingleResult())
                .longValue();
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
        FairAnnouncement announcement = new FairAnnouncement(
                fairId, message.strip(), clock.instant(), currentUser.caller().username());
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
        if (draft.startsAt() == null
                || draft.endsAt() == null
                || !draft.endsAt().isAfter(draft.startsAt())
                || !draft.endsAt().isAfter(clock.instant())) {
            throw new BusinessException("fair.windowInvalid");
        }
        if (draft.minOrderValue() != null && draft.minOrderValue().signum() < 0) {
            throw new BusinessException("fair.minimumInvalid");
        }
        if (draft.earlyBirdMinutes() != null
                && (draft.earlyBirdMinutes() < 1 || draft.earlyBirdMinutes() > EARLY_BIRD_MAX_MINUTES)) {
            throw new BusinessException("fair.earlyBirdInvalid", EARLY_BIRD_MAX_MINUTES);
        }
        if (draft.invitedRegion() != null && draft.invitedRegion().length() > 32) {
            throw new BusinessException("fair.regionInvalid");
        }
    }

    private void record(Fair fair, String action, String detail) {
        audit.record(
                currentUser.caller().username(),
                new AuditScope(fair.getBrandId(), null, null),
                AUDIT_SUBJECT,
                fair.getId(),
                action,
                detail);
    }
}
