package org.shelfline.credit;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/** Writes statements; the unique (store, brand, month) key makes a re-run replace rather than duplicate. */
@Named
@Dependent
public class StatementWriter extends AbstractItemWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @BatchProperty
    String period;

    @Override
    public void writeItems(List<Object> items) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var firstDay = YearMonth.parse(period).atDay(1);
        for (Object item : items) {
            StatementFigures figures = (StatementFigures) item;
            em.createNativeQuery(
                            "INSERT INTO statement (store_id, brand_id, period, opening, invoiced, paid, credited, closing, "
                                    + "entries, generated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                                    + "opening = VALUES(opening), invoiced = VALUES(invoiced), paid = VALUES(paid), "
                                    + "credited = VALUES(credited), closing = VALUES(closing), entries = VALUES(entries), "
                                    + "generated_at = VALUES(generated_at)")
                    .setParameter(1, figures.storeId())
                    .setParameter(2, figures.brandId())
                    .setParameter(3, firstDay)
                    .setParameter(4, figures.opening())
                    .setParameter(5, figures.invoiced())
                    .setParameter(6, figures.paid())
                    .setParameter(7, figures.credited())
                    .setParameter(8, figures.closing())
                    .setParameter(9, figures.entries())
                    .setParameter(10, now)
                    .executeUpdate();
        }
    }
}
