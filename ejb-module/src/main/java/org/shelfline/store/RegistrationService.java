package org.shelfline.store;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.brand.Brand;
import org.shelfline.geography.District;
import org.shelfline.identity.PasswordHashing;
import org.shelfline.identity.UserAccount;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.ImageFiles;
import org.shelfline.shared.NotFoundException;

/**
 * Shop owners register themselves (no sign-in needed): the shop, an application to each chosen brand,
 * and the owner's account, all in one transaction.
 */
@Stateless
public class RegistrationService {

    static final String AUDIT_SUBJECT = "STORE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    ImageFiles photos;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(PasswordHashing.parameters());
    }

    public List<District> districts() {
        return em.createQuery("SELECT d FROM District d ORDER BY d.code", District.class)
                .getResultList();
    }

    public List<Brand> brands() {
        return em.createQuery("SELECT b FROM Brand b ORDER BY b.name.english", Brand.class)
                .getResultList();
    }

    /** A field of an application that clashes with an existing account or shop. */
    public record Clash(String field, String messageKey, Object... arguments) {}

    /**
     * What an otherwise valid application clashes with, all at once so the page can say everything in one round
     * (the form's own checks run before). {@link #register} checks again.
     */
    public List<Clash> clashes(Registration registration) {
        List<Clash> clashes = new java.util.ArrayList<>();
        String username = registration.getUsername() == null
                ? ""
                : registration.getUsername().strip();
        if (exists("SELECT COUNT(u) FROM UserAccount u WHERE u.username = :value", username)) {
            clashes.add(new Clash("username", "registration.usernameTaken", username));
        }
        // A licence number used before is no clash: saying so would tell anyone which businesses use Shelfline.
        // The brand sees the other applications with the same number when it verifies (VerificationService).
        return clashes;
    }

    /** @return the new store's id */
    public long register(@NotNull @Valid Registration registration, byte[] licencePhoto) {
        String username = registration.getUsername().strip();
        List<Clash> clashes = clashes(registration);
        if (!clashes.isEmpty()) {
            throw new BusinessException(
                    clashes.get(0).messageKey(), clashes.get(0).arguments());
        }
        District district = em.find(District.class, registration.getDistrictId());
        if (district == null) {
            throw new NotFoundException("district", registration.getDistrictId());
        }
        List<Brand> brands = new LinkedHashSet<>(registration.getBrandIds())
                .stream()
                        .map(id -> {
                            Brand brand = em.find(Brand.class, id);
                            if (brand == null) {
                                throw new NotFoundException("brand", id);
                            }
                            return brand;
                        })
                        .toList();

        String photo = photos.store(ImageFiles.Kind.LICENCES, licencePhoto);
        try {
            Instant now = clock.instant();
            Store store = new Store(registration, district, photo, now);
            em.persist(store);
            em.flush();
            for (Brand brand : brands) {
                em.persist(new StoreBrandStanding(store, brand, now));
                audit.record(
                        username,
                        AuditScope.brandAndStore(brand.getId(), store.getId()),
                        AUDIT_SUBJECT,
                        store.getId(),
                        "APPLIED",
                        "brand=" + brand.getCode());
            }
            em.persist(UserAccount.storeOwner(
                    username,
                    passwordHash.generate(registration.getPassword().toCharArray()),
                    registration.getOwnerName().strip(),
                    store.getId(),
                    now));
            em.flush();
            return store.getId();
        } catch (RuntimeException e) {
            photos.delete(ImageFiles.Kind.LICENCES, photo);
            throw e;
        }
    }

    private boolean exists(String countQuery, String value) {
        return em.createQuery(countQuery, Long.class)
                        .setParameter("value", value)
                        .getSingleResult()
                > 0;
    }
}
