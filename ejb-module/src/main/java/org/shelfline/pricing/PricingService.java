package org.shelfline.pricing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.shelfline.catalog.Sku;
import org.shelfline.shared.NotFoundException;
import org.shelfline.store.Store;

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
        Sku sku = em.find(Sku.class, skuId);
        Store store = em.find(Store.class, storeId);
        if (sku == null) {
            throw new NotFoundException("SKU", skuId);
        }
        if (store == null) {
            throw new NotFoundException("store", storeId);
        }
        String tier = em.createQuery("SELECT b.tier FROM StoreBrandStanding b WHERE b.store.id = :store "
                        + "AND b.brand.id = :brand AND b.status = org.shelfline.store.VerificationStatus.VERIFIED", String.class)
                .setParameter("store", storeId)
                .setParameter("brand", sku.getBrandId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        List<PriceBreak> base = sku.getPriceTiers().stream()
                .map(tierRow -> new PriceBreak(tierRow.getMinCases(), tierRow.getCasePrice()))
                .toList();
        return PriceResolver.quote(skuId, cases, base, priceLists(skuId), tier, store.getDistrict().getCode(), at);
    }

    private List<PriceListRule> priceLists(long skuId) {
        Map<PriceList, List<PriceBreak>> breaksByList = em.createQuery(
                        "SELECT p FROM PriceListPrice p JOIN FETCH p.priceList WHERE p.skuId = :sku", PriceListPrice.class)
                .setParameter("sku", skuId)
                .getResultStream()
                .collect(Collectors.groupingBy(PriceListPrice::getPriceList, LinkedHashMap::new,
                        Collectors.mapping(PriceListPrice::toBreak, Collectors.toList())));
        return breaksByList.entrySet().stream()
                .map(entry -> new PriceListRule(entry.getKey().getId(), entry.getKey().getName(),
                        entry.getKey().getStoreTier(), entry.getKey().getRegionCode(), entry.getKey().getValidFrom(),
                        entry.getKey().getValidUntil(), entry.getValue()))
                .toList();
    }
}
