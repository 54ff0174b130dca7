package org.shelfline.web.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.PasswordHash;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's PBKDF2 hash, except that a stored hash it cannot read (a row written by hand, a hash
 * of another scheme) fails the sign-in like a wrong password and is logged, instead of throwing out of
 * the identity store as a server error on the sign-in page and the token endpoint.
 */
@Dependent
public class CheckedPbkdf2PasswordHash implements PasswordHash {

    private static final Logger LOG = Logger.getLogger(CheckedPbkdf2PasswordHash.class.getName());

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Override
    public void initialize(Map<String, String> parameters) {
        pbkdf2.initialize(parameters);
    }

    @Override
    public String generate(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        try {
            return pbkdf2.verify(password, hashedPassword);
        } catch (IllegalArgumentException e) {
            LOG.log(
                    Level.SEVERE,
                    "A stored password hash cannot be read ({0}); that account cannot sign in until its "
                            + "password is set again",
                    e.getMessage());
            return false;
        }
    }
}
