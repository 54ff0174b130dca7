package org.shelfline.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import org.shelfline.shared.UtcInstantConverter;

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

    public void record(
            String actor, AuditScope scope, String subjectType, long subjectId, String action, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, scope, subjectType, subjectId, action, detail));
    }

    /** One subject's entry for {@link #recordAll}. */
    public record Entry(AuditScope scope, long subjectId, String detail) {}

    /**
     * Records the same action on many subjects of one type as one JDBC batch on the transaction's
     * connection: an order's stock moves touch up to a hundred rows, and one audit entry per row stays
     * the rule. Flushes the persistence context first, so the connection is the transaction's.
     */
    public void recordAll(String actor, String subjectType, String action, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        em.flush();
        var at = new UtcInstantConverter().convertToDatabaseColumn(clock.instant());
        try (PreparedStatement insert = em.unwrap(Connection.class)
                .prepareStatement(
                        "INSERT INTO audit_event (occurred_at, actor, "
                                + "brand_id, store_id, distributor_id, subject_type, subject_id, action, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Entry entry : entries) {
                insert.setObject(1, at);
                insert.setString(2, actor);
                insert.setObject(3, entry.scope().brandId(), Types.BIGINT);
                insert.setObject(4, entry.scope().storeId(), Types.BIGINT);
                insert.setObject(5, entry.scope().distributorId(), Types.BIGINT);
                insert.setString(6, subjectType);
                insert.setLong(7, entry.subjectId());
                insert.setString(8, action);
                insert.setString(9, entry.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("could not record " + entries.size() + " audit entries", e);
        }
    }

    /** The trail of one subject, newest first. */
    public List<AuditEvent> of(String subjectType, long subjectId) {
        return em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.subjectType = :type AND e.subjectId = :id "
                                + "ORDER BY e.occurredAt DESC, e.id DESC",
                        AuditEvent.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }
}
