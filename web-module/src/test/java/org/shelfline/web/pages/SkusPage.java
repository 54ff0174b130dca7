package org.shelfline.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** admin/catalog/skus.xhtml: the lazy SKU table. */
public final class SkusPage {

    private static final By ROWS = By.id("skuTable:skus_data");

    private final WebDriver driver;

    private SkusPage(WebDriver driver) {
        this.driver = driver;
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(ROWS));
    }

    public static SkusPage open(WebDriver driver, URL base) {
        driver.get(base + "admin/catalog/skus.xhtml");
        return new SkusPage(driver);
    }

    /** Types into the code column's filter and waits until the table has been redrawn with the result. */
    public SkusPage filterByCode(String text) {
        WebElement firstRowBefore = driver.findElement(ROWS).findElement(By.tagName("tr"));
        driver.findElement(By.cssSelector("#skuTable\\:skus .ui-column-filter")).sendKeys(text);
        FullPage.waitUntilReplaced(driver, firstRowBefore);
        return new SkusPage(driver);
    }

    public String rows() {
        return driver.findElement(ROWS).getText();
    }
}
