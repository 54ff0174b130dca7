package org.shelfline.web.support;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Keeps a screenshot and the page source of every failed browser journey (target/screenshots/FAILED-*), from
 * each browser open at the time; then closes the browsers that test opened besides its class's.
 */
public class EvidenceOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser.saveEvidence("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName());
        Browser.quitOthers();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        Browser.quitOthers();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        Browser.quitOthers();
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        Browser.quitOthers();
    }
}
