package org.shelfline.store;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.shelfline.identity.CurrentUser;

/** The signed-in shop owner's own shop. */
@Stateless
public class ShopService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public ShopOverview overview() {
        long storeId = currentUser.storeId();
        return new ShopOverview(
                em.find(Store.class, storeId),
                em.createQuery(
                                "SELECT b FROM StoreBrandStanding b JOIN FETCH b.brand "
                                        + "WHERE b.store.id = :store ORDER BY b.brand.name.english",
                                StoreBrandStanding.class)
                        .setParameter("store", storeId)
                        .getResultList());
    }
}
