package org.shelfline.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What every page object does with a non-ajax form: submit and wait for the next page, read the messages. */
public final class FullPage {

    private FullPage() {
    }

    /** Clicks a full-page submit and waits until the next page has loaded. */
    public static void submit(WebDriver driver, WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        waitUntilReplaced(driver, page);
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /** Waits until an element has been replaced: by the next page, or by an ajax update of its part. */
    public static void waitUntilReplaced(WebDriver driver, WebElement element) {
        LoginPage.wait(driver).until(browser -> isGone(element));
    }

    /**
     * Whether the old page's element is gone. Chromium reports that either as a stale element or, while
     * it swaps documents, as "node does not belong to the document"; both mean the next page is coming.
     */
    private static boolean isGone(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** The page's global and per-field messages as one text. */
    public static String messages(WebDriver driver) {
        return driver.findElements(By.cssSelector(".ui-messages, .ui-message")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b).strip();
    }
}
