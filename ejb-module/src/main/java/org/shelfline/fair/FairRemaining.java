package org.shelfline.fair;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is left of each offer's allocation in the fairs running now, for the live feed that pushes it to
 * the shop pages open on each fair. No caller check: the feed sends a fair's figures only to that fair's
 * pages, which only invited shops can open, and they show nothing those pages do not show already.
 */
@Stateless
public class FairRemaining {

    @PersistenceContext
    EntityManager em;

    /** Cases left per offer id, per fair open at {@code now}. One query for all of them. */
    public Map<Long, Map<Long, Integer>> ofRunningFairs(Instant now) {
        Map<Long, Map<Long, Integer>> byFair = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT o.fair.id, o.id, o.allocation - o.sold FROM FairOffer o "
                                + "WHERE o.fair.status = org.shelfline.fair.FairStatus.PUBLISHED "
                                + "AND o.fair.startsAt <= :now AND o.fair.endsAt > :now ORDER BY o.fair.id, o.id",
                        Object[].class)
                .setParameter("now", now)
                .getResultList()) {
            byFair.computeIfAbsent((Long) row[0], fair -> new LinkedHashMap<>())
                    .put((Long) row[1], ((Number) row[2]).intValue());
        }
        return byFair;
    }
}
