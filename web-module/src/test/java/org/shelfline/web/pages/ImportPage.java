package org.shelfline.web.pages;

import java.net.URL;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** admin/catalog/import.xhtml: upload, preview, apply. */
public final class ImportPage {

    private final WebDriver driver;

    private ImportPage(WebDriver driver) {
        this.driver = driver;
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")));
    }

    public static ImportPage open(WebDriver driver, URL base) {
        driver.get(base + "admin/catalog/import.xhtml");
        return new ImportPage(driver);
    }

    public ImportPage check(Path file) {
        driver.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        FullPage.submit(driver, driver.findElement(By.id("import:check")));
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("importSummary")));
        return new ImportPage(driver);
    }

    public ImportPage apply() {
        FullPage.submit(driver, driver.findElement(By.id("import:apply")));
        return new ImportPage(driver);
    }

    public boolean canApply() {
        return !driver.findElements(By.id("import:apply")).isEmpty();
    }

    public String summary() {
        return driver.findElement(By.id("importSummary")).getText();
    }

    public String rows() {
        return driver.findElement(By.id("import:rows_data")).getText();
    }

    public String messages() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b)
                .strip();
    }
}
