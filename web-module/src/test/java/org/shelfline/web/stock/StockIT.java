package org.shelfline.web.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shelfline.web.support.Refusals.assertRefused;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.shared.NotFoundException;
import org.shelfline.stock.Stock;
import org.shelfline.stock.StockService;
import org.shelfline.stock.UploadResult;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.Race;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/** Stock counts on Payara Micro and MariaDB: on screen, by CSV (all or nothing), and what each tenant sees. */
@ExtendWith(ArquillianExtension.class)
class StockIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(StockIT.class);
    }

    @Inject
    StockService stock;

    @Inject
    org.shelfline.stock.StockReservations reservations;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private Tenants tenants;
    private long warehouse;
    private String brandCodeA;

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
        warehouse = TestDatabase.count(
                "SELECT w.id FROM warehouse w JOIN distributor d ON d.id = w.distributor_id WHERE d.name = ?",
                tenants.distributorName());
        brandCodeA = TestDatabase.text("SELECT code FROM brand WHERE id = ?", tenants.brandIdA());
    }

    @Test
    void aCountCreatesOrUpdatesTheRowAndIsAudited() {
        as(tenants.distributor(), () -> stock.count(warehouse, tenants.skuOfA(), 120));
        as(tenants.distributor(), () -> stock.count(warehouse, tenants.skuOfA(), 95));

        assertThat(onHand()).isEqualTo(95);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'STOCK' AND actor = ? AND action = 'COUNTED'",
                        tenants.distributor()))
                .isEqualTo(2);
        assertThat(TestDatabase.text(
                        "SELECT detail FROM audit_event WHERE subject_type = 'STOCK' AND actor = ? ORDER BY id DESC LIMIT 1",
                        tenants.distributor()))
                .endsWith("120 -> 95");
    }

    @Test
    void countsBelowReservedOrOutOfRangeAreRefused() {
        as(tenants.distributor(), () -> stock.count(warehouse, tenants.skuOfA(), 50));
        TestDatabase.execute(
                "UPDATE stock SET reserved = 30 WHERE warehouse_id = ? AND sku_id = ?", warehouse, tenants.skuOfA());

        assertRefused(
                () -> as(tenants.distributor(), () -> stock.count(warehouse, tenants.skuOfA(), 29)),
                "stock.belowReserved");
        assertRefused(
                () -> as(tenants.distributor(), () -> stock.count(warehouse, tenants.skuOfA(), -1)),
                "stock.onHand.range");
        assertRefused(
                () -> as(tenants.distributor(), () -> stock.count(warehouse, tenants.skuOfA(), 10_000_001)),
                "stock.onHand.range");
        assertThat(onHand()).isEqualTo(50);
    }

    @Test
    void aDistributorCountsOnlyItsOwnWarehousesAndServedBrands() {
        assertThatThrownBy(() -> as(tenants.distributor(), () -> stock.count(warehouse, tenants.skuOfB(), 5)))
                .as("brand B is not served by this distributor")
                .isInstanceOf(NotFoundException.class);
        long otherWarehouse = TestDatabase.count("SELECT MIN(id) FROM warehouse WHERE id <> ?", warehouse);
        assertThatThrownBy(() -> as(tenants.distributor(), () -> stock.count(otherWarehouse, tenants.skuOfA(), 5)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> stock.count(warehouse, tenants.skuOfA(), 5)))
                .isInstanceOf(org.shelfline.shared.AccessDeniedException.class);
    }

    @Test
    void aValidUploadAppliesEveryRow() {
        UploadResult result = as(
                tenants.distributor(),
                () -> stock.upload(
                        csv("warehouse,brand,sku,on_hand", "W1," + brandCodeA + "," + tenants.skuCodeOfA() + ",77")));

        assertThat(result.isSuccess()).isTrue();
        assertThat(result.applied()).isEqualTo(1);
        assertThat(onHand()).isEqualTo(77);
    }

    @Test
    void anUploadWithABadRowAppliesNothingAndNamesTheRows() {
        as(tenants.distributor(), () -> stock.count(warehouse, tenants.skuOfA(), 10));

        UploadResult result = as(
                tenants.distributor(),
                () -> stock.upload(csv(
                        "warehouse,brand,sku,on_hand",
                        "W1," + brandCodeA + "," + tenants.skuCodeOfA() + ",500",
                        "W9," + brandCodeA + "," + tenants.skuCodeOfA() + ",5",
                        "W1," + brandCodeA + ",NO-SUCH-SKU,5",
                        "W1," + brandCodeA + "," + tenants.skuCodeOfA() + ",-3",
                        "W1," + brandCodeA + "," + tenants.skuCodeOfA() + ",lots")));

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.errors())
                .extracting(e -> e.line() + ":" + e.messageKey())
                .containsExactlyInAnyOrder(
                        "3:upload.unknownWarehouse",
                        "4:upload.unknownSku",
                        "5:stock.onHand.range",
                        "6:upload.notANumber");
        assertThat(onHand()).as("the valid first row was not applied either").isEqualTo(10);
    }

    @Test
    void malformedFilesAreRefusedClearly() {
        assertThat(as(tenants.distributor(), () -> stock.upload(csv("sku;qty", "x;1")))
                        .errors())
                .extracting(UploadResult.RowError::messageKey)
                .containsExactly("upload.header");
        assertRefused(() -> as(tenants.distributor(), () -> stock.upload(new byte[0])), "upload.empty");
        assertRefused(
                () -> as(tenants.distributor(), () -> stock.upload(new byte[StockService.MAX_UPLOAD_BYTES + 1])),
                "upload.tooLarge");
    }

    @Test
    void aBrandSeesStockOfItsOwnSkusOnly() {
        as(tenants.distributor(), () -> stock.count(warehouse, tenants.skuOfA(), 42));

        assertThat(as(tenants.brandAdminA(), () -> stock.brandStock(tenants.skuCodeOfA())))
                .singleElement()
                .extracting(Stock::getAvailable)
                .isEqualTo(42);
        assertThat(as(tenants.brandAdminB(), () -> stock.brandStock(null)))
                .noneMatch(row -> row.getSku().getId() == tenants.skuOfA());
    }

    private int onHand() {
        return (int) TestDatabase.count(
                "SELECT on_hand FROM stock WHERE warehouse_id = ? AND sku_id = ?", warehouse, tenants.skuOfA());
    }

    private static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void concurrentOrdersForTheLastCasesNeverOversell() throws Exception {
        as(tenants.distributor(), () -> stock.count(warehouse, tenants.skuOfA(), 10));

        long accepted = Race.kept(
                        executor,
                        40,
                        i -> {
                            reservations.reserve(warehouse, tenants.skuOfA(), 1, "system", "race-order-" + i);
                            return true;
                        },
                        "stock.insufficient")
                .size();

        assertThat(accepted).isEqualTo(10);
        assertThat(TestDatabase.count(
                        "SELECT reserved FROM stock WHERE warehouse_id = ? AND sku_id = ?",
                        warehouse,
                        tenants.skuOfA()))
                .isEqualTo(10);
        assertThat(onHand()).isEqualTo(10);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'RESERVED' AND detail LIKE '% race-order-%' "
                                + "AND distributor_id = (SELECT distributor_id FROM warehouse WHERE id = ?)",
                        warehouse))
                .isEqualTo(10);
    }

    @Test
    void reservedCasesAreReleasedOrShippedAndNeverBelowZero() {
        as(tenants.distributor(), () -> stock.count(warehouse, tenants.skuOfA(), 10));

        reservations.reserve(warehouse, tenants.skuOfA(), 3, "system", "order-1");
        reservations.release(warehouse, tenants.skuOfA(), 1, "system", "order-1");
        reservations.consume(warehouse, tenants.skuOfA(), 2, "system", "order-1");

        assertThat(onHand()).isEqualTo(8);
        assertThat(TestDatabase.count(
                        "SELECT reserved FROM stock WHERE warehouse_id = ? AND sku_id = ?",
                        warehouse,
                        tenants.skuOfA()))
                .isZero();
        assertRefused(
                () -> reservations.release(warehouse, tenants.skuOfA(), 1, "system", "order-1"), "stock.notReserved");
        assertRefused(
                () -> reservations.consume(warehouse, tenants.skuOfA(), 1, "system", "order-1"), "stock.notReserved");
        assertRefused(
                () -> reservations.reserve(warehouse, tenants.skuOfA(), 9, "system", "order-2"), "stock.insufficient");
        assertRefused(
                () -> reservations.reserve(warehouse, tenants.skuOfB(), 1, "system", "order-3"), "stock.insufficient");
        assertThatThrownBy(() -> reservations.reserve(warehouse, tenants.skuOfA(), 0, "system", "order-4"))
                .isInstanceOf(jakarta.ejb.EJBException.class);
        assertThat(onHand()).isEqualTo(8);
    }
}
