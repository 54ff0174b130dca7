package org.shelfline.fair;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.shelfline.pricing.Quote;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;

/**
 * The fair's side of an order placed in a session: the shop must be invited and the session open; lines
 * are priced at the fair (or early-bird) price; each line takes from the shop's cap and the offer's
 * allocation with one conditional UPDATE each (offers in id order, so concurrent orders queue instead of
 * deadlocking). Runs in the placement's transaction: if anything refuses the order, what it took goes
 * back with the rollback.
 */
@Stateless
public class FairOrdering {

    @PersistenceContext
    EntityManager em;

    /**
     * Checks the shop may order these lines in the fair now and prices them at the fair (or early-bird)
     * price. Writes nothing: {@link #take} does, at the end of the placement.
     */
    public Map<Long, Quote> quote(long fairId, long brandId, String tier, String districtCode,
                                  Map<Long, Integer> casesBySku, Map<Long, String> codes, Instant now) {
        Fair fair = openFair(fairId, brandId, tier, districtCode, now);
        Map<Long, FairOffer> offers = offersBySku(fair, casesBySku, codes);
        boolean earlyBird = fair.isEarlyBirdAt(now);
        Map<Long, Quote> quotes = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Long, Integer> line : casesBySku.entrySet()) {
            FairOffer offer = offers.get(line.getKey());
            BigDecimal price = earlyBird && offer.getEarlyBirdPrice() != null ? offer.getEarlyBirdPrice() : offer.getFairPrice();
            BigDecimal lineTotal = price.multiply(BigDecimal.valueOf(line.getValue()));
            quotes.put(line.getKey(), new Quote(line.getKey(), line.getValue(), price, lineTotal, fair.getTitle()));
            total = total.add(lineTotal);
        }
        if (total.compareTo(fair.getMinOrderValue()) < 0) {
            throw new BusinessException("fair.belowMinimum", fair.getMinOrderValue());
        }
        return quotes;
    }

    /**
     * Takes the lines from the offers' allocations and the shop's caps. Called last in the placement, so
     * the offer rows every shop in a rush competes for stay locked only until the commit that follows.
     */
    public void take(long fairId, long storeId, Map<Long, Integer> casesBySku, Map<Long, String> codes) {
        Fair fair = em.find(Fair.class, fairId);
        Map<Long, FairOffer> offers = offersBySku(fair, casesBySku, codes);
        List<Long> inLockOrder = casesBySku.keySet().stream()
                .sorted(Comparator.comparing(skuId -> offers.get(skuId).getId()))
                .toList();
        for (Long skuId : inLockOrder) {
            FairOffer offer = offers.get(skuId);
            int cases = casesBySku.get(skuId);
            em.createNativeQuery("INSERT IGNORE INTO fair_store_take (offer_id, store_id, cases) VALUES (?, ?, 0)")
                    .setParameter(1, offer.getId()).setParameter(2, storeId)
                    .executeUpdate();
            int withinCap = em.createNativeQuery("UPDATE fair_store_take SET cases = cases + ? "
                            + "WHERE offer_id = ? AND store_id = ? AND cases + ? <= ?")
                    .setParameter(1, cases).setParameter(2, offer.getId()).setParameter(3, storeId)
                    .setParameter(4, cases).setParameter(5, offer.getStoreCap())
                    .executeUpdate();
            if (withinCap == 0) {
                throw new BusinessException("fair.capReached", codes.get(skuId), offer.getStoreCap());
            }
        }
        for (Long skuId : inLockOrder) {
            int cases = casesBySku.get(skuId);
            int taken = em.createNativeQuery("UPDATE fair_offer SET sold = sold + ? WHERE id = ? AND sold + ? <= allocation")
                    .setParameter(1, cases).setParameter(2, offers.get(skuId).getId()).setParameter(3, cases)
                    .executeUpdate();
            if (taken == 0) {
                throw new BusinessException("fair.soldOut", codes.get(skuId));
            }
        }
    }

    private Fair openFair(long fairId, long brandId, String tier, String districtCode, Instant now) {
        Fair fair = em.find(Fair.class, fairId);
        if (fair == null || fair.getBrandId() != brandId || fair.getStatus() != FairStatus.PUBLISHED) {
            throw new NotFoundException("fair", fairId);
        }
        if (!fair.invites(tier, districtCode)) {
            throw new BusinessException("fair.notInvited");
        }
        if (!fair.isOpenAt(now)) {
            throw new BusinessException("fair.notOpen");
        }
        return fair;
    }

    private static Map<Long, FairOffer> offersBySku(Fair fair, Map<Long, Integer> casesBySku, Map<Long, String> codes) {
        Map<Long, FairOffer> offers = new HashMap<>();
        fair.getOffers().forEach(offer -> offers.put(offer.getSku().getId(), offer));
        for (Long skuId : casesBySku.keySet()) {
            if (!offers.containsKey(skuId)) {
                throw new BusinessException("fair.notOffered", codes.get(skuId));
            }
        }
        return offers;
    }
}
