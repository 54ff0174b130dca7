package org.shelfline.catalog;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.NotFoundException;

/** Reading the signed-in brand's catalogue. Another brand's SKU is "not found", never shown. */
@Stateless
public class CatalogService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public Sku sku(long id) {
        return em.createQuery("SELECT DISTINCT s FROM Sku s LEFT JOIN FETCH s.priceTiers LEFT JOIN FETCH s.category "
                        + "WHERE s.id = :id AND s.brandId = :brand", Sku.class)
                .setParameter("id", id)
                .setParameter("brand", currentUser.brandId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("SKU", id));
    }

    /** Most recently changed SKUs first. */
    public List<Sku> recentlyChangedSkus(int max) {
        return em.createQuery("SELECT s FROM Sku s WHERE s.brandId = :brand ORDER BY s.updatedAt DESC, s.code", Sku.class)
                .setParameter("brand", currentUser.brandId())
                .setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
    }
}
