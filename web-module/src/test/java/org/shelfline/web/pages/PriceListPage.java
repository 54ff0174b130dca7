package org.shelfline.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** admin/catalog/pricelists.xhtml (creating a list) and admin/catalog/pricelist.xhtml (its prices). */
public final class PriceListPage {

    private final WebDriver driver;

    private PriceListPage(WebDriver driver) {
        this.driver = driver;
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("prices:skuCode")));
    }

    public static PriceListPage create(WebDriver driver, URL base, String name, String region) {
        FullPage.open(driver, base, "admin/catalog/pricelists.xhtml", By.id("newList:name"));
        driver.findElement(By.id("newList:name")).sendKeys(name);
        driver.findElement(By.id("newList:region")).sendKeys(region);
        FullPage.submit(driver, driver.findElement(By.id("newList:create")));
        return new PriceListPage(driver);
    }

    public PriceListPage setPrice(String skuCode, String price) {
        driver.findElement(By.id("prices:skuCode")).sendKeys(skuCode);
        driver.findElement(By.id("prices:casePrice")).sendKeys(price);
        FullPage.submit(driver, driver.findElement(By.id("prices:setPrice")));
        LoginPage.wait(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("prices:rows_data"), price));
        return new PriceListPage(driver);
    }

    public PriceListPage submitEmptyPrice() {
        FullPage.submit(driver, driver.findElement(By.id("prices:setPrice")));
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
        return new PriceListPage(driver);
    }

    public String facts() {
        return driver.findElement(By.id("listFacts")).getText();
    }

    public String prices() {
        return driver.findElement(By.id("prices:rows_data")).getText();
    }
}
