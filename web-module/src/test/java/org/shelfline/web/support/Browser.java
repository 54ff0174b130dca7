package org.shelfline.web.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.shelfline.web.pages.FullPage;

/**
 * Headless Chromium for browser journeys, from Debian's chromium and chromium-driver packages (never a
 * downloaded browser). Without them the journeys are skipped with a notice on a developer machine, and
 * fail on CI (environment variable CI set), where .ci/run installs them.
 */
public final class Browser {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private static final Path CHROMIUM = Path.of(System.getProperty("test.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("test.chromedriver", "/usr/bin/chromedriver"));

    /** The browser of the running test class, for screenshots when a journey fails. */
    private static volatile WebDriver current;

    private Browser() {
    }

    public static WebDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Browser journeys need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver)";
            if (System.getenv("CI") != null) {
                fail(message + ", which CI must have.");
            }
            System.err.println("NOTICE: SKIPPING browser journeys. " + message + ".");
            Assumptions.abort(message);
        }
        try {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--lang=en-US",
                            "--user-data-dir=" + Files.createTempDirectory("shelfline-chromium"));
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(DESKTOP);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            current = driver;
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On failure: the screenshot and HTML of what the browser showed, under target/screenshots. */
    static void saveEvidence(String name) {
        WebDriver driver = current;
        if (driver == null) {
            return;
        }
        try {
            // CI keeps only the log, so say there what the browser showed.
            System.err.println("Failed journey " + name + ": the browser shows "
                    + FullPage.describe(driver));
            screenshot(driver, name);
            Path dir = Path.of(System.getProperty("test.screenshots", "target/screenshots"));
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not save evidence of failed journey " + name + ": " + e);
        }
    }

    /** Saves a screenshot under target/screenshots, for looking at what a journey saw. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("test.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
