package org.shelfline.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** admin/stores/queue.xhtml and admin/stores/store.xhtml: a brand admin reviewing an application. */
public final class StoreReviewPage {

    private final WebDriver driver;

    private StoreReviewPage(WebDriver driver) {
        this.driver = driver;
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("standingStatus")));
    }

    /** Opens the waiting-applications queue and the named store from it. */
    public static StoreReviewPage fromQueue(WebDriver driver, URL base, String storeName) {
        driver.get(base + "admin/stores/queue.xhtml");
        LoginPage.wait(driver)
                .until(ExpectedConditions.elementToBeClickable(By.linkText(storeName)))
                .click();
        return new StoreReviewPage(driver);
    }

    public String status() {
        return driver.findElement(By.id("standingStatus")).getText();
    }

    /** Waits for the licence photo to load; true once the browser has decoded a real image. */
    public boolean showsLicencePhoto() {
        WebElement photo = driver.findElement(By.id("licencePhoto"));
        try {
            return LoginPage.wait(driver).until(d -> {
                Object width = ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", photo);
                return width instanceof Number number && number.intValue() > 0;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    public StoreReviewPage approveWithLimit(String limit) {
        WebElement input = driver.findElement(By.id("decision:creditLimit"));
        input.clear();
        input.sendKeys(limit);
        driver.findElement(By.id("decision:approve")).click();
        return new StoreReviewPage(driver);
    }

    public StoreReviewPage reject(String reason) {
        driver.findElement(By.id("decision:reason")).sendKeys(reason);
        driver.findElement(By.id("decision:reject")).click();
        return new StoreReviewPage(driver);
    }

    public String history() {
        return driver.findElement(By.id("history")).getText();
    }
}
