package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.shelfline.web.pages.LoginPage;
import org.shelfline.web.pages.StockPage;
import org.shelfline.web.support.Browser;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.EvidenceOnFailure;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/** A distributor counts and uploads stock; the brand sees it. In headless Chromium. */
@ExtendWith({ArquillianExtension.class, EvidenceOnFailure.class})
class StockJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shelfline();
    }

    private static WebDriver driver;

    @ArquillianResource
    URL base;

    private Tenants tenants;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
        TestDatabase.execute("INSERT INTO stock (warehouse_id, sku_id, on_hand, reserved, updated_at) "
                + "SELECT w.id, ?, 10, 0, UTC_TIMESTAMP(6) FROM warehouse w JOIN distributor d ON d.id = w.distributor_id "
                + "WHERE d.name = ?", tenants.skuOfA(), tenants.distributorName());
        driver.get(base + "login.xhtml");
        driver.manage().deleteAllCookies();
    }

    @Test
    void aDistributorCountsAndUploadsStockAndTheBrandSeesIt() throws IOException {
        LoginPage.open(driver, base).signInAs(tenants.distributor(), TestDatabase.PASSWORD);

        StockPage counted = StockPage.open(driver, base).count(tenants.skuCodeOfA(), "64").saveCounts();
        assertThat(counted.messages()).contains("1 count(s) saved.");
        assertThat(counted.rows()).contains(tenants.skuCodeOfA());

        String brandCode = TestDatabase.text("SELECT code FROM brand WHERE id = ?", tenants.brandIdA());
        Path bad = Files.writeString(Files.createTempFile("stock", ".csv"),
                "warehouse,brand,sku,on_hand\nW1," + brandCode + "," + tenants.skuCodeOfA() + ",-5\n");
        StockPage refused = counted.upload(bad);
        assertThat(refused.messages()).contains("Nothing was applied");
        assertThat(refused.uploadErrors()).contains("2").contains("whole number from 0");

        Path good = Files.writeString(Files.createTempFile("stock", ".csv"),
                "warehouse,brand,sku,on_hand\nW1," + brandCode + "," + tenants.skuCodeOfA() + ",88\n");
        assertThat(refused.upload(good).messages()).contains("1 row(s) applied.");
        driver.findElement(By.id("headerForm:signOut")).click();

        LoginPage.current(driver).signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        driver.get(base + "admin/stock.xhtml");
        String brandView = driver.findElement(By.id("stock:rows_data")).getText();
        assertThat(brandView).contains(tenants.skuCodeOfA()).contains(tenants.distributorName()).contains("88");
        Browser.screenshot(driver, "brand-stock");
    }
}
