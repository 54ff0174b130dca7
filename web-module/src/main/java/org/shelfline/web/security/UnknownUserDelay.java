package org.shelfline.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.shelfline.identity.AccountService;
import org.shelfline.identity.PasswordHashing;

/**
 * Makes a wrong sign-in take as long for a name nobody has as for a real account: the identity store answers an
 * unknown name without hashing, which would tell a guesser which names exist. A refused name that has no account
 * has the password checked against a stored-like hash all the same.
 */
@ApplicationScoped
public class UnknownUserDelay {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    AccountService accounts;

    private String dummyHash;

    @PostConstruct
    void init() {
        pbkdf2.initialize(PasswordHashing.parameters());
        dummyHash = pbkdf2.generate("not anybody's password".toCharArray());
    }

    /** After a refused sign-in: spends a password check when the name (canonical, or null) has no account. */
    public void afterRefusal(String canonicalName, String password) {
        if (canonicalName == null || !accounts.exists(canonicalName)) {
            pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), dummyHash);
        }
    }
}
