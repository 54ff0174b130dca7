package org.shelfline.web.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    /** The browsers open now (the test class's first), for evidence when a journey fails. */
    private static final List<WebDriver> OPEN = new CopyOnWriteArrayList<>();

    /** Browsers a single test opened besides its class's, closed after the evidence of that test is saved. */
    private static final List<WebDriver> OTHERS = new CopyOnWriteArrayList<>();

    private Browser() {}

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
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--lang=en-US",
                            "--user-data-dir=" + Files.createTempDirectory("shelfline-chromium"));
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(DESKTOP);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            OPEN.add(driver);
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A second browser for one test (another user at the same time), closed once the test is over and,
     * if it failed, after what it showed is saved with the rest of the evidence.
     */
    public static WebDriver startAnother() {
        WebDriver driver = start();
        OTHERS.add(driver);
        return driver;
    }

    public static void quit(WebDriver driver) {
        OPEN.remove(driver);
        OTHERS.remove(driver);
        driver.quit();
    }

    static void quitOthers() {
        OTHERS.forEach(Browser::quit);
    }

    /** On failure: the screenshot and HTML of what each open browser showed, under target/screenshots. */
    static void saveEvidence(String name) {
        for (int i = 0; i < OPEN.size(); i++) {
            saveEvidence(OPEN.get(i), i == 0 ? name : name + "-browser" + (i + 1));
        }
    }

    private static void saveEvidence(WebDriver driver, String name) {
        try {
            // CI keeps only the log, so say there what the browser showed.
            System.err.println("Failed journey " + name + ": the browser shows " + FullPage.describe(driver));
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
