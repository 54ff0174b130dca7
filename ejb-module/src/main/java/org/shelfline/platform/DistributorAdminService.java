package org.shelfline.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.distribution.Distributor;
import org.shelfline.distribution.Warehouse;
import org.shelfline.geography.District;
import org.shelfline.identity.CurrentUser;
import org.shelfline.identity.PasswordHashing;
import org.shelfline.identity.UserAccount;
import org.shelfline.shared.BilingualName;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;

/**
 * The platform admin brings distributor companies onto the platform (with a first warehouse and a
 * dispatcher account) and adds warehouses; brands then assign them to districts.
 */
@Stateless
public class DistributorAdminService {

    static final String AUDIT_SUBJECT = "DISTRIBUTOR";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Clock clock;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(PasswordHashing.parameters());
    }

    public List<Warehouse> warehouses() {
        currentUser.requirePlatformAdmin();
        return em.createQuery(
                        "SELECT w FROM Warehouse w JOIN FETCH w.distributor d JOIN FETCH w.district "
                                + "ORDER BY d.code, w.code",
                        Warehouse.class)
                .getResultList();
    }

    public List<Distributor> distributors() {
        currentUser.requirePlatformAdmin();
        return em.createQuery("SELECT d FROM Distributor d ORDER BY d.code", Distributor.class)
                .getResultList();
    }

    public List<District> districts() {
        return em.createQuery("SELECT d FROM District d ORDER BY d.code", District.class)
                .getResultList();
    }

    public long create(@NotNull @Valid NewDistributor form) {
        currentUser.requirePlatformAdmin();
        String code = form.getCode().strip().toUpperCase(Locale.ROOT);
        if (count("SELECT COUNT(d) FROM Distributor d WHERE d.code = :value", code) > 0) {
            throw new BusinessException("distributor.codeTaken", code);
        }
        if (count(
                        "SELECT COUNT(u) FROM UserAccount u WHERE u.username = :value",
                        form.getUsername().strip())
                > 0) {
            throw new BusinessException(
                    "registration.usernameTaken", form.getUsername().strip());
        }
        Instant now = clock.instant();
        Distributor distributor = new Distributor(code, new BilingualName(form.getNameEn(), form.getNameZh()), now);
        em.persist(distributor);
        em.flush();
        em.persist(new Warehouse(
                distributor,
                form.getWarehouseCode().strip().toUpperCase(Locale.ROOT),
                form.getWarehouseName().strip(),
                district(form.getWarehouseDistrictId())));
        em.persist(UserAccount.dispatcher(
                form.getUsername().strip(),
                passwordHash.generate(form.getPassword().toCharArray()),
                form.getNameEn().strip() + " dispatcher",
                distributor.getId(),
                now));
        em.flush();
        record(
                distributor,
                "CREATED",
                code + " with warehouse " + form.getWarehouseCode() + " and user " + form.getUsername());
        return distributor.getId();
    }

    public void addWarehouse(
            long distributorId,
            @NotBlank @Size(max = 32) @Pattern(regexp = NewDistributor.CODE, message = "{sku.code.pattern}")
                    String code,
            @NotBlank @Size(max = 120) String name,
            long districtId) {
        currentUser.requirePlatformAdmin();
        Distributor distributor = em.find(Distributor.class, distributorId);
        if (distributor == null) {
            throw new NotFoundException("distributor", distributorId);
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        boolean taken = em.createQuery(
                                "SELECT COUNT(w) FROM Warehouse w WHERE w.distributor = :distributor AND w.code = :code",
                                Long.class)
                        .setParameter("distributor", distributor)
                        .setParameter("code", normalised)
                        .getSingleResult()
                > 0;
        if (taken) {
            throw new BusinessException("warehouse.codeTaken", normalised);
        }
        em.persist(new Warehouse(distributor, normalised, name.strip(), district(districtId)));
        record(distributor, "WAREHOUSE_ADDED", normalised + " " + name.strip());
    }

    private District district(long id) {
        District district = em.find(District.class, id);
        if (district == null) {
            throw new NotFoundException("district", id);
        }
        return district;
    }

    private long count(String query, String value) {
        return em.createQuery(query, Long.class).setParameter("value", value).getSingleResult();
    }

    private void record(Distributor distributor, String action, String detail) {
        audit.record(
                currentUser.caller().username(),
                new AuditScope(null, null, distributor.getId()),
                AUDIT_SUBJECT,
                distributor.getId(),
                action,
                detail);
    }
}
