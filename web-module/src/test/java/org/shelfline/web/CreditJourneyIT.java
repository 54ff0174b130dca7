package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shelfline.web.pages.FullPage;
import org.shelfline.web.pages.HomePage;
import org.shelfline.web.pages.LoginPage;
import org.shelfline.web.support.Browser;
import org.shelfline.web.support.BrowserJourney;
import org.shelfline.web.support.TestDatabase;

/**
 * A brand admin records a payment, holds a store's credit, sees the ageing chart and runs the month's
 * statements; the shop sees its invoice (and downloads it as PDF), what is open and its statement.
 */
class CreditJourneyIT extends BrowserJourney {

    private String invoice;

    @BeforeEach
    void anInvoicedDelivery() {
        TestDatabase.execute(
                "UPDATE store_brand SET credit_terms = 'NET_30', credit_limit = 5000 WHERE store_id = ?",
                tenants.storeId());
        invoice = TestDatabase.deliveredCreditInvoice(tenants, "150.00");
    }

    @Test
    void aBrandRecordsAPaymentRunsStatementsAndTheShopSeesWhatIsOpen() throws Exception {
        LoginPage.open(driver, base).signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        FullPage.open(driver, base, "admin/credit/receivables.xhtml", By.id("accounts:receivables"));
        assertThat(text("accounts:receivables")).contains(tenants.storeName()).contains("150.00");
        submit(driver.findElement(By.linkText(tenants.storeName())));

        type("payment:amount", "-5");
        submit(driver.findElement(By.id("payment:record")));
        assertThat(messages()).contains("above zero");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment WHERE store_id = ?", tenants.storeId()))
                .isZero();

        type("payment:amount", "100");
        type("payment:reference", "TX-42");
        submit(driver.findElement(By.id("payment:record")));
        assertThat(messages()).contains("Payment of 100 recorded");
        assertThat(driver.findElement(By.cssSelector(".invoice-open")).getText())
                .contains("50.00");
        assertThat(driver.findElement(By.cssSelector(".ledger")).getText())
                .as("the method in words")
                .contains("Bank transfer TX-42")
                .doesNotContain("BANK_TRANSFER");

        type("terms:reason", "cheque bounced");
        submit(driver.findElement(By.id("terms:placeHold")));
        assertThat(driver.findElement(By.cssSelector(".account-hold")).getText())
                .contains("cheque bounced");
        Browser.screenshot(driver, "credit-account");

        FullPage.open(driver, base, "admin/credit/ageing.xhtml", By.id("byStore:ageing"));
        LoginPage.wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ageingChart canvas")));
        assertThat(text("byStore:ageing")).contains(tenants.storeName()).contains("50.00");
        Browser.screenshot(driver, "credit-ageing");

        FullPage.open(driver, base, "admin/credit/statements.xhtml", By.id("run:month"));
        type(
                "run:month",
                java.time.YearMonth.now(org.shelfline.credit.Billing.BUSINESS_ZONE)
                        .toString());
        driver.findElement(By.id("run:start")).click();
        LoginPage.wait(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("run:runStatus"), "done"));
        LoginPage.wait(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("statements:statementTable"), tenants.storeName()));
        assertThat(text("statements:statementTable"))
                .contains("150.00")
                .contains("100.00")
                .contains("50.00");
        Browser.screenshot(driver, "credit-statements");

        HomePage shopHome = HomePage.current(driver).signOut().signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        assertThat(shopHome.pageText())
                .as("the shop's home says its credit is held, and why")
                .contains("On hold (by the brand) · cheque bounced");
        FullPage.open(driver, base, "shop/invoices.xhtml", By.tagName("main"));
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains(invoice).contains("50.00").contains("On hold (by the brand)");
        String pdfLink = driver.findElement(By.cssSelector("a.invoice-number")).getAttribute("href");
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(pdfLink))
                                .header(
                                        "Cookie",
                                        "SHELFLINE_SESSION="
                                                + driver.manage()
                                                        .getCookieNamed("SHELFLINE_SESSION")
                                                        .getValue())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(java.net.URI.create(pdfLink))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("not without signing in")
                .isNotEqualTo(200);
        assertThat(driver.findElement(By.cssSelector(".statements")).getText())
                .contains(java.time.YearMonth.now(org.shelfline.credit.Billing.BUSINESS_ZONE)
                        .toString())
                .contains("50.00");
    }

    @Test
    void aBrandSetsGraceDaysChangesALimitAndLiftsAHold() {
        LoginPage.open(driver, base).signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        FullPage.open(driver, base, "admin/credit/receivables.xhtml", By.id("accounts:receivables"));
        type("grace:days", "-1");
        submit(driver.findElement(By.id("grace:save")));
        assertThat(messages()).contains("whole number from 0 to 365");
        type("grace:days", "14");
        submit(driver.findElement(By.id("grace:save")));
        assertThat(messages()).contains("Grace days changed");
        assertThat(TestDatabase.count("SELECT grace_days FROM brand WHERE id = ?", tenants.brandIdA()))
                .isEqualTo(14);

        submit(driver.findElement(By.linkText(tenants.storeName())));
        type("terms:limit", "-10");
        submit(driver.findElement(By.id("terms:changeLimit")));
        assertThat(messages()).contains("zero or more");
        type("terms:limit", "8000");
        submit(driver.findElement(By.id("terms:changeLimit")));
        assertThat(messages()).contains("Credit limit changed");
        assertThat(TestDatabase.count(
                        "SELECT credit_limit FROM store_brand WHERE store_id = ? AND brand_id = ?",
                        tenants.storeId(),
                        tenants.brandIdA()))
                .isEqualTo(8000);

        type("terms:reason", "Late twice this quarter");
        submit(driver.findElement(By.id("terms:placeHold")));
        submit(driver.findElement(By.id("terms:liftHold")));
        assertThat(messages()).as("lifting needs a reason too").contains("Give a reason");
        type("terms:reason", "Paid in full at the branch");
        submit(driver.findElement(By.id("terms:liftHold")));
        assertThat(messages()).contains("Credit hold lifted");
        assertThat(driver.findElements(By.id("terms:placeHold"))).isNotEmpty();
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM store_brand WHERE store_id = ? AND brand_id = ? AND hold_kind IS NULL",
                        tenants.storeId(),
                        tenants.brandIdA()))
                .isEqualTo(1);
    }

    @Test
    void aLongAccountIsShownTwentyLinesAPageNewestFirstToTheBrandAndTheShop() {
        for (int i = 0; i < 21; i++) {
            TestDatabase.deliveredCreditInvoice(tenants, "10.00");
        }
        LoginPage.open(driver, base).signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        FullPage.open(
                driver, base, "admin/credit/account.xhtml?store=" + tenants.storeId(), By.cssSelector(".invoices"));
        assertTwentyNewestThenTheFirstInvoice();

        HomePage.current(driver).signOut().signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        FullPage.open(driver, base, "shop/invoices.xhtml", By.cssSelector(".invoices"));
        assertTwentyNewestThenTheFirstInvoice();
    }

    /** 22 invoices and ledger lines: the 21 of 10.00 first, then, on the second page, the 150.00 one the account began with. */
    private void assertTwentyNewestThenTheFirstInvoice() {
        for (String table : List.of("invoices", "ledger")) {
            assertThat(rows(table))
                    .as(table)
                    .hasSize(20)
                    .allSatisfy(row -> assertThat(row).contains("10.00"));
            WebElement firstRow = driver.findElement(By.cssSelector("." + table + " .ui-datatable-data tr"));
            driver.findElement(By.cssSelector("." + table + " .ui-paginator-next"))
                    .click();
            FullPage.waitUntilReplaced(driver, firstRow);
            List<String> secondPage = rows(table);
            assertThat(secondPage).as(table).hasSize(2);
            assertThat(secondPage.get(1)).as(table).contains("150.00");
        }
        assertThat(rows("invoices").get(1)).contains(invoice);
    }

    private List<String> rows(String table) {
        return driver.findElements(By.cssSelector("." + table + " .ui-datatable-data tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private String messages() {
        return FullPage.messages(driver);
    }

    private void submit(WebElement button) {
        FullPage.submit(driver, button);
    }
}
