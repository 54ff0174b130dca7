package org.shelfline.platform;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shelfline.brand.Brand;
import org.shelfline.identity.CurrentUser;
import org.shelfline.identity.Role;
import org.shelfline.identity.UserAccount;

/** Cross-tenant views for the platform admin only. */
@Stateless
public class PlatformService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public List<BrandAdmins> brandsWithAdmins() {
        currentUser.requirePlatformAdmin();
        Map<Long, List<String>> adminsByBrand = em.createQuery(
                        "SELECT u FROM UserAccount u WHERE u.role = :role ORDER BY u.username", UserAccount.class)
                .setParameter("role", Role.BRAND_ADMIN)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        UserAccount::getBrandId, Collectors.mapping(UserAccount::getUsername, Collectors.toList())));
        return em.createQuery("SELECT b FROM Brand b ORDER BY b.code", Brand.class)
                .getResultStream()
                .map(brand -> new BrandAdmins(brand, adminsByBrand.getOrDefault(brand.getId(), List.of())))
                .toList();
    }
}
