package org.shelfline.audit;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Records changes inside the caller's transaction: the change and its audit entry commit or roll back
 * together. Used by services only.
 */
@Dependent
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(String actor, AuditScope scope, String subjectType, long subjectId, String action, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, scope, subjectType, subjectId, action, detail));
    }

    /** The trail of one subject, newest first. */
    public List<AuditEvent> of(String subjectType, long subjectId) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.subjectType = :type AND e.subjectId = :id "
                        + "ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }
}
