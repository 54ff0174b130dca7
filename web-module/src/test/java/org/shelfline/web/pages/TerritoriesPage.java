package org.shelfline.web.pages;

import java.net.URL;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** admin/territories.xhtml. */
public final class TerritoriesPage {

    private final WebDriver driver;

    private TerritoriesPage(WebDriver driver) {
        this.driver = driver;
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("territories:districts")));
    }

    public static TerritoriesPage open(WebDriver driver, URL base) {
        driver.get(base + "admin/territories.xhtml");
        return new TerritoriesPage(driver);
    }

    public String row(String districtName) {
        return rowElement(districtName).getText();
    }

    /** Picks the distributor in the district's menu and assigns it. */
    public TerritoriesPage assign(String districtName, String distributorName) {
        WebElement row = rowElement(districtName);
        new Select(row.findElement(By.tagName("select"))).selectByVisibleText(distributorName);
        FullPage.submit(driver, row.findElement(By.cssSelector("button[id$='assign']")));
        return new TerritoriesPage(driver);
    }

    private WebElement rowElement(String districtName) {
        return driver.findElement(By.xpath("//tbody[@id='territories:districts_data']/tr[.//span[@class='district-name']"
                + "[starts-with(normalize-space(), '" + districtName + "')]]"));
    }
}
