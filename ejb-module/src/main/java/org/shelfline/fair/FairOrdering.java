package org.shelfline.fair;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.shelfline.pricing.PriceResolver;
import org.shelfline.pricing.Quote;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;

/**
 * The fair's side of an order in a session: the shop must be invited and the session open; lines are
 * priced at the fair (or early-bird) price; the lines take from the offers' allocations and the shop's
 * caps under row locks taken in offer id order, so concurrent claims queue instead of deadlocking. Runs
 * in the claim's transaction: if anything refuses it, what it took goes back with the rollback; a claim
 * whose order cannot be placed afterwards gives its share back ({@link #giveBack}).
 */
@Stateless
public class FairOrdering {

    @PersistenceContext
    EntityManager em;

    /**
     * The fair with its offers and their SKUs, read in one query (a claim needs all three, and in a rush
     * every statement counts); any fair, published or not: {@link #quote} checks that.
     */
    public Fair withOffers(long fairId) {
        return em.createQuery("SELECT f FROM Fair f WHERE f.id = :id", Fair.class)
                .setParameter("id", fairId)
                .setHint("eclipselink.left-join-fetch", "f.offers.sku")
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("fair", fairId));
    }

    /**
     * Checks the shop may order these lines in the fair now and prices them at the fair (or early-bird)
     * price. Writes nothing: {@link #take} does, at the end of the claim.
     */
    public Map<Long, Quote> quote(
            long fairId,
            long brandId,
            long storeId,
            String tier,
            String districtCode,
            Map<Long, Integer> casesBySku,
            Map<Long, String> codes,
            Instant now) {
        Fair fair = openFair(fairId, brandId, tier, districtCode, now);
        Map<Long, FairOffer> offers = offersBySku(fair, casesBySku, codes);
        refuseWhatCannotBeTaken(offers, storeId, casesBySku, codes);
        boolean earlyBird = fair.isEarlyBirdAt(now);
        Map<Long, Quote> quotes = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Long, Integer> line : casesBySku.entrySet()) {
            FairOffer offer = offers.get(line.getKey());
            Quote quote = PriceResolver.atFair(
                    line.getKey(),
                    line.getValue(),
                    offer.getFairPrice(),
                    offer.getEarlyBirdPrice(),
                    earlyBird,
                    fair.getTitle());
            quotes.put(line.getKey(), quote);
            total = total.add(quote.lineTotal());
        }
        if (total.compareTo(fair.getMinOrderValue()) < 0) {
            // As text: a refused claim keeps its arguments as text, and the amount reads the same in every language.
            throw new BusinessException(
                    "fair.belowMinimum",
                    fair.getMinOrderValue()
                            .setScale(2, java.math.RoundingMode.HALF_UP)
                            .toPlainString());
        }
        return quotes;
    }

    /**
     * Takes the lines from the shop's caps and the offers' allocations. Called last in the claim, and the
     * offers last in it: every shop in a rush competes for the same offer rows, so their locks are taken
     * for two statements only before the commit (lock and read them, take the allocation). The shop's
     * takes and caps come first: only the same shop's claims wait for those rows. Both are locked in offer
     * id order, takes before offers, as {@link #giveBack} does, so claims and refusals queue rather than
     * deadlock. (The takes have no foreign key to the offers: its shared lock on the offer rows would have
     * each claim wait for the offer locks already at its takes, and upgrading it would deadlock.)
     */
    public void take(long fairId, long storeId, Map<Long, Integer> casesBySku, Map<Long, String> codes) {
        Fair fair = em.find(Fair.class, fairId);
        Map<Long, FairOffer> offers = offersBySku(fair, casesBySku, codes);
        Map<Long, Integer> casesByOffer = new TreeMap<>();
        Map<Long, Long> skuByOffer = new HashMap<>();
        casesBySku.forEach((skuId, cases) -> {
            casesByOffer.put(offers.get(skuId).getId(), cases);
            skuByOffer.put(offers.get(skuId).getId(), skuId);
        });
        String ids = String.join(", ", Collections.nCopies(casesByOffer.size(), "?"));

        var takes = statement("INSERT INTO fair_store_take (offer_id, store_id, cases) VALUES "
                + String.join(", ", Collections.nCopies(casesByOffer.size(), "(?, ?, ?)"))
                + " ON DUPLICATE KEY UPDATE cases = cases + VALUES(cases)");
        int position = 1;
        for (Map.Entry<Long, Integer> line : casesByOffer.entrySet()) {
            takes.setParameter(position++, line.getKey())
                    .setParameter(position++, storeId)
                    .setParameter(position++, line.getValue());
        }
        takes.executeUpdate();
        // Caps only grow, so the offers' caps need no lock: an older one can only be stricter.
        var overCap = statement(
                "SELECT t.offer_id, o.store_cap FROM fair_store_take t JOIN fair_offer o ON o.id = t.offer_id "
                        + "WHERE t.store_id = ? AND t.offer_id IN (" + ids
                        + ") AND t.cases > o.store_cap ORDER BY t.offer_id");
        overCap.setParameter(1, storeId);
        bindIds(overCap, 2, casesByOffer);
        for (Object result : overCap.setMaxResults(1).getResultList()) {
            Object[] row = (Object[]) result;
            throw new BusinessException(
                    "fair.capReached",
                    codes.get(skuByOffer.get(((Number) row[0]).longValue())),
                    ((Number) row[1]).intValue());
        }

        var locked = statement(
                "SELECT id, allocation - sold FROM fair_offer WHERE id IN (" + ids + ") ORDER BY id FOR UPDATE");
        bindIds(locked, 1, casesByOffer);
        java.util.Set<Long> stillOffered = new java.util.HashSet<>();
        for (Object result : locked.getResultList()) {
            Object[] row = (Object[]) result;
            long offerId = ((Number) row[0]).longValue();
            stillOffered.add(offerId);
            if (((Number) row[1]).longValue() < casesByOffer.get(offerId)) {
                throw new BusinessException("fair.soldOut", codes.get(skuByOffer.get(offerId)));
            }
        }
        // The brand took an offer off while this claim waited for its lock (FairService.removeOffer).
        for (Long offerId : casesByOffer.keySet()) {
            if (!stillOffered.contains(offerId)) {
                throw new BusinessException("fair.notOffered", codes.get(skuByOffer.get(offerId)));
            }
        }
        var sold = statement("UPDATE fair_offer SET sold = sold + (CASE id"
                + " WHEN ? THEN ?".repeat(casesByOffer.size()) + " END) WHERE id IN (" + ids + ")");
        bindIds(sold, bindCases(sold, 1, casesByOffer), casesByOffer);
        if (sold.executeUpdate() != casesByOffer.size()) {
            throw new IllegalStateException("fair offers changed under their row locks");
        }
    }

    /**
     * Gives a claim's share back to the shop's takes and the offers' allocations, locking them in the
     * order {@link #take} does: the shop's takes, then the offers, each in offer id order.
     */
    public void giveBack(long fairId, long storeId, Map<Long, Integer> casesBySku) {
        String skuIds = String.join(", ", Collections.nCopies(casesBySku.size(), "?"));
        var offers = statement(
                "SELECT id, sku_id FROM fair_offer WHERE fair_id = ? AND sku_id IN (" + skuIds + ") ORDER BY id");
        offers.setParameter(1, fairId);
        int position = 2;
        for (Long skuId : casesBySku.keySet()) {
            offers.setParameter(position++, skuId);
        }
        Map<Long, Integer> casesByOffer = new TreeMap<>();
        for (Object result : offers.getResultList()) {
            Object[] row = (Object[]) result;
            casesByOffer.put(((Number) row[0]).longValue(), casesBySku.get(((Number) row[1]).longValue()));
        }
        if (casesByOffer.isEmpty()) {
            return;
        }
        String ids = String.join(", ", Collections.nCopies(casesByOffer.size(), "?"));
        var taken = statement("UPDATE fair_store_take SET cases = cases - (CASE offer_id"
                + " WHEN ? THEN ?".repeat(casesByOffer.size()) + " END) WHERE store_id = ? AND offer_id IN (" + ids
                + ")");
        position = bindCases(taken, 1, casesByOffer);
        taken.setParameter(position++, storeId);
        bindIds(taken, position, casesByOffer);
        taken.executeUpdate();
        var sold = statement("UPDATE fair_offer SET sold = sold - (CASE id"
                + " WHEN ? THEN ?".repeat(casesByOffer.size()) + " END) WHERE id IN (" + ids + ")");
        bindIds(sold, bindCases(sold, 1, casesByOffer), casesByOffer);
        sold.executeUpdate();
    }

    /**
     * Refuses now, before the claim writes anything, what {@link #take} would refuse as things stand: once
     * a fair sells out, the shops still in the queue hear "sold out" after a few reads rather than after a
     * whole claim that is then rolled back. Unlocked, so a first answer only; {@link #take} decides.
     */
    private void refuseWhatCannotBeTaken(
            Map<Long, FairOffer> offers, long storeId, Map<Long, Integer> casesBySku, Map<Long, String> codes) {
        Map<Long, Integer> casesByOffer = new TreeMap<>();
        Map<Long, FairOffer> byId = new HashMap<>();
        casesBySku.forEach((skuId, cases) -> {
            FairOffer offer = offers.get(skuId);
            casesByOffer.put(offer.getId(), cases);
            byId.put(offer.getId(), offer);
        });
        for (Map.Entry<Long, Integer> line : casesByOffer.entrySet()) {
            FairOffer offer = byId.get(line.getKey());
            if (offer.getRemaining() < line.getValue()) {
                throw new BusinessException(
                        "fair.soldOut", codes.get(offer.getSku().getId()));
            }
        }
        var taken = statement("SELECT offer_id, cases FROM fair_store_take WHERE store_id = ? AND offer_id IN ("
                + String.join(", ", Collections.nCopies(casesByOffer.size(), "?")) + ") ORDER BY offer_id");
        taken.setParameter(1, storeId);
        bindIds(taken, 2, casesByOffer);
        for (Object result : taken.getResultList()) {
            Object[] row = (Object[]) result;
            FairOffer offer = byId.get(((Number) row[0]).longValue());
            if (((Number) row[1]).longValue() + casesByOffer.get(offer.getId()) > offer.getStoreCap()) {
                throw new BusinessException(
                        "fair.capReached", codes.get(offer.getSku().getId()), offer.getStoreCap());
            }
        }
    }

    /**
     * A native statement that does not flush the persistence context first: the claim has flushed its
     * entities already, and these statements touch only fair tables no entity here has changed.
     */
    private jakarta.persistence.Query statement(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    private static int bindIds(jakarta.persistence.Query query, int position, Map<Long, Integer> casesByOffer) {
        for (Long offerId : casesByOffer.keySet()) {
            query.setParameter(position++, offerId);
        }
        return position;
    }

    private static int bindCases(jakarta.persistence.Query query, int position, Map<Long, Integer> casesByOffer) {
        for (Map.Entry<Long, Integer> line : casesByOffer.entrySet()) {
            query.setParameter(position++, line.getKey()).setParameter(position++, line.getValue());
        }
        return position;
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
