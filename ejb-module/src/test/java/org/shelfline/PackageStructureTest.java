package org.shelfline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
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
        noClasses()
                .that()
                .resideInAnyPackage("org.shelfline.shared..", "org.shelfline.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.shelfline.brand..",
                        "org.shelfline.catalog..",
                        "org.shelfline.cockpit..",
                        "org.shelfline.credit..",
                        "org.shelfline.distribution..",
                        "org.shelfline.fair..",
                        "org.shelfline.ordering..",
                        "org.shelfline.platform..",
                        "org.shelfline.pricing..",
                        "org.shelfline.stock..",
                        "org.shelfline.store..")
                .check(domain);
    }

    @Test
    void theBrandsCockpitIsReadByNoDomainPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.shelfline.cockpit..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.shelfline.cockpit..")
                .check(domain);
    }

    @Test
    void orderingLeansOnNoFairClass() {
        // The fair places its orders through ordering; ordering knows a fair only by its id.
        noClasses()
                .that()
                .resideInAPackage("org.shelfline.ordering..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.shelfline.fair..")
                .check(domain);
    }

    @Test
    void theFairReadsNoOrderingTable() throws java.io.IOException {
        // ArchUnit sees classes, not SQL: a native query in fair on ordering's tables would tie the two again
        // unseen. Ordering answers what a fair sold (ordering.FairSales).
        java.util.regex.Pattern orderingTable = java.util.regex.Pattern.compile(
                "\\b(FROM|JOIN|UPDATE|INTO)\\s+(checkout|purchase_order|order_line|order_event|cart_line)\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        java.nio.file.Path fair = java.nio.file.Path.of("src/main/java/org/shelfline/fair");
        org.assertj.core.api.Assertions.assertThat(fair).isDirectory();
        try (var sources = java.nio.file.Files.list(fair)) {
            org.assertj.core.api.Assertions.assertThat(sources.filter(source -> {
                                try {
                                    return orderingTable
                                            .matcher(java.nio.file.Files.readString(source))
                                            .find();
                                } catch (java.io.IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            })
                            .map(source -> source.getFileName().toString()))
                    .isEmpty();
        }
    }

    @Test
    void thePlacementPathTakesNoFlagArgument() {
        // A boolean argument says "two methods in one"; the placement path says what it means with a value
        // (OrderRequest.Origin, StockLocking) instead.
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .haveSimpleNameEndingWith("Placement")
                .or()
                .areDeclaredInClassesThat()
                .haveSimpleName("CheckoutService")
                .or()
                .areDeclaredInClassesThat()
                .haveSimpleName("DistributorRouting")
                .or()
                .areDeclaredInClassesThat()
                .haveSimpleName("FairClaiming")
                .or()
                .areDeclaredInClassesThat()
                .haveSimpleName("FairOrders")
                .should(haveABooleanParameter())
                .check(domain);
    }

    private static ArchCondition<JavaMethod> haveABooleanParameter() {
        DescribedPredicate<JavaMethod> flagged = DescribedPredicate.describe(
                "a boolean parameter",
                method -> method.getRawParameterTypes().stream()
                        .anyMatch(type -> type.isEquivalentTo(boolean.class) || type.isEquivalentTo(Boolean.class)));
        return ArchConditions.have(flagged).as("have a boolean parameter");
    }

    @Test
    void anEnterpriseBeanIsCalledFromOutsideOnlyThroughItsPublicMethods() {
        // The container refuses a call to a package-private method through a bean's proxy ("not a business
        // method") at run time; this finds it at build time.
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Stateless.class)
                .or()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Singleton.class)
                .should(beCalledFromOutsideOnlyIfPublic())
                .check(domain);
    }

    private static ArchCondition<JavaMethod> beCalledFromOutsideOnlyIfPublic() {
        return new ArchCondition<>("be called from another class only if public") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getModifiers().contains(JavaModifier.PUBLIC)
                        || method.getModifiers().contains(JavaModifier.STATIC)) {
                    return;
                }
                method.getCallsOfSelf().stream()
                        .filter(call -> !call.getOriginOwner().equals(method.getOwner()))
                        .forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
            }
        };
    }
}
