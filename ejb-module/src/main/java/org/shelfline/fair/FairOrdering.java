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
 * The fair's side of an order placed in a session: the shop must be invited and the session open; each
 * line takes from the offer's allocation and from the shop's cap with one conditional UPDATE each (offers
 * in id order, so concurrent orders queue instead of deadlocking), and is priced at the fair (or
 * early-bird) price. Runs in the placement's transaction: if anything later refuses the order, what it
 * took goes back with the rollback.
 */
@Stateless
public class FairOrdering {

    @PersistenceContext
    EntityManager em;

    /** Takes the lines from the fair; returns their quotes at fair prices. */
    public Map<Long, Quote> take(long fairId, long brandId, long storeId, String tier, String districtCode,
                                 Map<Long, Integer> casesBySku, Map<Long, String> codes, Instant now) {
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
        Map<Long, FairOffer> offers = new HashMap<>();
        fair.getOffers().forEach(offer -> offers.put(offer.getSku().getId(), offer));
        for (Long skuId : casesBySku.keySet()) {
            if (!offers.containsKey(skuId)) {
                throw new BusinessException("fair.notOffered", codes.get(skuId));
            }
        }
        boolean earlyBird = fair.isEarlyBirdAt(now);
        Map<Long, Quote> quotes = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        List<Long> inLockOrder = casesBySku.keySet().stream()
                .sorted(Comparator.comparing(skuId -> offers.get(skuId).getId()))
                .toList();
        for (Long skuId : inLockOrder) {
            FairOffer offer = offers.get(skuId);
            int cases = casesBySku.get(skuId);
            int taken = em.createNativeQuery("UPDATE fair_offer SET sold = sold + ? WHERE id = ? AND sold + ? <= allocation")
                    .setParameter(1, cases).setParameter(2, offer.getId()).setParameter(3, cases)
                    .executeUpdate();
            if (taken == 0) {
                throw new BusinessException("fair.soldOut", codes.get(skuId));
            }
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
            BigDecimal price = earlyBird && offer.getEarlyBirdPrice() != null ? offer.getEarlyBirdPrice() : offer.getFairPrice();
            BigDecimal lineTotal = price.multiply(BigDecimal.valueOf(cases));
            quotes.put(skuId, new Quote(skuId, cases, price, lineTotal, fair.getTitle()));
            total = total.add(lineTotal);
        }
        if (total.compareTo(fair.getMinOrderValue()) < 0) {
            throw new BusinessException("fair.belowMinimum", fair.getMinOrderValue());
        }
        return quotes;
    }
}
