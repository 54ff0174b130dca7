package org.shelfline.credit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.shared.BusinessException;
import org.shelfline.store.StoreBrandStanding;

/**
 * The credit a store uses with a brand. Taking credit is one conditional UPDATE of the standing's
 * {@code credit_used}: the limit check and the increase are a single atomic step, so two orders racing
 * for the last of the limit cannot both pass. Every change is audited on the standing.
 */
@Stateless
public class CreditExposure {

    public static final String AUDIT_SUBJECT = "CREDIT";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Uses {@code amount} of the store's credit with the brand, or refuses ("order.creditLimit"). */
    public void take(long storeId, long brandId, BigDecimal amount, String actor, String reference) {
        int changed = em.createNativeQuery("UPDATE store_brand SET credit_used = credit_used + ? "
                        + "WHERE store_id = ? AND brand_id = ? AND " + StoreBrandStanding.MAY_SPEND_CREDIT_SQL
                        + " AND credit_used + ? <= credit_limit")
                .setParameter(1, amount)
                .setParameter(2, storeId)
                .setParameter(3, brandId)
                .setParameter(4, amount)
                .executeUpdate();
        if (changed == 0) {
            boolean onHold = ((Number) em.createNativeQuery(
                                            "SELECT COUNT(*) FROM store_brand WHERE store_id = ? AND brand_id = ? "
                                                    + "AND hold_kind IS NOT NULL")
                                    .setParameter(1, storeId)
                                    .setParameter(2, brandId)
                                    .getSingleResult())
                            .longValue()
                    > 0;
            throw onHold
                    ? new BusinessException("order.creditHold")
                    : new BusinessException("order.creditLimit", available(storeId, brandId));
        }
        record(storeId, brandId, actor, "CREDIT_TAKEN", amount, reference);
    }

    /** Gives credit back (an order cancelled, or delivered short). */
    public void giveBack(long storeId, long brandId, BigDecimal amount, String actor, String reference) {
        if (amount.signum() <= 0) {
            return;
        }
        em.createNativeQuery("UPDATE store_brand SET credit_used = GREATEST(credit_used - ?, 0) "
                        + "WHERE store_id = ? AND brand_id = ?")
                .setParameter(1, amount)
                .setParameter(2, storeId)
                .setParameter(3, brandId)
                .executeUpdate();
        record(storeId, brandId, actor, "CREDIT_RETURNED", amount, reference);
    }

    /** Credit left, read fresh from the database (never negative). */
    public BigDecimal available(long storeId, long brandId) {
        Object left = em.createNativeQuery(
                        "SELECT GREATEST(COALESCE(credit_limit, 0) - credit_used, 0) FROM store_brand "
                                + "WHERE store_id = ? AND brand_id = ?")
                .setParameter(1, storeId)
                .setParameter(2, brandId)
                .getResultStream()
                .findFirst()
                .orElse(BigDecimal.ZERO);
        return new BigDecimal(left.toString());
    }

    /**
     * Uses credit whatever the limit and any hold: for goods already delivered and billed again after a
     * disputed delivery, which the brand decided, not the shop.
     */
    public void charge(long storeId, long brandId, BigDecimal amount, String actor, String reference) {
        em.createNativeQuery("UPDATE store_brand SET credit_used = credit_used + ? WHERE store_id = ? AND brand_id = ?")
                .setParameter(1, amount)
                .setParameter(2, storeId)
                .setParameter(3, brandId)
                .executeUpdate();
        record(storeId, brandId, actor, "CREDIT_CHARGED", amount, reference);
    }

    private void record(long storeId, long brandId, String actor, String action, BigDecimal amount, String reference) {
        audit.record(
                actor,
                AuditScope.brandAndStore(brandId, storeId),
                AUDIT_SUBJECT,
                storeId,
                action,
                amount.toPlainString() + " for " + reference);
    }
}
