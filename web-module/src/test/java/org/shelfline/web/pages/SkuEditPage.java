package org.shelfline.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** admin/catalog/edit.xhtml. */
public final class SkuEditPage {

    private final WebDriver driver;

    SkuEditPage(WebDriver driver) {
        this.driver = driver;
        LoginPage.wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("skuForm:code")));
    }

    public static SkuEditPage openNew(WebDriver driver, java.net.URL base) {
        driver.get(base + "admin/catalog/edit.xhtml");
        return new SkuEditPage(driver);
    }

    public SkuEditPage type(String field, String value) {
        WebElement input = driver.findElement(By.id("skuForm:" + field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /**
     * Picks a category in the PrimeFaces menu the way a person does: open it, click the entry. The click
     * waits until the panel's opening transition is over; PrimeFaces ignores clicks on a panel still opening.
     */
    public SkuEditPage category(String label) {
        driver.findElement(By.id("skuForm:category")).click();
        LoginPage.wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#skuForm\\:category_panel.ui-connected-overlay-enter-done")));
        driver.findElement(By.cssSelector("#skuForm\\:category_items li[data-label='" + label + "']"))
                .click();
        LoginPage.wait(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("skuForm:category_label"), label));
        return this;
    }

    /** Row 0..4 of the price breaks. */
    public SkuEditPage tier(int row, String minCases, String price) {
        return type("tiers:" + row + ":tierMin", minCases).type("tiers:" + row + ":tierPrice", price);
    }

    public SkuPage save() {
        FullPage.submit(driver, driver.findElement(By.id("skuForm:save")));
        return new SkuPage(driver);
    }

    public SkuEditPage saveExpectingErrors() {
        FullPage.submit(driver, driver.findElement(By.id("skuForm:save")));
        LoginPage.wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".ui-message-error, .ui-messages-error")));
        return new SkuEditPage(driver);
    }

    /** The message shown under a field (p:message renders with id "skuForm:field_message" in a .field div). */
    public String messageFor(String field) {
        return driver
                .findElements(By.xpath("//div[contains(@class,'field')][.//*[@id='skuForm:" + field + "']]"
                        + "//*[contains(@class,'ui-message')]"))
                .stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .findFirst()
                .orElse("");
    }

    public String globalMessages() {
        return driver.findElements(By.cssSelector(".ui-messages-error")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b)
                .strip();
    }
}
