package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

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
        TestDatabase.execute("UPDATE store_brand SET credit_terms = 'NET_30', credit_limit = 5000 WHERE store_id = ?", tenants.storeId());
        invoice = TestDatabase.deliveredCreditInvoice(tenants, "150.00");
    }

    @Test
    void aBrandRecordsAPaymentRunsStatementsAndTheShopSeesWhatIsOpen() throws Exception {
        LoginPage.open(driver, base).signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        driver.get(base + "admin/credit/receivables.xhtml");
        assertThat(text("receivables")).contains(tenants.storeName()).contains("150.00");
        submit(driver.findElement(By.linkText(tenants.storeName())));

        type("payment:amount", "-5");
        submit(driver.findElement(By.id("payment:record")));
        assertThat(messages()).contains("above zero");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment WHERE store_id = ?", tenants.storeId())).isZero();

        type("payment:amount", "100");
        type("payment:reference", "TX-42");
        submit(driver.findElement(By.id("payment:record")));
        assertThat(messages()).contains("Payment of 100 recorded");
        assertThat(driver.findElement(By.cssSelector(".invoice-open")).getText()).contains("50.00");

        type("terms:reason", "cheque bounced");
        submit(driver.findElement(By.id("terms:placeHold")));
        assertThat(driver.findElement(By.cssSelector(".account-hold")).getText()).contains("cheque bounced");
        Browser.screenshot(driver, "credit-account");

        driver.get(base + "admin/credit/ageing.xhtml");
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ageingChart canvas")));
        assertThat(text("ageing")).contains(tenants.storeName()).contains("50.00");
        Browser.screenshot(driver, "credit-ageing");

        driver.get(base + "admin/credit/statements.xhtml");
        type("run:month", java.time.YearMonth.now(org.shelfline.credit.Billing.BUSINESS_ZONE).toString());
        driver.findElement(By.id("run:start")).click();
        LoginPage.wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("run:runStatus"), "done"));
        LoginPage.wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("statementTable"), tenants.storeName()));
        assertThat(text("statementTable")).contains("150.00").contains("100.00").contains("50.00");
        Browser.screenshot(driver, "credit-statements");

        HomePage.current(driver).signOut().signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        driver.get(base + "shop/invoices.xhtml");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains(invoice).contains("50.00").contains("On hold (by the brand)");
        String pdfLink = driver.findElement(By.cssSelector("a.invoice-number")).getAttribute("href");
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(pdfLink))
                        .header("Cookie", "SHELFLINE_SESSION=" + driver.manage().getCookieNamed("SHELFLINE_SESSION").getValue()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(pdfLink)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).as("not without signing in").isNotEqualTo(200);
        assertThat(driver.findElement(By.cssSelector(".statements")).getText())
                .contains(java.time.YearMonth.now(org.shelfline.credit.Billing.BUSINESS_ZONE).toString()).contains("50.00");
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
