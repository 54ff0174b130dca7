package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shelfline.catalog.Sku;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.store.StoreBrandStanding;
import org.shelfline.store.VerificationStatus;

/**
 * What a placement (or a fair claim) reads before it writes: the shop's verified standing with the brand, and
 * the SKUs it asks for, checked against the ordering rules. Runs in the caller's transaction.
 */
@Stateless
public class PlacementReads {

    @PersistenceContext
    EntityManager em;

    /** The store's standing with the brand, if verified; otherwise "not verified". */
    public StoreBrandStanding verifiedStanding(long storeId, long brandId) {
        return standingsWhere("b.brand.id = :brand")
                .setParameter("store", storeId)
                .setParameter("brand", brandId)
                .getResultStream()
                .filter(standing -> standing.getStatus() == VerificationStatus.VERIFIED)
                .findFirst()
                .orElseThrow(() -> new BusinessException("order.notVerified"));
    }

    /** The store's verified standing with the brand of this code; a brand it may not order from is not found. */
    public StoreBrandStanding verifiedStanding(long storeId, String brandCode) {
        return standingsWhere("b.brand.code = :code AND b.status = :verified")
                .setParameter("store", storeId)
                .setParameter("code", brandCode == null ? "" : brandCode.strip())
                .setParameter("verified", VerificationStatus.VERIFIED)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("brand", brandCode));
    }

    /** A store's standings (parameter "store") meeting the condition, its district and the brand in the same query. */
    private TypedQuery<StoreBrandStanding> standingsWhere(String condition) {
        return em.createQuery(
                        "SELECT b FROM StoreBrandStanding b JOIN FETCH b.store s JOIN FETCH b.brand "
                                + "WHERE b.store.id = :store AND " + condition,
                        StoreBrandStanding.class)
                .setHint("eclipselink.join-fetch", "b.store.district"); // JPQL fetch joins go one level deep only
    }

    /**
     * The brand's SKUs for the requested codes, duplicates added up, each checked against the ordering
     * rules; with their price breaks when the order is priced from them (a fair has its own prices). SKUs
     * already read ({@code known}, by lower-case code: a fair's offered ones) are not read again.
     */
    public Map<Sku, Integer> skusAndCases(
            long brandId, List<OrderLineRequest> requested, boolean withPriceBreaks, Map<String, Sku> known) {
        if (requested == null || requested.isEmpty()) {
            throw new BusinessException("order.empty");
        }
        if (requested.size() > OrderRules.MAX_LINES) {
            throw new BusinessException("order.tooManyLines", OrderRules.MAX_LINES);
        }
        Map<String, Long> casesByCode = new LinkedHashMap<>();
        for (OrderLineRequest line : requested) {
            if (line == null || line.skuCode() == null || line.skuCode().isBlank()) {
                throw new BusinessException("order.skuRequired");
            }
            casesByCode.merge(line.skuCode().strip().toLowerCase(Locale.ROOT), (long) line.cases(), Long::sum);
        }
        Map<String, Sku> byCode = new HashMap<>();
        known.forEach((code, sku) -> {
            if (sku.getBrandId() == brandId && casesByCode.containsKey(code)) {
                byCode.put(code, sku);
            }
        });
        List<String> unread = casesByCode.keySet().stream()
                .filter(code -> !byCode.containsKey(code))
                .toList();
        if (!unread.isEmpty()) {
            em.createQuery(
                            withPriceBreaks
                                    ? "SELECT DISTINCT s FROM Sku s LEFT JOIN FETCH s.priceTiers WHERE s.brandId = :brand AND s.code IN :codes"
                                    : "SELECT s FROM Sku s WHERE s.brandId = :brand AND s.code IN :codes",
                            Sku.class)
                    .setParameter("brand", brandId)
                    .setParameter("codes", unread)
                    .getResultStream()
                    .forEach(sku -> byCode.put(sku.getCode().toLowerCase(Locale.ROOT), sku));
        }
        Map<Sku, Integer> result = new LinkedHashMap<>();
        for (Map.Entry<String, Long> line : casesByCode.entrySet()) {
            Sku sku = byCode.get(line.getKey());
            if (sku == null) {
                throw new BusinessException("order.unknownSku", line.getKey());
            }
            int cases = (int) Math.max(Math.min(line.getValue(), Integer.MAX_VALUE), Integer.MIN_VALUE);
            OrderRules.check(sku, cases);
            result.put(sku, cases);
        }
        return result;
    }

    /** The requests for the SKUs of these ids, by code, with their cases (a claim's lines, to be read again). */
    public List<OrderLineRequest> linesOf(Map<Long, Integer> casesBySkuId) {
        return em.createQuery("SELECT s.id, s.code FROM Sku s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(casesBySkuId.keySet()))
                .getResultStream()
                .map(row -> new OrderLineRequest((String) row[1], casesBySkuId.get((Long) row[0])))
                .toList();
    }

    public static Map<Long, String> codesOf(Map<Sku, Integer> casesBySku) {
        Map<Long, String> codes = new HashMap<>();
        casesBySku.keySet().forEach(sku -> codes.put(sku.getId(), sku.getCode()));
        return codes;
    }

    public static Map<Long, Integer> casesOf(Map<Sku, Integer> casesBySku) {
        Map<Long, Integer> cases = new LinkedHashMap<>();
        casesBySku.forEach((sku, count) -> cases.put(sku.getId(), count));
        return cases;
    }
}
