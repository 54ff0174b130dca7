package org.shelfline.web.pages;

import java.net.URL;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** distributor/stock.xhtml: counting stock and uploading a stock list. */
public final class StockPage {

    private final WebDriver driver;

    private StockPage(WebDriver driver) {
        this.driver = driver;
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("stock:rows")));
    }

    public static StockPage open(WebDriver driver, URL base) {
        driver.get(base + "distributor/stock.xhtml");
        return new StockPage(driver);
    }

    /** Types a new on-hand figure into the row of the SKU. */
    public StockPage count(String skuCode, String onHand) {
        WebElement input = driver.findElement(By.xpath("//tbody[@id='stock:rows_data']/tr[td[normalize-space()='"
                + skuCode + "'] or td/text()[normalize-space()='" + skuCode + "']]//input"));
        input.clear();
        input.sendKeys(onHand);
        return this;
    }

    public StockPage saveCounts() {
        FullPage.submit(driver, driver.findElement(By.id("stock:saveCounts")));
        return new StockPage(driver);
    }

    public StockPage upload(Path csv) {
        driver.findElement(By.id("upload:file")).sendKeys(csv.toAbsolutePath().toString());
        FullPage.submit(driver, driver.findElement(By.id("upload:send")));
        return new StockPage(driver);
    }

    public String rows() {
        return driver.findElement(By.id("stock:rows_data")).getText();
    }

    public String messages() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b)
                .strip();
    }

    public String uploadErrors() {
        return driver.findElements(By.id("upload:uploadErrors")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }
}
