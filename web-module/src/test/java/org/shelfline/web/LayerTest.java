package org.shelfline.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages, servlets and REST resources call the EJB services, which are the only transaction boundary and
 * the only place a query is scoped to the signed-in tenant; none of them reaches the database itself.
 */
class LayerTest {

    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/ejb-module"))
                .importPackages("org.shelfline.web");
    }

    @Test
    void theWebLayerStaysOffThePersistenceApi() {
        noClasses()
                .that()
                .resideInAPackage("org.shelfline.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..")
                .because("a page or resource that queries on its own bypasses the tenant scoping of the services")
                .check(web);
    }

    @Test
    void onlyTheReadinessProbeAndTheOutageAnswerTouchJdbc() {
        noClasses()
                .that()
                .resideInAPackage("org.shelfline.web..")
                .and()
                .resideOutsideOfPackages("org.shelfline.web.health..", "org.shelfline.web.errors..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..")
                .because(
                        "the probe asks the pool for a connection and the error mapping reads SQL exceptions; nothing else may")
                .check(web);
    }

    @Test
    void theWebLayerStartsNoTransaction() {
        noClasses()
                .that()
                .resideInAPackage("org.shelfline.web..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.transaction.UserTransaction")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.transaction.Transactional")
                .check(web);
    }
}
