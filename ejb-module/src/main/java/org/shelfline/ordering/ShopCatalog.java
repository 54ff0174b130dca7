package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shelfline.catalog.Category;
import org.shelfline.catalog.CategoryService;
import org.shelfline.catalog.Sku;
import org.shelfline.catalog.SkuStatus;
import org.shelfline.identity.CurrentUser;
import org.shelfline.pricing.PricingService;
import org.shelfline.shared.ImageFiles;
import org.shelfline.shared.NotFoundException;
import org.shelfline.store.Store;
import org.shelfline.store.StoreBrandStanding;
import org.shelfline.store.VerificationStatus;

/**
 * The catalogues the signed-in shop may order from (brands that verified it), with its own prices and
 * availability at the distributors serving its district.
 */
@Stateless
public class ShopCatalog {

    public static final int PAGE_SIZE = 30;

    /** Search text beyond this is cut off (no SKU code or name is that long). */
    public static final int SEARCH_MAX = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PricingService pricing;

    @Inject
    Clock clock;

    @Inject
    ImageFiles images;

    /** My standings with brands that verified me, by brand name. */
    public List<StoreBrandStanding> orderableBrands() {
        return em.createQuery(
                        "SELECT b FROM StoreBrandStanding b JOIN FETCH b.brand WHERE b.store.id = :store "
                                + "AND b.status = :verified ORDER BY b.brand.name.english",
                        StoreBrandStanding.class)
                .setParameter("store", currentUser.storeId())
                .setParameter("verified", VerificationStatus.VERIFIED)
                .getResultList();
    }

    /** The id of a brand (by code) that verified me; any other code is "not found". */
    public long orderableBrandId(String brandCode) {
        return em.createQuery(
                        "SELECT b.brand.id FROM StoreBrandStanding b WHERE b.store.id = :store "
                                + "AND b.status = :verified AND b.brand.code = :code",
                        Long.class)
                .setParameter("store", currentUser.storeId())
                .setParameter("verified", VerificationStatus.VERIFIED)
                .setParameter("code", brandCode == null ? "" : brandCode.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("brand", brandCode));
    }

    /** Published SKUs of a brand I may order from whose code, barcode or name contains the text. */
    public List<ShopItem> search(long brandId, String text, int first) {
        return search(brandId, text, null, first);
    }

    /** The categories of a brand I may order from, in reading order, for filtering its catalogue. */
    public List<Category> categories(long brandId) {
        requireOrderable(currentUser.storeId(), brandId);
        return CategoryService.inReadingOrder(
                em.createQuery("SELECT c FROM Category c WHERE c.brandId = :brand", Category.class)
                        .setParameter("brand", brandId)
                        .getResultList());
    }

    /**
     * As {@link #search(long, String, int)}, within one of the brand's categories and those under it; a category
     * that is not the brand's filters nothing.
     */
    public List<ShopItem> search(long brandId, String text, Long categoryId, int first) {
        long storeId = currentUser.storeId();
        requireOrderable(storeId, brandId);
        List<Long> within = categoryId == null ? List.of() : subtree(categories(brandId), categoryId);
        String wanted = text == null ? "" : text.strip();
        wanted = wanted.length() > SEARCH_MAX ? wanted.substring(0, SEARCH_MAX) : wanted;
        String pattern = "%"
                + (wanted.toLowerCase()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")) + "%";
        var query = em.createQuery(
                "SELECT s FROM Sku s WHERE s.brandId = :brand AND s.status = :published "
                        + "AND (LOWER(s.code) LIKE :text OR LOWER(s.name.english) LIKE :text OR s.name.chinese LIKE :text "
                        + "OR s.barcode LIKE :text)" + (within.isEmpty() ? "" : " AND s.category.id IN :within")
                        + " ORDER BY s.code",
                Sku.class);
        if (!within.isEmpty()) {
            query.setParameter("within", within);
        }
        List<Sku> skus = query.setParameter("brand", brandId)
                .setParameter("published", SkuStatus.PUBLISHED)
                .setParameter("text", pattern)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
        Map<Long, Long> free =
                freeCases(storeId, brandId, skus.stream().map(Sku::getId).toList());
        Instant now = clock.instant();
        Map<Long, Integer> minimums = new java.util.LinkedHashMap<>();
        skus.forEach(sku -> minimums.put(sku.getId(), sku.getMinOrderCases()));
        var quotes = pricing.quotes(storeId, minimums, now);
        return skus.stream()
                .map(sku -> new ShopItem(
                        sku,
                        quotes.get(sku.getId()).orElse(null),
                        Availability.of(free.getOrDefault(sku.getId(), 0L), sku.getMinOrderCases())))
                .toList();
    }

    /** The category and every one under it, or nothing when it is not among them. */
    private static List<Long> subtree(List<Category> categories, long rootId) {
        List<Long> ids = new java.util.ArrayList<>();
        for (Category category : categories) {
            for (Category up = category; up != null; up = up.getParent()) {
                if (up.getId() == rootId) {
                    ids.add(category.getId());
                    break;
                }
            }
        }
        return ids;
    }

    /**
     * Where the picture of a SKU I may see is kept: published, of a brand that verified me, and pictured;
     * anything else is "not found", so a shop learns nothing of other brands' catalogues.
     */
    public java.nio.file.Path imagePath(long skuId) {
        Sku sku = em.find(Sku.class, skuId);
        if (sku == null || sku.getStatus() != SkuStatus.PUBLISHED || sku.getImage() == null) {
            throw new NotFoundException("SKU image", skuId);
        }
        requireOrderable(currentUser.storeId(), sku.getBrandId());
        return images.path(ImageFiles.Kind.SKUS, sku.getImage());
    }

    /** Cases free to promise per SKU across the warehouses of the distributors serving my district. */
    public Map<Long, Long> freeCases(long storeId, long brandId, List<Long> skuIds) {
        Map<Long, Long> free = new HashMap<>();
        if (skuIds.isEmpty()) {
            return free;
        }
        Store store = em.find(Store.class, storeId);
        em.createQuery(
                        "SELECT s.sku.id, SUM(s.onHand - s.reserved) FROM Stock s, TerritoryAssignment t "
                                + "WHERE s.warehouse.distributor = t.distributor AND t.brand.id = :brand AND t.district = :district "
                                + "AND s.sku.id IN :skus GROUP BY s.sku.id",
                        Object[].class)
                .setParameter("brand", brandId)
                .setParameter("district", store.getDistrict())
                .setParameter("skus", skuIds)
                .getResultStream()
                .forEach(row -> free.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return free;
    }

    public StoreBrandStanding requireOrderable(long storeId, long brandId) {
        return em.createQuery(
                        "SELECT b FROM StoreBrandStanding b WHERE b.store.id = :store AND b.brand.id = :brand "
                                + "AND b.status = :verified",
                        StoreBrandStanding.class)
                .setParameter("store", storeId)
                .setParameter("brand", brandId)
                .setParameter("verified", VerificationStatus.VERIFIED)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("brand", brandId));
    }
}
