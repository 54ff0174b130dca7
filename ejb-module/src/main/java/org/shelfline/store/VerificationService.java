package org.shelfline.store;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.shelfline.audit.AuditEvent;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.ConcurrentEditException;
import org.shelfline.shared.ImageFiles;
import org.shelfline.shared.NotFoundException;

/**
 * The signed-in brand's verification queue and decisions about stores. A brand sees only stores that
 * applied to it; every decision is recorded with who, when and what changed.
 */
@Stateless
public class VerificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    ImageFiles photos;

    @Inject
    Clock clock;

    /** Stores in the given status (all when null), oldest application first. */
    public List<StoreBrandStanding> queue(VerificationStatus status) {
        return em.createQuery(
                        "SELECT b FROM StoreBrandStanding b JOIN FETCH b.store s "
                                + "WHERE b.brand.id = :brand AND (:status IS NULL OR b.status = :status) "
                                + "ORDER BY b.appliedAt, b.id",
                        StoreBrandStanding.class)
                .setHint("eclipselink.join-fetch", "b.store.district") // JPQL fetch joins go one level deep only
                .setParameter("brand", currentUser.brandId())
                .setParameter("status", status)
                .getResultList();
    }

    /** Another application with a store's licence number: to the signed-in brand (with its standing), or elsewhere. */
    public record SameLicence(long otherApplicationsElsewhere, List<StoreBrandStanding> withThisBrand) {

        public boolean any() {
            return otherApplicationsElsewhere > 0 || !withThisBrand.isEmpty();
        }
    }

    /**
     * The other shops registered with this store's licence number: those that applied to the signed-in brand
     * by name and standing, the rest only counted (they are other brands' business).
     */
    public SameLicence sameLicence(long storeId) {
        Store store = standing(storeId).getStore();
        List<StoreBrandStanding> mine = em.createQuery(
                        "SELECT b FROM StoreBrandStanding b JOIN FETCH b.store s "
                                + "WHERE b.brand.id = :brand AND s.licenceNumber = :licence AND s.id <> :store ORDER BY b.appliedAt",
                        StoreBrandStanding.class)
                .setParameter("brand", currentUser.brandId())
                .setParameter("licence", store.getLicenceNumber())
                .setParameter("store", storeId)
                .getResultList();
        long all = em.createQuery(
                        "SELECT COUNT(s) FROM Store s WHERE s.licenceNumber = :licence AND s.id <> :store "
                                + "AND EXISTS (SELECT b FROM StoreBrandStanding b WHERE b.store = s)",
                        Long.class)
                .setParameter("licence", store.getLicenceNumber())
                .setParameter("store", storeId)
                .getSingleResult();
        return new SameLicence(all - mine.size(), mine);
    }

    /** The store's standing with the signed-in brand; "not found" if it never applied to it. */
    public StoreBrandStanding standing(long storeId) {
        return em.createQuery(
                        "SELECT b FROM StoreBrandStanding b JOIN FETCH b.store s "
                                + "WHERE b.brand.id = :brand AND s.id = :store",
                        StoreBrandStanding.class)
                .setHint("eclipselink.join-fetch", "b.store.district") // JPQL fetch joins go one level deep only
                .setParameter("brand", currentUser.brandId())
                .setParameter("store", storeId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("store", storeId));
    }

    public void approve(
            long storeId,
            long expectedVersion,
            @NotNull StoreTier tier,
            @NotNull CreditTerms terms,
            @DecimalMin("0.00") @DecimalMax("10000000.00") BigDecimal creditLimit) {
        if (terms != CreditTerms.PAY_NOW && creditLimit == null) {
            throw new BusinessException("verification.limitRequired");
        }
        decide(
                storeId,
                expectedVersion,
                "APPROVED",
                standing -> standing.approve(tier, terms, creditLimit, who(), clock.instant()));
    }

    public void reject(
            long storeId, long expectedVersion, @NotBlank @Size(max = StoreBrandStanding.REASON_MAX) String reason) {
        decide(
                storeId,
                expectedVersion,
                "REJECTED",
                standing -> standing.reject(reason.strip(), who(), clock.instant()));
    }

    public void suspend(
            long storeId, long expectedVersion, @NotBlank @Size(max = StoreBrandStanding.REASON_MAX) String reason) {
        decide(
                storeId,
                expectedVersion,
                "SUSPENDED",
                standing -> standing.suspend(reason.strip(), who(), clock.instant()));
    }

    public void reinstate(long storeId, long expectedVersion) {
        decide(storeId, expectedVersion, "REINSTATED", standing -> standing.reinstate(who(), clock.instant()));
    }

    /** This brand's decisions and the store's applications to it, newest first. */
    public List<AuditEvent> history(long storeId) {
        long brandId = standing(storeId).getBrand().getId();
        return audit.of(RegistrationService.AUDIT_SUBJECT, storeId).stream()
                .filter(event -> event.getBrandId() != null && event.getBrandId() == brandId)
                .toList();
    }

    /** Where the licence photo of a store that applied to this brand is kept. */
    public Path licencePhoto(long storeId) {
        String photo = standing(storeId).getStore().getLicencePhoto();
        if (photo == null) {
            throw new NotFoundException("licence photo", storeId);
        }
        return photos.path(ImageFiles.Kind.LICENCES, photo);
    }

    private void decide(
            long storeId,
            long expectedVersion,
            String action,
            java.util.function.Consumer<StoreBrandStanding> decision) {
        StoreBrandStanding standing = standing(storeId);
        if (standing.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        decision.accept(standing);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
        audit.record(
                who(),
                AuditScope.brandAndStore(standing.getBrand().getId(), storeId),
                RegistrationService.AUDIT_SUBJECT,
                storeId,
                action,
                standing.describe());
    }

    private String who() {
        return currentUser.caller().username();
    }
}
