package org.shelfline.web.support;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy. Tests run against the WAR the build just packaged, exactly
 * as it ships (ejb-module, Flyway scripts and libraries included), so they test what runs in production.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive shelfline() {
        File war = new File(System.getProperty("test.war", "target/shelfline.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": run the tests through Maven (mvn verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "shelfline.war")
                .importFrom(war)
                .as(WebArchive.class);
    }

    /**
     * The shipped WAR plus the given test classes, the fixtures, AssertJ and Awaitility, for tests that run inside
     * Payara Micro and call the EJB services directly.
     */
    public static WebArchive withTests(Class<?>... testClasses) {
        return shelfline()
                .addClasses(testClasses)
                .addClasses(
                        TestDatabase.class,
                        TestDatabase.Tenants.class,
                        TestCallerIdentity.class,
                        TestImages.class,
                        Refusals.class,
                        Race.class,
                        Race.Attempt.class,
                        TestClock.class)
                .addAsLibraries(
                        jarOf(Assertions.class),
                        jarOf(org.awaitility.Awaitility.class),
                        jarOf(org.hamcrest.Matcher.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
