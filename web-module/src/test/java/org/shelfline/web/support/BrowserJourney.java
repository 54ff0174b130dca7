package org.shelfline.web.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.shelfline.web.support.TestDatabase.Tenants;

/**
 * What every browser journey class shares: the shipped WAR on Payara Micro, one headless Chromium per
 * class, fresh organisations and a signed-out browser (desktop size) before each test, and evidence
 * kept when a journey fails.
 */
@ExtendWith({ArquillianExtension.class, EvidenceOnFailure.class})
public abstract class BrowserJourney {

    protected static WebDriver driver;

    @ArquillianResource
    protected URL base;

    protected Tenants tenants;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shelfline();
    }

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            Browser.quit(driver);
            driver = null;
        }
    }

    @BeforeEach
    void freshSession() {
        tenants = TestDatabase.twoBrands();
        driver.manage().window().setSize(Browser.DESKTOP);
        driver.get(base + "login.xhtml");
        driver.manage().deleteAllCookies();
    }
}
