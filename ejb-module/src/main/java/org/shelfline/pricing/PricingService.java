package org.shelfline.pricing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shelfline.catalog.Sku;
import org.shelfline.shared.NotFoundException;
import org.shelfline.store.Store;
import org.shelfline.store.StoreBrandStanding;
import org.shelfline.store.VerificationStatus;

/**
 * The one answer to "what does store S pay for N cases of SKU X at time T", used by the shop, fairs,
 * orders and invoices. Takes ids, not the caller: the calling service has already scoped the store and
 * SKU to its tenant. A store not (or no longer) verified with the brand has no tier, so only untiered
 * lists apply to it.
 */
@Stateless
public class PricingService {

    @PersistenceContext
    EntityManager em;

    /** @return the quote, or empty when no price break covers that quantity */
    public Optional<Quote> quote(long storeId, long skuId, int cases, Instant at) {
        return quotes(storeId, Map.of(skuId, cases), at).get(skuId);
    }

    /**
     * Quotes for several SKUs of one store at once (a cart, an order), with one look-up of the store's
     * tier and one of the price lists, however many lines there are.
     *
     * @return per SKU id, the quote, or empty when no price break covers that quantity
     */
    public Map<Long, Optional<Quote>> quotes(long storeId, Map<Long, Integer> casesBySku, Instant at) {
        Store store = em.find(Store.class, storeId);
        if (store == null) {
            throw new NotFoundException("store", storeId);
        }
        Map<Long, String> tierByBrand = new HashMap<>();
        em.createQuery(
                        "SELECT b.brand.id, b.tier FROM StoreBrandStanding b WHERE b.store.id = :store "
                                + "AND b.status = org.shelfline.store.VerificationStatus.VERIFIED",
                        Object[].class)
                .setParameter("store", storeId)
                .getResultStream()
                .forEach(row -> tierByBrand.put((Long) row[0], (String) row[1]));
        return quotes(store, tierByBrand, casesBySku, at);
    }

    /**
     * Quotes for SKUs of the brand of a standing the caller has just read (an order): its tier applies
     * when it is verified, with no second look-up of the store's standings.
     */
    public Map<Long, Optional<Quote>> quotes(StoreBrandStanding standing, Map<Long, Integer> casesBySku, Instant at) {
        Map<Long, String> tierByBrand = new HashMap<>();
        if (standing.getStatus() == VerificationStatus.VERIFIED) {
            tierByBrand.put(standing.getBrand().getId(), standing.getTier());
        }
        return quotes(standing.getStore(), tierByBrand, casesBySku, at);
    }

    private Map<Long, Optional<Quote>> quotes(
            Store store, Map<Long, String> tierByBrand, Map<Long, Integer> casesBySku, Instant at) {
        Map<Long, Sku> skus = new LinkedHashMap<>();
        for (Long skuId : casesBySku.keySet()) {
            Sku sku = em.find(Sku.class, skuId);
            if (sku == null) {
                throw new NotFoundException("SKU", skuId);
            }
            skus.put(skuId, sku);
        }
        Map<Long, List<PriceListRule>> lists = priceLists(casesBySku.keySet());
        Map<Long, Optional<Quote>> quotes = new LinkedHashMap<>();
        skus.forEach((skuId, sku) -> {
            List<PriceBreak> base = sku.getPriceTiers().stream()
                    .map(tierRow -> new PriceBreak(tierRow.getMinCases(), tierRow.getCasePrice()))
                    .toList();
            quotes.put(
                    skuId,
                    PriceResolver.quote(
                            skuId,
                            casesBySku.get(skuId),
                            base,
                            lists.getOrDefault(skuId, List.of()),
                            tierByBrand.get(sku.getBrandId()),
                            store.getDistrict().getCode(),
                            at));
        });
        return quotes;
    }

    /** The price lists that price each SKU, with that SKU's breaks in each. */
    private Map<Long, List<PriceListRule>> priceLists(java.util.Set<Long> skuIds) {
        Map<Long, Map<PriceList, List<PriceBreak>>> bySku = new HashMap<>();
        if (skuIds.isEmpty()) {
            // "IN ()" is not SQL: a search that found nothing prices nothing.
            return Map.of();
        }
        em.createQuery(
                        "SELECT p FROM PriceListPrice p JOIN FETCH p.priceList WHERE p.skuId IN :skus",
                        PriceListPrice.class)
                .setParameter("skus", List.copyOf(skuIds))
                .getResultStream()
                .forEach(price -> bySku.computeIfAbsent(price.getSkuId(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(price.getPriceList(), list -> new java.util.ArrayList<>())
                        .add(price.toBreak()));
        Map<Long, List<PriceListRule>> rules = new HashMap<>();
        bySku.forEach((skuId, breaksByList) -> rules.put(
                skuId,
                breaksByList.entrySet().stream()
                        .map(entry -> new PriceListRule(
                                entry.getKey().getId(),
                                entry.getKey().getName(),
                                entry.getKey().getStoreTier(),
                                entry.getKey().getRegionCode(),
                                entry.getKey().getValidFrom(),
                                entry.getKey().getValidUntil(),
                                entry.getValue()))
                        .toList()));
        return rules;
    }
}
