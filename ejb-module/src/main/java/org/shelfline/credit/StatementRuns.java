package org.shelfline.credit;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Properties;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.NotFoundException;

/**
 * Runs the monthly statement job (Jakarta Batch) for the signed-in brand and reports its progress; lists
 * statements for brands and shops. The same job runs for all brands on the first of each month.
 */
@Stateless
public class StatementRuns {

    public static final String JOB = "monthly-statements";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Billing billing;

    /** Starts statements for a month ("2026-10") of my brand; returns the job execution's id. */
    public long start(String month) {
        StatementPeriod period = StatementPeriod.parse(month, billing.today());
        return startJob(period, String.valueOf(currentUser.brandId()));
    }

    /** For the schedule: every brand's statements of a month. */
    public long startForAllBrands(StatementPeriod period) {
        return startJob(period, "");
    }

    private long startJob(StatementPeriod period, String brandId) {
        Properties parameters = new Properties();
        parameters.setProperty("period", period.toString());
        parameters.setProperty("brandId", brandId);
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    /** How a run of my brand's statements is going; another brand's run is not found. */
    public StatementProgress progress(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution;
        try {
            execution = operator.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("statement run", executionId);
        }
        if (!String.valueOf(currentUser.brandId())
                .equals(operator.getParameters(executionId).getProperty("brandId"))) {
            throw new NotFoundException("statement run", executionId);
        }
        long written = 0;
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            for (Metric metric : step.getMetrics()) {
                if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                    written += metric.getValue();
                }
            }
        }
        return new StatementProgress(
                executionId,
                execution.getBatchStatus().name(),
                operator.getParameters(executionId).getProperty("period"),
                written);
    }

    /** My brand's statements of a month. */
    public List<Statement> statements(String month) {
        StatementPeriod period = StatementPeriod.parse(month, billing.today());
        return em.createQuery(
                        "SELECT s FROM Statement s JOIN FETCH s.store WHERE s.brandId = :brand AND s.period = :period "
                                + "ORDER BY s.store.name",
                        Statement.class)
                .setParameter("brand", currentUser.brandId())
                .setParameter("period", period.firstDay())
                .getResultList();
    }

    /** My shop's statements with a brand, newest first. */
    public List<Statement> myStatements(long brandId) {
        return em.createQuery(
                        "SELECT s FROM Statement s WHERE s.store.id = :store AND s.brandId = :brand "
                                + "ORDER BY s.period DESC",
                        Statement.class)
                .setParameter("store", currentUser.storeId())
                .setParameter("brand", brandId)
                .getResultList();
    }

    public record StatementProgress(long executionId, String status, String period, long written) {

        public boolean isRunning() {
            return "STARTING".equals(status) || "STARTED".equals(status);
        }
    }
}
