package org.shelfline.identity;

import java.time.Clock;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Account housekeeping around sign-in. */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

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
}
