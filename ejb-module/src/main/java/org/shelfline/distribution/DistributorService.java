package org.shelfline.distribution;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.shelfline.identity.CurrentUser;

/** The signed-in distributor's own company. */
@Stateless
public class DistributorService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public DistributorOverview overview() {
        long distributorId = currentUser.distributorId();
        return new DistributorOverview(
                em.find(Distributor.class, distributorId),
                em.createQuery(
                                "SELECT w FROM Warehouse w JOIN FETCH w.district "
                                        + "WHERE w.distributor.id = :distributor ORDER BY w.code",
                                Warehouse.class)
                        .setParameter("distributor", distributorId)
                        .getResultList(),
                em.createQuery(
                                "SELECT t FROM TerritoryAssignment t JOIN FETCH t.brand JOIN FETCH t.district "
                                        + "WHERE t.distributor.id = :distributor "
                                        + "ORDER BY t.brand.code, t.district.code",
                                TerritoryAssignment.class)
                        .setParameter("distributor", distributorId)
                        .getResultList());
    }
}
