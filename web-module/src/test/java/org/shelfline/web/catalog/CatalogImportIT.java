package org.shelfline.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shelfline.web.support.Refusals.assertRefused;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.catalog.CatalogFile.Format;
import org.shelfline.catalog.CatalogImportService;
import org.shelfline.catalog.ImportPreview;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/** Catalogue import and export on Payara Micro and MariaDB. */
@ExtendWith(ArquillianExtension.class)
class CatalogImportIT {

    private static final String HEADER =
            "code,barcode,name_en,name_zh,category,unit,case_pack,min_order,increment,status,prices";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(CatalogImportIT.class);
    }

    @Inject
    CatalogImportService imports;

    private Tenants tenants;

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
    }

    @Test
    void aGoodFileCreatesAndUpdatesSkusWithPricesAndIsAudited() {
        byte[] file = csv(
                HEADER,
                "new-1,6901234567892,Green tea 1 L,绿茶 1升,tea,bottle,12,2,1,PUBLISHED,1:40.00 10:38.00",
                tenants.skuCodeOfA() + ",,Renamed tea,改名茶,,bottle,24,1,1,DRAFT,1:30.00");

        ImportPreview preview = as(tenants.brandAdminA(), () -> imports.preview(file, Format.CSV, Locale.ENGLISH));
        assertThat(preview.isApplicable()).isTrue();
        assertThat(preview.getNewSkus()).isEqualTo(1);
        assertThat(preview.getUpdatedSkus()).isEqualTo(1);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM sku WHERE brand_id = ? AND code = 'NEW-1'", tenants.brandIdA()))
                .as("preview stores nothing")
                .isZero();

        ImportPreview applied = as(tenants.brandAdminA(), () -> imports.apply(file, Format.CSV, Locale.ENGLISH));

        assertThat(applied.applied()).isTrue();
        assertThat(TestDatabase.text(
                        "SELECT status FROM sku WHERE brand_id = ? AND code = 'NEW-1'", tenants.brandIdA()))
                .isEqualTo("PUBLISHED");
        assertThat(TestDatabase.text(
                        "SELECT GROUP_CONCAT(CONCAT(t.min_cases, ':', t.case_price) ORDER BY t.min_cases) FROM sku_price_tier t "
                                + "JOIN sku s ON s.id = t.sku_id WHERE s.brand_id = ? AND s.code = 'NEW-1'",
                        tenants.brandIdA()))
                .isEqualTo("1:40.00,10:38.00");
        assertThat(TestDatabase.text("SELECT name FROM sku WHERE id = ?", tenants.skuOfA()))
                .isEqualTo("Renamed tea");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'SKU' AND action = 'IMPORTED' AND actor = ?",
                        tenants.brandAdminA()))
                .isEqualTo(2);
    }

    @Test
    void aFileWithABadRowShowsEveryProblemAndImportsNothing() {
        byte[] file = csv(
                HEADER,
                "ok-1,,Fine,好,,bottle,12,1,1,DRAFT,1:10.00",
                "bad code!,6901234567890,Broken,坏,nosuch,bottle,-3,1,1,SOLD,1:-5.00",
                "ok-1,,Twice,二,,bottle,12,1,1,DRAFT,1:10.00",
                "ok-2,,No price,无价,,bottle,12,5,1,DRAFT,10:9.00",
                "ok-3,,Odd price,怪,,bottle,12,1,1,DRAFT,cheap");

        ImportPreview result = as(tenants.brandAdminA(), () -> imports.apply(file, Format.CSV, Locale.ENGLISH));

        assertThat(result.applied()).isFalse();
        assertThat(result.getProblemRows()).isEqualTo(4);
        assertThat(result.rows().get(0).problems()).isEmpty();
        assertThat(result.rows().get(1).problems())
                .extracting(ImportPreview.Problem::column)
                .contains("code", "barcode", "category", "case_pack", "status", "prices");
        assertThat(result.rows().get(2).problems())
                .extracting(ImportPreview.Problem::messageKey)
                .contains("import.duplicateCode");
        assertThat(result.rows().get(3).problems())
                .extracting(ImportPreview.Problem::messageKey)
                .contains("sku.tier.coverMinimum");
        assertThat(result.rows().get(4).problems())
                .extracting(ImportPreview.Problem::messageKey)
                .contains("import.prices");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM sku WHERE brand_id = ? AND code LIKE 'OK-%'", tenants.brandIdA()))
                .isZero();
    }

    @Test
    void validationMessagesComeInTheReadersLanguage() {
        byte[] file = csv(HEADER, "x1,,,名,,bottle,12,1,1,DRAFT,1:1.00");

        ImportPreview chinese =
                as(tenants.brandAdminA(), () -> imports.preview(file, Format.CSV, Locale.SIMPLIFIED_CHINESE));

        assertThat(chinese.rows().get(0).problems())
                .filteredOn(p -> "name_en".equals(p.column()))
                .singleElement()
                .satisfies(p -> assertThat(p.text()).isNotBlank().doesNotContainPattern("[a-z]{4,}"));
    }

    @Test
    void anExportImportsAgainUnchangedInBothFormats() {
        for (Format format : Format.values()) {
            byte[] exported = as(tenants.brandAdminA(), () -> imports.export(format));

            ImportPreview preview = as(tenants.brandAdminA(), () -> imports.preview(exported, format, Locale.ENGLISH));

            assertThat(preview.isApplicable()).as(format.name()).isTrue();
            assertThat(preview.getUpdatedSkus()).as(format.name()).isEqualTo(1);
            assertThat(preview.getNewSkus()).as(format.name()).isZero();
        }
        byte[] csv = as(tenants.brandAdminA(), () -> imports.export(Format.CSV));
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains(tenants.skuCodeOfA())
                .doesNotContain("Beta chips");
    }

    @Test
    void importsOnlyEverTouchTheImportingBrand() {
        byte[] file = csv(HEADER, tenants.skuCodeOfA() + ",,Brand B's own,乙,,bag,10,1,1,DRAFT,1:5.00");

        ImportPreview result = as(tenants.brandAdminB(), () -> imports.apply(file, Format.CSV, Locale.ENGLISH));

        assertThat(result.applied()).isTrue();
        assertThat(result.getNewSkus()).as("A's code is new for B").isEqualTo(1);
        assertThat(TestDatabase.text("SELECT name FROM sku WHERE id = ?", tenants.skuOfA()))
                .isEqualTo("Alpha tea " + tenants.skuCodeOfA().substring(2));
        assertThatThrownBy(() -> as(tenants.storeOwner(), () -> imports.export(Format.CSV)))
                .isInstanceOf(org.shelfline.shared.AccessDeniedException.class);
    }

    @Test
    void unreadableFilesAreRefusedClearly() {
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> imports.preview(csv("sku;price", "a;1"), Format.CSV, Locale.ENGLISH)),
                "upload.header");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> imports.preview("not a workbook".getBytes(), Format.XLSX, Locale.ENGLISH)),
                "upload.unreadable");
        assertRefused(
                () -> as(tenants.brandAdminA(), () -> imports.preview(new byte[0], Format.CSV, Locale.ENGLISH)),
                "upload.empty");
    }

    static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
