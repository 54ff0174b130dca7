package org.shelfline.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.shelfline.shared.AccessDeniedException;

/**
 * The signed-in caller and the organisation they act for, looked up once per request. Services ask it
 * for "my brand", "my store" or "my distributor" instead of trusting an id from the request; asking for
 * an organisation of the wrong kind is refused.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    CallerIdentity callerIdentity;

    @Inject
    TokenCaller tokenCaller;

    @PersistenceContext
    EntityManager em;

    private Caller caller;

    public Caller caller() {
        String username = callerIdentity.username().orElseThrow(AccessDeniedException::new);
        if (caller == null || !caller.username().equals(username)) {
            // An API call's account was read with its token a moment ago; a page's is read here.
            caller = tokenCaller
                    .caller()
                    .filter(tokenAccount -> tokenAccount.username().equals(username))
                    .orElseGet(() -> accountOf(username));
        }
        return caller;
    }

    private Caller accountOf(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(Caller::of)
                .orElseThrow(AccessDeniedException::new);
    }

    public long brandId() {
        return organisationOf(Role.BRAND_ADMIN);
    }

    public long storeId() {
        return organisationOf(Role.STORE_OWNER);
    }

    public long distributorId() {
        return organisationOf(Role.DISTRIBUTOR);
    }

    public void requirePlatformAdmin() {
        if (caller().role() != Role.PLATFORM_ADMIN) {
            throw new AccessDeniedException();
        }
    }

    private long organisationOf(Role role) {
        Caller current = caller();
        if (current.role() != role || current.organisationId() == null) {
            throw new AccessDeniedException();
        }
        return current.organisationId();
    }
}
