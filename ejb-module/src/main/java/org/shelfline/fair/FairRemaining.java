package org.shelfline.fair;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What is left of each offer's allocation in a fair, for the live feed that pushes it to the shop pages
 * open on that fair. No caller check: the feed sends it only to pages of that fair, which only invited
 * shops can open, and it shows them nothing their page does not already show.
 */
@Stateless
public class FairRemaining {

    @PersistenceContext
    EntityManager em;

    /** Cases left per offer id. */
    public Map<Long, Integer> byOffer(long fairId) {
        Map<Long, Integer> remaining = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT o.id, o.allocation - o.sold FROM FairOffer o WHERE o.fair.id = :fair ORDER BY o.id",
                        Object[].class)
                .setParameter("fair", fairId)
                .getResultList()) {
            remaining.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return remaining;
    }
}
