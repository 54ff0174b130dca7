package org.shelfline.web.pages;

import java.net.URL;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** register.xhtml: a shop owner's application. */
public final class RegisterPage {

    private final WebDriver driver;

    private RegisterPage(WebDriver driver) {
        this.driver = driver;
        LoginPage.wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("registerForm:shopName")));
    }

    public static RegisterPage open(WebDriver driver, URL base) {
        driver.get(base + "register.xhtml");
        return new RegisterPage(driver);
    }

    public RegisterPage type(String field, String value) {
        WebElement input = driver.findElement(By.id("registerForm:" + field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Picks the first district in the list. */
    public RegisterPage firstDistrict() {
        new Select(driver.findElement(By.id("registerForm:district"))).selectByIndex(1);
        return this;
    }

    public RegisterPage applyTo(String brandName) {
        driver.findElement(By.xpath("//*[@id='registerForm:brands']//label[normalize-space()='" + brandName + "']"))
                .click();
        return this;
    }

    public RegisterPage licencePhoto(Path file) {
        driver.findElement(By.id("registerForm:licencePhoto"))
                .sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public LoginPage submit() {
        FullPage.submit(driver, driver.findElement(By.id("registerForm:submit")));
        return LoginPage.current(driver);
    }

    public RegisterPage submitExpectingErrors() {
        FullPage.submit(driver, driver.findElement(By.id("registerForm:submit")));
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
        return new RegisterPage(driver);
    }

    public String allMessages() {
        return driver.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " | " + b);
    }

    /** What the page says about a photo chosen in an earlier round, or "" when there is none. */
    public String keptPhoto() {
        return driver.findElements(By.id("registerForm:keptPhoto")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }
}
