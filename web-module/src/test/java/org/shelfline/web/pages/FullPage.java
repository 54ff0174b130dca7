package org.shelfline.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What every page object does with a non-ajax form: submit and wait for the next page, read the messages. */
public final class FullPage {

    private FullPage() {}

    /**
     * Opens a page and waits for an element only that page has. When it never comes, the failure says what
     * the browser shows instead (a sign-in page, an error page), which a bare "no such element" does not.
     */
    public static void open(WebDriver driver, URL base, String path, By marker) {
        driver.get(base + path);
        try {
            LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(marker));
        } catch (TimeoutException missing) {
            throw new AssertionError(
                    "Opened " + path + " and waited for " + marker + ", but the browser shows " + describe(driver),
                    missing);
        }
    }

    /** Where the browser is and what it shows, for failure messages. */
    public static String describe(WebDriver driver) {
        try {
            String text = driver.findElement(By.tagName("body"))
                    .getText()
                    .replaceAll("\\s+", " ")
                    .strip();
            return driver.getCurrentUrl() + " titled \"" + driver.getTitle() + "\": "
                    + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
        } catch (WebDriverException unreadable) {
            return "a page that cannot be read (" + unreadable.getClass().getSimpleName() + ")";
        }
    }

    /** Clicks a full-page submit and waits until the next page has loaded. */
    public static void submit(WebDriver driver, WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        // Chromium 150 headless loses a click on a button cut by the bottom of the window (it scrolls, then clicks
        // where the button was): bring it to the middle first.
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
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
        return driver.findElements(By.cssSelector(".ui-messages, .ui-message")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b)
                .strip();
    }
}
