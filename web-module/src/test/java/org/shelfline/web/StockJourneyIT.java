package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shelfline.web.pages.FullPage;
import org.shelfline.web.pages.HomePage;
import org.shelfline.web.pages.LoginPage;
import org.shelfline.web.pages.StockPage;
import org.shelfline.web.support.Browser;
import org.shelfline.web.support.BrowserJourney;
import org.shelfline.web.support.TestDatabase;

/** A distributor counts and uploads stock; the brand sees it. In headless Chromium. */
class StockJourneyIT extends BrowserJourney {

    @BeforeEach
    void stockToCount() {
        TestDatabase.execute(
                "INSERT INTO stock (warehouse_id, sku_id, on_hand, reserved, updated_at) "
                        + "SELECT w.id, ?, 10, 0, UTC_TIMESTAMP(6) FROM warehouse w JOIN distributor d ON d.id = w.distributor_id "
                        + "WHERE d.name = ?",
                tenants.skuOfA(),
                tenants.distributorName());
    }

    @Test
    void aDistributorCountsAndUploadsStockAndTheBrandSeesIt() throws IOException {
        LoginPage.open(driver, base).signInAs(tenants.distributor(), TestDatabase.PASSWORD);

        StockPage counted =
                StockPage.open(driver, base).count(tenants.skuCodeOfA(), "64").saveCounts();
        assertThat(counted.messages()).contains("One count saved.");
        assertThat(counted.rows()).contains(tenants.skuCodeOfA());

        String brandCode = TestDatabase.text("SELECT code FROM brand WHERE id = ?", tenants.brandIdA());
        Path bad = Files.writeString(
                Files.createTempFile("stock", ".csv"),
                "warehouse,brand,sku,on_hand\nW1," + brandCode + "," + tenants.skuCodeOfA() + ",-5\n");
        StockPage refused = counted.upload(bad);
        assertThat(refused.messages()).contains("Nothing was applied");
        assertThat(refused.uploadErrors()).contains("2").contains("whole number from 0");

        Path good = Files.writeString(
                Files.createTempFile("stock", ".csv"),
                "warehouse,brand,sku,on_hand\nW1," + brandCode + "," + tenants.skuCodeOfA() + ",88\n");
        assertThat(refused.upload(good).messages()).contains("One row applied.");
        HomePage.current(driver).signOut().signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        FullPage.open(driver, base, "admin/stock.xhtml", By.id("stock:rows_data"));
        String brandView = driver.findElement(By.id("stock:rows_data")).getText();
        assertThat(brandView)
                .contains(tenants.skuCodeOfA())
                .contains(tenants.distributorName())
                .contains("88");
        Browser.screenshot(driver, "brand-stock");
    }
}
