package org.shelfline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the domain packages may lean on each other. A cycle makes two packages one in all but name: neither
 * can change, be read or be tested without the other.
 */
class PackageStructureTest {

    private static JavaClasses domain;

    @BeforeAll
    static void importDomain() {
        domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shelfline");
    }

    @Test
    void theDomainPackagesFormNoCycle() {
        slices().matching("org.shelfline.(*)..").should().beFreeOfCycles().check(domain);
    }

    @Test
    void sharedAndAuditLeanOnNoDomainPackage() {
        noClasses().that().resideInAnyPackage("org.shelfline.shared..", "org.shelfline.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.shelfline.brand..", "org.shelfline.catalog..",
                        "org.shelfline.cockpit..", "org.shelfline.credit..", "org.shelfline.distribution..",
                        "org.shelfline.fair..", "org.shelfline.ordering..", "org.shelfline.platform..",
                        "org.shelfline.pricing..", "org.shelfline.stock..", "org.shelfline.store..")
                .check(domain);
    }

    @Test
    void theBrandsCockpitIsReadByNoDomainPackage() {
        noClasses().that().resideOutsideOfPackage("org.shelfline.cockpit..")
                .should().dependOnClassesThat().resideInAPackage("org.shelfline.cockpit..")
                .check(domain);
    }
}
