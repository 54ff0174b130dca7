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

    /** Narrows the table to the districts the text names; with gapsOnly, to those nobody serves. */
    public TerritoriesPage search(String text, boolean gapsOnly) {
        WebElement query = driver.findElement(By.id("search:query"));
        query.clear();
        query.sendKeys(text);
        WebElement gaps = driver.findElement(By.id("search:gapsOnly_input"));
        if (gaps.isSelected() != gapsOnly) {
            driver.findElement(By.cssSelector("#search\\:gapsOnly .ui-chkbox-box"))
                    .click();
        }
        FullPage.submit(driver, driver.findElement(By.id("search:find")));
        return new TerritoriesPage(driver);
    }

    public String messages() {
        return FullPage.messages(driver);
    }

    /** The rows shown, as text. */
    public String rows() {
        return driver.findElement(By.id("territories:districts_data")).getText();
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

    /** Removes the distributor from the district's list, answering the question first asked. */
    public TerritoriesPage remove(String districtName, String distributorName, boolean confirm) {
        WebElement row = rowElement(districtName);
        row.findElement(By.xpath(".//li[.//span[@class='assignment-name' and normalize-space()='" + distributorName
                        + "']]//button[contains(@id, 'remove')]"))
                .click();
        WebElement dialog = LoginPage.wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        if (confirm) {
            FullPage.submit(driver, dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")));
        } else {
            dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
            LoginPage.wait(driver).until(ExpectedConditions.invisibilityOf(dialog));
        }
        return new TerritoriesPage(driver);
    }

    private WebElement rowElement(String districtName) {
        return driver.findElement(
                By.xpath("//tbody[@id='territories:districts_data']/tr[.//span[@class='district-name']"
                        + "[starts-with(normalize-space(), '" + districtName + "')]]"));
    }
}
