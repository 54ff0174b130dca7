package org.shelfline.web.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Any signed-in page built on the layout template: heading, header, sign-out. */
public final class HomePage {

    private final WebDriver driver;

    /** The signed-in page the browser shows now. */
    public static HomePage current(WebDriver driver) {
        return new HomePage(driver);
    }

    HomePage(WebDriver driver) {
        this.driver = driver;
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("headerForm:signOut")));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Who is signed in; on a phone the name sits in the folded menu, so this reads it without opening it. */
    public String signedInAs() {
        return driver.findElement(By.id("signedInAs"))
                .getAttribute("textContent")
                .strip();
    }

    /** On a phone: whether the menu (links, language, sign-out) is folded away behind the menu button. */
    public boolean menuFolded() {
        return driver.findElement(By.id("menuToggle")).isDisplayed()
                && !driver.findElement(By.id("appNav")).isDisplayed();
    }

    /** Opens the folded menu, as a phone user taps the menu button; nothing to do on a wider screen. */
    public HomePage openMenu() {
        if (menuFolded()) {
            driver.findElement(By.id("menuToggle")).click();
            LoginPage.wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("appNav")));
        }
        return this;
    }

    public String pageText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** True when the page is wider than the window, i.e. the user would have to scroll sideways. */
    public boolean overflowsHorizontally() {
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        return Boolean.TRUE.equals(overflow);
    }

    public LoginPage signOut() {
        openMenu();
        driver.findElement(By.id("headerForm:signOut")).click();
        return LoginPage.current(driver);
    }
}
