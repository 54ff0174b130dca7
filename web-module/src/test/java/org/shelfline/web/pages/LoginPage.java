package org.shelfline.web.pages;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** login.xhtml, as a person uses it. */
public final class LoginPage {

    private final WebDriver driver;

    LoginPage(WebDriver driver) {
        this.driver = driver;
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("signInForm:username")));
    }

    public static LoginPage open(WebDriver driver, URL base) {
        driver.get(base + "login.xhtml");
        return new LoginPage(driver);
    }

    /** For a page that was redirected to sign-in. */
    public static LoginPage current(WebDriver driver) {
        return new LoginPage(driver);
    }

    public HomePage signInAs(String username, String password) {
        submit(username, password);
        wait(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        return new HomePage(driver);
    }

    public LoginPage signInExpectingFailure(String username, String password) {
        submit(username, password);
        wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".ui-messages-error, .ui-message-error")));
        return new LoginPage(driver);
    }

    public String errorMessages() {
        return driver.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b)
                .strip();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public LoginPage switchToChinese() {
        driver.findElement(By.id("headerForm:langZh")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("headerForm:langEn")));
        return new LoginPage(driver);
    }

    private void submit(String username, String password) {
        WebElement user = driver.findElement(By.id("signInForm:username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.id("signInForm:password"));
        pass.clear();
        pass.sendKeys(password);
        FullPage.submit(driver, driver.findElement(By.id("signInForm:submit")));
    }

    public static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
