package org.shelfline.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** admin/catalog/sku.xhtml: one SKU, its prices, publishing and history. */
public final class SkuPage {

    private final WebDriver driver;

    SkuPage(WebDriver driver) {
        this.driver = driver;
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("skuCode")));
    }

    public String code() {
        return driver.findElement(By.id("skuCode")).getText();
    }

    /** The details list: code, names, category, case pack and so on. */
    public String facts() {
        return driver.findElement(By.id("skuFacts")).getText();
    }

    public String status() {
        return driver.findElement(By.id("skuStatus")).getText();
    }

    public String prices() {
        return driver.findElement(By.id("priceTiers")).getText();
    }

    public String history() {
        return driver.findElement(By.id("history")).getText();
    }

    public String infoMessages() {
        return driver.findElements(By.cssSelector(".ui-messages-info")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b)
                .strip();
    }

    public SkuPage uploadPicture(java.nio.file.Path file) {
        driver.findElement(By.id("pictureForm:picture"))
                .sendKeys(file.toAbsolutePath().toString());
        FullPage.submit(driver, driver.findElement(By.id("pictureForm:uploadPicture")));
        return new SkuPage(driver);
    }

    /** Waits for the picture to load; true once the browser has decoded a real image. */
    public boolean showsPicture() {
        try {
            return LoginPage.wait(driver).until(d -> {
                Object width = ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                                "var img = document.getElementById('skuPicture'); return img && img.complete ? img.naturalWidth : 0;");
                return width instanceof Number number && number.intValue() > 0;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    public SkuPage publish() {
        FullPage.submit(driver, driver.findElement(By.id("skuActions:publish")));
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("skuActions:withdraw")));
        return new SkuPage(driver);
    }
}
