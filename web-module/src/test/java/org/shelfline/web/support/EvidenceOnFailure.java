package org.shelfline.web.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Keeps a screenshot and the page source of every failed browser journey (target/screenshots/FAILED-*). */
public class EvidenceOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser.saveEvidence("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName());
    }
}
