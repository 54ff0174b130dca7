package org.shelfline.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shelfline.web.support.Refusals.assertRefused;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.audit.AuditEvent;
import org.shelfline.shared.ConcurrentEditException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.store.CreditTerms;
import org.shelfline.store.Registration;
import org.shelfline.store.RegistrationService;
import org.shelfline.store.StoreBrandStanding;
import org.shelfline.store.StoreTier;
import org.shelfline.store.VerificationService;
import org.shelfline.store.VerificationStatus;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;
import org.shelfline.web.support.TestImages;

/** Registration and verification decisions on Payara Micro and MariaDB. */
@ExtendWith(ArquillianExtension.class)
class VerificationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(VerificationIT.class);
    }

    @Inject
    RegistrationService registrations;

    @Inject
    VerificationService verification;

    private Tenants tenants;

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
    }

    @Test
    void aShopRegistersWithAnApplicationPerBrandAndAnAccountThatSignsIn() {
        Registration form = registration(tenants.brandIdA(), tenants.brandIdB());

        long storeId = registrations.register(form, TestImages.png());

        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM store_brand WHERE store_id = ? AND status = 'APPLIED'", storeId))
                .isEqualTo(2);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM store WHERE id = ? AND licence_number = ?",
                        storeId,
                        form.getLicenceNumber().toUpperCase()))
                .isEqualTo(1);
        String hash = TestDatabase.text(
                "SELECT password_hash FROM user_account WHERE username = ? AND store_id = ? "
                        + "AND role = 'STORE_OWNER'",
                form.getUsername(),
                storeId);
        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:");
        Pbkdf2PasswordHashImpl pbkdf2 = new Pbkdf2PasswordHashImpl();
        pbkdf2.initialize(Map.of());
        assertThat(pbkdf2.verify("long-enough-1".toCharArray(), hash)).isTrue();
        assertThat(Files.isRegularFile(as(tenants.brandAdminA(), () -> verification.licencePhoto(storeId))))
                .isTrue();
        assertThat(as(tenants.brandAdminA(), () -> verification.history(storeId)))
                .singleElement()
                .extracting(AuditEvent::getAction)
                .isEqualTo("APPLIED");
    }

    @Test
    void aLicenceNumberUsedBeforeIsFiledAndTheBrandSeesTheOtherApplications() {
        Registration first = registration(tenants.brandIdA());
        long firstStore = registrations.register(first, TestImages.png());
        Registration again = registration(tenants.brandIdA());
        again.setLicenceNumber(first.getLicenceNumber().toLowerCase());
        long secondStore = registrations.register(again, TestImages.png());
        Registration elsewhere = registration(tenants.brandIdB());
        elsewhere.setLicenceNumber(first.getLicenceNumber());
        registrations.register(elsewhere, TestImages.png());

        var seenByA = as(tenants.brandAdminA(), () -> verification.sameLicence(secondStore));
        assertThat(seenByA.withThisBrand())
                .extracting(standing -> standing.getStore().getId())
                .containsExactly(firstStore);
        assertThat(seenByA.otherApplicationsElsewhere())
                .as("applied to brand B only: counted, not named")
                .isEqualTo(1);
        assertThat(as(
                                tenants.brandAdminA(),
                                () -> verification.sameLicence(
                                        registrations.register(registration(tenants.brandIdA()), TestImages.png())))
                        .any())
                .as("a number nobody else used")
                .isFalse();
    }

    @Test
    void duplicatesAndBadPhotosAreRefusedAndStoreNothing() {
        Registration first = registration(tenants.brandIdA());
        registrations.register(first, TestImages.png());
        long storesBefore = TestDatabase.count("SELECT COUNT(*) FROM store");

        Registration sameUser = registration(tenants.brandIdA());
        sameUser.setUsername(first.getUsername());
        assertRefused(() -> registrations.register(sameUser, TestImages.png()), "registration.usernameTaken");
        assertRefused(
                () -> registrations.register(registration(tenants.brandIdA()), "GIF89a not a png".getBytes()),
                "image.type");
        assertRefused(() -> registrations.register(registration(tenants.brandIdA()), new byte[0]), "image.required");
        assertRefused(
                () -> registrations.register(registration(tenants.brandIdA()), new byte[5 * 1024 * 1024 + 1]),
                "image.tooLarge");
        assertThatThrownBy(() -> registrations.register(registration(-5L), TestImages.png()))
                .isInstanceOf(NotFoundException.class);
        Registration badFields = registration(tenants.brandIdA());
        badFields.setMobile("12345");
        badFields.setLicenceNumber("not-a-licence");
        assertThatThrownBy(() -> registrations.register(badFields, TestImages.png()))
                .isInstanceOf(EJBException.class)
                .hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class);

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM store")).isEqualTo(storesBefore);
    }

    @Test
    void approvingSetsTierAndCreditTermsAndIsAudited() {
        long storeId = registrations.register(registration(tenants.brandIdA()), TestImages.png());

        as(
                tenants.brandAdminA(),
                () -> verification.approve(
                        storeId, version(storeId), StoreTier.GOLD, CreditTerms.NET_30, new BigDecimal("50000.00")));

        StoreBrandStanding standing = as(tenants.brandAdminA(), () -> verification.standing(storeId));
        assertThat(standing.getStatus()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(standing.getTier()).isEqualTo("GOLD");
        assertThat(standing.getCreditTerms()).isEqualTo(CreditTerms.NET_30);
        assertThat(standing.getCreditLimit()).isEqualByComparingTo("50000.00");
        assertThat(standing.getDecidedBy()).isEqualTo(tenants.brandAdminA());
        assertThat(as(tenants.brandAdminA(), () -> verification.history(storeId)))
                .first()
                .satisfies(event -> {
                    assertThat(event.getAction()).isEqualTo("APPROVED");
                    assertThat(event.getActor()).isEqualTo(tenants.brandAdminA());
                    assertThat(event.getDetail())
                            .contains("tier=GOLD")
                            .contains("terms=NET_30")
                            .contains("limit=50000.00");
                });
    }

    @Test
    void rejectionNeedsAReasonAndTheShopSeesIt() {
        long storeId = registrations.register(registration(tenants.brandIdA()), TestImages.png());

        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> verification.reject(storeId, version(storeId), "  ")))
                .isInstanceOf(EJBException.class);
        assertThatThrownBy(() -> as(
                        tenants.brandAdminA(), () -> verification.reject(storeId, version(storeId), "x".repeat(501))))
                .isInstanceOf(EJBException.class);
        as(tenants.brandAdminA(), () -> verification.reject(storeId, version(storeId), "Licence photo is blurred"));

        assertThat(TestDatabase.text("SELECT decision_reason FROM store_brand WHERE store_id = ?", storeId))
                .isEqualTo("Licence photo is blurred");
    }

    @Test
    void suspendAndReinstateFollowTheLifecycle() {
        long storeId = registrations.register(registration(tenants.brandIdA()), TestImages.png());
        assertRefused(
                () -> as(tenants.brandAdminA(), () -> verification.suspend(storeId, version(storeId), "Unpaid")),
                "verification.notAllowed");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> verification.approve(
                                storeId, version(storeId), StoreTier.STANDARD, CreditTerms.MONTHLY, null)),
                "verification.limitRequired");

        as(
                tenants.brandAdminA(),
                () -> verification.approve(storeId, version(storeId), StoreTier.STANDARD, CreditTerms.PAY_NOW, null));
        as(tenants.brandAdminA(), () -> verification.suspend(storeId, version(storeId), "Unpaid invoices"));
        long stale = version(storeId);
        as(tenants.brandAdminA(), () -> verification.reinstate(storeId, stale));
        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> verification.suspend(storeId, stale, "again")))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(as(tenants.brandAdminA(), () -> verification.history(storeId)))
                .extracting(AuditEvent::getAction)
                .containsExactly("REINSTATED", "SUSPENDED", "APPROVED", "APPLIED");
    }

    @Test
    void aBrandSeesAndDecidesOnlyStoresThatAppliedToIt() {
        long storeId = registrations.register(registration(tenants.brandIdA()), TestImages.png());

        assertThat(as(tenants.brandAdminA(), () -> verification.queue(VerificationStatus.APPLIED)))
                .extracting(s -> s.getStore().getId())
                .contains(storeId);
        assertThat(as(tenants.brandAdminB(), () -> verification.queue(null)))
                .extracting(s -> s.getStore().getId())
                .doesNotContain(storeId);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> verification.standing(storeId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(
                        tenants.brandAdminB(),
                        () -> verification.approve(storeId, 0, StoreTier.GOLD, CreditTerms.PAY_NOW, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> verification.licencePhoto(storeId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> verification.history(storeId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.storeOwner(), () -> verification.queue(null)))
                .isInstanceOf(org.shelfline.shared.AccessDeniedException.class);
        assertThat(TestDatabase.text("SELECT status FROM store_brand WHERE store_id = ?", storeId))
                .isEqualTo("APPLIED");
    }

    @Test
    void aBrandsHistoryShowsOnlyItsOwnDecisions() {
        long storeId = registrations.register(registration(tenants.brandIdA(), tenants.brandIdB()), TestImages.png());
        as(
                tenants.brandAdminB(),
                () -> verification.reject(storeId, versionFor(tenants.brandAdminB(), storeId), "Not our area"));

        List<AuditEvent> historyOfA = as(tenants.brandAdminA(), () -> verification.history(storeId));

        assertThat(historyOfA).extracting(AuditEvent::getAction).containsExactly("APPLIED");
        assertThat(historyOfA).allSatisfy(event -> assertThat(event.getDetail()).doesNotContain("Not our area"));
    }

    private long version(long storeId) {
        return versionFor(tenants.brandAdminA(), storeId);
    }

    private long versionFor(String admin, long storeId) {
        return as(admin, () -> verification.standing(storeId)).getVersion();
    }

    private static Registration registration(Long... brandIds) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Registration form = new Registration();
        form.setShopName("Corner " + id);
        form.setOwnerName("Owner " + id);
        form.setMobile("13912345678");
        form.setDistrictId(TestDatabase.count("SELECT MIN(id) FROM district"));
        form.setStreet("8 Market Street");
        form.setLicenceNumber(("91440300" + id.toUpperCase().replaceAll("[IOSVZ]", "A")).substring(0, 18));
        form.setBrandIds(List.of(brandIds));
        form.setUsername("shop-" + id);
        form.setPassword("long-enough-1");
        return form;
    }
}
