package org.shelfline.web.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy. Tests run against the WAR the build just packaged, exactly
 * as it ships (ejb-module, Flyway scripts and libraries included), so they test what runs in production.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive shelfline() {
        File war = new File(System.getProperty("test.war", "target/shelfline.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": run the tests through Maven (mvn verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "shelfline.war").importFrom(war).as(WebArchive.class);
    }
}
