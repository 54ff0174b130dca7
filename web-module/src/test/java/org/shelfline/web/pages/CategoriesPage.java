package org.shelfline.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** admin/catalog/categories.xhtml: the brand's category tree and the form for a new category. */
public final class CategoriesPage {

    private final WebDriver driver;

    private CategoriesPage(WebDriver driver) {
        this.driver = driver;
    }

    public static CategoriesPage open(WebDriver driver, URL base) {
        FullPage.open(driver, base, "admin/catalog/categories.xhtml", By.id("newCategory:code"));
        return new CategoriesPage(driver);
    }

    public CategoriesPage create(String code, String nameEn, String nameZh) {
        driver.findElement(By.id("newCategory:code")).sendKeys(code);
        driver.findElement(By.id("newCategory:nameEn")).sendKeys(nameEn);
        driver.findElement(By.id("newCategory:nameZh")).sendKeys(nameZh);
        FullPage.submit(driver, driver.findElement(By.id("newCategory:create")));
        return new CategoriesPage(driver);
    }

    /** Submits the form as it is, expecting it to be refused. */
    public CategoriesPage createExpectingErrors() {
        FullPage.submit(driver, driver.findElement(By.id("newCategory:create")));
        return new CategoriesPage(driver);
    }

    public String tree() {
        return driver.findElement(By.id("tree_data")).getText();
    }

    public String messages() {
        return FullPage.messages(driver);
    }
}
