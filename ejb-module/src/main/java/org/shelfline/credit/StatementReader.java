package org.shelfline.credit;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the month's figures of every account (of one brand, or all) with ledger activity up to the end
 * of the month, summed by MariaDB in one pass over the ledger. The checkpoint is the position in that list.
 */
@Named
@Dependent
public class StatementReader extends AbstractItemReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    @BatchProperty
    String period;

    @Inject
    @BatchProperty
    String brandId;

    private List<StatementFigures> accounts;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        StatementPeriod month = new StatementPeriod(java.time.YearMonth.parse(period));
        String brandFilter = brandId == null || brandId.isBlank() ? "" : " AND brand_id = " + Long.parseLong(brandId);
        accounts = new ArrayList<>();
        for (Object result : em.createNativeQuery("SELECT store_id, brand_id, "
                        + "SUM(CASE WHEN occurred_at < ? THEN amount ELSE 0 END), "
                        + "SUM(CASE WHEN occurred_at >= ? AND kind = 'INVOICE' THEN amount ELSE 0 END), "
                        + "-SUM(CASE WHEN occurred_at >= ? AND kind = 'PAYMENT' THEN amount ELSE 0 END), "
                        + "-SUM(CASE WHEN occurred_at >= ? AND kind IN ('CREDIT_NOTE', 'ADJUSTMENT') THEN amount ELSE 0 END), "
                        + "SUM(CASE WHEN occurred_at >= ? THEN 1 ELSE 0 END) "
                        + "FROM ledger_entry WHERE occurred_at < ?" + brandFilter
                        + " GROUP BY store_id, brand_id ORDER BY brand_id, store_id")
                .setParameter(1, utc(month.start()))
                .setParameter(2, utc(month.start()))
                .setParameter(3, utc(month.start()))
                .setParameter(4, utc(month.start()))
                .setParameter(5, utc(month.start()))
                .setParameter(6, utc(month.end()))
                .getResultList()) {
            Object[] row = (Object[]) result;
            accounts.add(new StatementFigures(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    money(row[2]),
                    money(row[3]),
                    money(row[4]),
                    money(row[5]),
                    ((Number) row[6]).intValue()));
        }
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < accounts.size() ? accounts.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static LocalDateTime utc(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
