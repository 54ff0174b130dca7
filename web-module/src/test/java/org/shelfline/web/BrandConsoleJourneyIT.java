package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shelfline.web.pages.CategoriesPage;
import org.shelfline.web.pages.FullPage;
import org.shelfline.web.pages.HomePage;
import org.shelfline.web.pages.ImportPage;
import org.shelfline.web.pages.LoginPage;
import org.shelfline.web.pages.PriceListPage;
import org.shelfline.web.pages.SkuEditPage;
import org.shelfline.web.pages.SkuPage;
import org.shelfline.web.pages.SkusPage;
import org.shelfline.web.pages.TerritoriesPage;
import org.shelfline.web.support.Browser;
import org.shelfline.web.support.BrowserJourney;
import org.shelfline.web.support.TestDatabase;

/** A brand admin's console work in headless Chromium: catalogue and territories. */
class BrandConsoleJourneyIT extends BrowserJourney {

    @BeforeEach
    void signIn() {
        LoginPage.open(driver, base).signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
    }

    @Test
    void createASkuWithTiersAndPublishIt() {
        SkuPage created = SkuEditPage.openNew(driver, base)
                .type("code", "jt-500")
                .type("barcode", "6901234567892")
                .type("nameEn", "Jasmine tea 500 ml")
                .type("nameZh", "茉莉花茶 500毫升")
                .type("unit", "bottle")
                .type("casePack", "15")
                .tier(0, "1", "42.00")
                .tier(1, "10", "39.50")
                .save();

        assertThat(created.code()).isEqualTo("JT-500");
        assertThat(created.infoMessages()).contains("SKU JT-500 saved.");
        assertThat(created.status()).isEqualTo("Draft");
        assertThat(created.prices()).contains("42.00").contains("39.50");

        SkuPage published = created.publish();

        assertThat(published.status()).isEqualTo("Published");
        assertThat(published.history())
                .contains("Published")
                .contains("Created")
                .contains(tenants.brandAdminA());
        SkuPage pictured = published.uploadPicture(org.shelfline.web.support.TestImages.pngFile());
        assertThat(pictured.infoMessages()).contains("Picture saved.");
        assertThat(pictured.showsPicture()).isTrue();
        Browser.screenshot(driver, "sku-published");

        // The new SKU can be found in the catalogue table by filtering on its code.
        SkusPage table = SkusPage.open(driver, base);
        assertThat(table.rows()).contains("JT-500").contains(tenants.skuCodeOfA());
        assertThat(table.filterByCode("JT-5").rows()).contains("JT-500").doesNotContain(tenants.skuCodeOfA());

        // A shop the brand verified sees the picture in its catalogue; the SKUs without one show a placeholder.
        HomePage.current(driver).signOut().signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        new org.shelfline.web.pages.ShopPages(driver, base).searchCatalogue("");
        assertThat(org.shelfline.web.pages.ShopPages.loadedPictureWidth(driver, "JT-500"))
                .isPositive();
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("tr.sku-row .sku-thumb-none")))
                .hasSize(1);
        Browser.screenshot(driver, "shop-catalogue-pictures");
        // Brand B's SKU gets a picture (the same file), so only the rule can keep it from this shop.
        TestDatabase.execute(
                "UPDATE sku SET image = (SELECT x.image FROM (SELECT image FROM sku WHERE brand_id = ? AND code = 'JT-500') x) "
                        + "WHERE id = ?",
                tenants.brandIdA(),
                tenants.skuOfB());
        driver.get(base + "shop/catalog/image?sku=" + tenants.skuOfB());
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .as("a brand that has not verified the shop")
                .isEqualTo("Not found");
    }

    @Test
    void badInputGetsMessagesAndStoresNothing() {
        SkuEditPage page = SkuEditPage.openNew(driver, base)
                .type("code", "bad sku!")
                .type("barcode", "6901234567890")
                .type("nameEn", "Bad")
                .type("nameZh", "坏")
                .type("unit", "bottle")
                .type("casePack", "-4")
                .tier(0, "1", "abc")
                .saveExpectingErrors();

        assertThat(page.messageFor("code")).contains("letters, digits");
        assertThat(page.messageFor("barcode")).contains("EAN-13");
        assertThat(page.messageFor("casePack")).isNotBlank();
        assertThat(page.messageFor("tiers:0:tierPrice")).isNotBlank();

        page.type("code", "ok-1")
                .type("barcode", "")
                .type("casePack", "6")
                .tier(0, "", "")
                .saveExpectingErrors();
        assertThat(page.globalMessages()).isEqualTo("Give at least one price.");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM sku WHERE brand_id = ?", tenants.brandIdA()))
                .isEqualTo(1);
    }

    @Test
    void assignADistrictToADistributor() {
        String id = java.util.UUID.randomUUID().toString().substring(0, 8);
        String districtName = "Gap " + id;
        TestDatabase.execute(
                "INSERT INTO district (code, province, province_zh, city, city_zh, name, name_zh) "
                        + "VALUES (?, 'Guangdong', '广东省', 'Zhuhai', '珠海市', ?, '空白区')",
                "J-" + id,
                districtName);

        TerritoriesPage gaps = TerritoriesPage.open(driver, base).search("gap " + id, true);
        assertThat(driver.getCurrentUrl()).as("a search is bookmarkable").contains("gaps=true");
        assertThat(gaps.row(districtName)).contains("No distributor");

        TerritoriesPage assigned = gaps.assign(districtName, tenants.distributorName());

        assertThat(assigned.messages()).contains("Distributor assigned.");
        assertThat(assigned.rows()).as("no longer a gap, so gone from the gaps").doesNotContain(districtName);
        TerritoriesPage served = assigned.search(tenants.distributorName(), false);
        assertThat(served.row(districtName)).contains(tenants.distributorName()).doesNotContain("No distributor");
        // Removing asks first: "no" keeps the distributor, "remove" takes it off.
        assertThat(served.remove(districtName, tenants.distributorName(), false).row(districtName))
                .contains(tenants.distributorName());
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM territory t JOIN district d ON d.id = t.district_id WHERE d.code = ?",
                        "J-" + id))
                .isEqualTo(1);
        TerritoriesPage removed = served.remove(districtName, tenants.distributorName(), true);
        assertThat(removed.messages()).contains("Distributor removed from the district.");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM territory t JOIN district d ON d.id = t.district_id WHERE d.code = ?",
                        "J-" + id))
                .isZero();
        served = removed.search("gap " + id, false)
                .assign(districtName, tenants.distributorName())
                .search(tenants.distributorName(), false);

        // The brand's distributors page lists the new district under the distributor that now serves it.
        FullPage.open(driver, base, "admin/distributors.xhtml", By.id("distributors"));
        assertThat(driver.findElements(By.cssSelector("#distributors_data tr")).stream()
                        .map(WebElement::getText)
                        .filter(row -> row.contains(tenants.distributorName()))
                        .findFirst())
                .hasValueSatisfying(row -> assertThat(row).contains(districtName));
        // The time distributors have to accept an order is the brand's to set, here.
        for (var bad : java.util.Map.of("2", "from 5 to 10,080", "soon", "must be a whole number")
                .entrySet()) {
            WebElement minutes = driver.findElement(By.id("acceptance:minutes"));
            minutes.clear();
            minutes.sendKeys(bad.getKey());
            FullPage.submit(driver, driver.findElement(By.id("acceptance:save")));
            assertThat(FullPage.messages(driver)).as(bad.getKey()).contains(bad.getValue());
        }
        assertThat(TestDatabase.count("SELECT order_acceptance_minutes FROM brand WHERE id = ?", tenants.brandIdA()))
                .isEqualTo(120);
        WebElement minutes = driver.findElement(By.id("acceptance:minutes"));
        minutes.clear();
        minutes.sendKeys("45");
        FullPage.submit(driver, driver.findElement(By.id("acceptance:save")));
        assertThat(FullPage.messages(driver)).contains("Distributors now have 45 minutes to accept a new order.");
        assertThat(TestDatabase.count("SELECT order_acceptance_minutes FROM brand WHERE id = ?", tenants.brandIdA()))
                .isEqualTo(45);

        FullPage.open(driver, base, "admin/territories.xhtml?q=" + "x".repeat(81), By.id("territories:districts"));
        assertThat(FullPage.messages(driver)).contains("Find a district is too long: at most 80 characters.");

        driver.manage().window().setSize(Browser.PHONE);
        FullPage.open(driver, base, "admin/territories.xhtml", By.id("territories:districts"));
        assertThat(HomePage.current(driver).overflowsHorizontally())
                .as("the search and the table fit a phone")
                .isFalse();
        Browser.screenshot(driver, "territories-phone");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM territory t JOIN district d ON d.id = t.district_id "
                                + "WHERE d.name = ? AND t.brand_id = ? AND t.priority = 1",
                        districtName,
                        tenants.brandIdA()))
                .isEqualTo(1);
        Browser.screenshot(driver, "territories");
    }

    @Test
    void importACsvWithOneBadRowAndSeeTheError() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(
                java.nio.file.Files.createTempFile("catalogue", ".csv"),
                "code,barcode,name_en,name_zh,category,unit,case_pack,min_order,increment,status,prices\n"
                        + "IMP-1,,Imported tea,进口茶,,bottle,12,1,1,PUBLISHED,1:20.00\n"
                        + "IMP-2,,Broken tea,坏茶,,bottle,12,1,1,PUBLISHED,1:-4.00\n");

        ImportPage withBadRow = ImportPage.open(driver, base).check(file);

        assertThat(withBadRow.summary()).contains("2 new").contains("1 with problems");
        assertThat(withBadRow.rows()).contains("IMP-2").contains("prices:");
        assertThat(withBadRow.canApply()).isFalse();
        Browser.screenshot(driver, "import-bad-row");

        java.nio.file.Files.writeString(
                file,
                "code,barcode,name_en,name_zh,category,unit,case_pack,min_order,increment,status,prices\n"
                        + "IMP-1,,Imported tea,进口茶,,bottle,12,1,1,PUBLISHED,1:20.00\n");
        ImportPage applied = ImportPage.open(driver, base).check(file).apply();
        assertThat(applied.messages()).contains("Imported SKUs: 1 new, 0 updated.");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM sku WHERE brand_id = ? AND code LIKE 'IMP-%'", tenants.brandIdA()))
                .isEqualTo(1);
    }

    @Test
    void createARegionalPriceListAndPriceASku() {
        PriceListPage list =
                PriceListPage.create(driver, base, "Guangdong promotion", "GD").setPrice(tenants.skuCodeOfA(), "29.90");

        assertThat(list.facts()).contains("GD").contains("Every tier");
        assertThat(list.prices()).contains(tenants.skuCodeOfA());
        list.submitEmptyPrice();
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM price_list_price p JOIN price_list l ON l.id = p.price_list_id "
                                + "WHERE l.brand_id = ?",
                        tenants.brandIdA()))
                .as("an empty form stores nothing (the one category is the seeded Tea)")
                .isEqualTo(1);
    }

    @Test
    void addACategoryAndFileASkuUnderIt() {
        CategoriesPage empty = CategoriesPage.open(driver, base).createExpectingErrors();
        assertThat(empty.messages()).isNotBlank();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM category WHERE brand_id = ?", tenants.brandIdA()))
                .as("an empty form stores nothing (the one category is the seeded Tea)")
                .isEqualTo(1);

        CategoriesPage created = empty.create("snacks", "Snacks", "零食");
        assertThat(created.tree()).contains("SNACKS").contains("Snacks");

        SkuPage filed = SkuEditPage.openNew(driver, base)
                .type("code", "sn-1")
                .type("nameEn", "Rice crackers")
                .type("nameZh", "米饼")
                .type("unit", "bag")
                .type("casePack", "24")
                .category("Snacks")
                .tier(0, "1", "30.00")
                .save();
        assertThat(filed.facts()).contains("Snacks");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM sku s JOIN category c ON c.id = s.category_id "
                                + "WHERE s.code = 'SN-1' AND c.code = 'SNACKS' AND s.brand_id = ?",
                        tenants.brandIdA()))
                .isEqualTo(1);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM category WHERE brand_id = ? AND code = 'SNACKS'", tenants.brandIdA()))
                .isEqualTo(1);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'CATEGORY' AND actor = ?",
                        tenants.brandAdminA()))
                .isEqualTo(1);
    }
}
