package org.shelfline.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The distributor's task screens: inbox, order, pick list. */
public final class DistributorPages {

    private final WebDriver driver;
    private final URL base;

    public DistributorPages(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    public DistributorPages openInbox() {
        driver.get(base + "distributor/orders.xhtml");
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("inbox:orders")));
        return this;
    }

    /** The count shown on a status tab (enum name). */
    public String count(String status) {
        return driver.findElement(By.cssSelector(".count-" + status + " .stat-value"))
                .getText();
    }

    public String inboxText() {
        return driver.findElement(By.id("inbox:orders")).getText();
    }

    public DistributorPages openOrder(String reference) {
        submit(driver.findElement(By.linkText(reference)));
        return this;
    }

    public DistributorPages click(String buttonId) {
        submit(driver.findElement(By.id("order:" + buttonId)));
        return this;
    }

    /** Rejects the open order with a reason. */
    public DistributorPages reject(String reason) {
        WebElement input = driver.findElement(By.id("order:reason"));
        input.clear();
        input.sendKeys(reason);
        return click("reject");
    }

    /** On the accepted orders, ticks the given ones and starts picking them; lands on the pick list. */
    public DistributorPages startPickingTicked(String... references) {
        FullPage.open(driver, base, "distributor/orders.xhtml?status=ACCEPTED", By.id("inbox:orders"));
        for (String reference : references) {
            driver.findElement(By.xpath("//tbody[@id='inbox:orders_data']/tr[.//a[normalize-space()='" + reference
                            + "']]" + "//input[@type='checkbox']"))
                    .click();
        }
        submit(driver.findElement(By.id("inbox:startPickingChosen")));
        return this;
    }

    public DistributorPages startPicking() {
        submit(driver.findElement(By.id("inbox:startPicking")));
        return this;
    }

    /** Types delivered and damaged cases for the first line of the open order. */
    public DistributorPages deliveredOnFirstLine(String delivered, String damaged) {
        WebElement deliveredInput = driver.findElement(By.cssSelector("input.delivered-input"));
        deliveredInput.clear();
        deliveredInput.sendKeys(delivered);
        WebElement damagedInput = driver.findElement(By.cssSelector("input.damaged-input"));
        damagedInput.clear();
        damagedInput.sendKeys(damaged);
        return this;
    }

    public String orderStatus() {
        return driver.findElement(By.id("orderStatus")).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    public String messages() {
        return FullPage.messages(driver);
    }

    private void submit(WebElement button) {
        FullPage.submit(driver, button);
    }
}
