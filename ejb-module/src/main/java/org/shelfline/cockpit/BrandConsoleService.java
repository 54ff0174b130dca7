package org.shelfline.cockpit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.shelfline.brand.Brand;
import org.shelfline.catalog.SkuStatus;
import org.shelfline.identity.CurrentUser;
import org.shelfline.store.VerificationStatus;

/** What the signed-in brand admin's console shows first. */
@Stateless
public class BrandConsoleService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public BrandOverview overview() {
        long brandId = currentUser.brandId();
        Brand brand = em.find(Brand.class, brandId);
        return new BrandOverview(
                brand,
                countSkus(brandId, SkuStatus.PUBLISHED),
                countSkus(brandId, SkuStatus.DRAFT),
                countStores(brandId, VerificationStatus.VERIFIED),
                countStores(brandId, VerificationStatus.APPLIED),
                em.createQuery(
                                "SELECT COUNT(DISTINCT t.distributor) FROM TerritoryAssignment t "
                                        + "WHERE t.brand.id = :brand",
                                Long.class)
                        .setParameter("brand", brandId)
                        .getSingleResult());
    }

    private long countSkus(long brandId, SkuStatus status) {
        return em.createQuery("SELECT COUNT(s) FROM Sku s WHERE s.brandId = :brand AND s.status = :status", Long.class)
                .setParameter("brand", brandId)
                .setParameter("status", status)
                .getSingleResult();
    }

    private long countStores(long brandId, VerificationStatus status) {
        return em.createQuery(
                        "SELECT COUNT(b) FROM StoreBrandStanding b "
                                + "WHERE b.brand.id = :brand AND b.status = :status",
                        Long.class)
                .setParameter("brand", brandId)
                .setParameter("status", status)
                .getSingleResult();
    }
}
