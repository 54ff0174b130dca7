package org.shelfline.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.shared.NotFoundException;

/** Account housekeeping around sign-in. */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApiTokens tokens;

    @Inject
    AuditTrail audit;

    /** Whether an active account has this (canonical) name. */
    public boolean exists(String username) {
        return !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Notes a successful sign-in on the account (shown to the user, and useful when auditing). */
    public void recordSignIn(String username) {
        em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .ifPresent(account -> account.signedIn(clock.instant()));
    }

    /**
     * Deactivates an account (platform admins only): it can no longer sign in, and its API tokens end at once.
     * The people screens (issue #20) will offer it; audited.
     */
    public void deactivate(String username) {
        currentUser.requirePlatformAdmin();
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("account", username));
        account.deactivate();
        tokens.revokeAllOf(account.getId());
        Long organisation = account.organisationId();
        AuditScope scope = switch (account.getRole()) {
            case BRAND_ADMIN -> new AuditScope(organisation, null, null);
            case STORE_OWNER -> new AuditScope(null, organisation, null);
            case DISTRIBUTOR -> new AuditScope(null, null, organisation);
            case PLATFORM_ADMIN -> new AuditScope(null, null, null);
        };
        audit.record(
                currentUser.caller().username(),
                scope,
                "ACCOUNT",
                account.getId(),
                "DEACTIVATED",
                "active: true -> false");
    }
}
