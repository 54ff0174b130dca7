package org.shelfline.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Bearer tokens for the REST API. The password is checked once (by the identity store, PBKDF2) when a
 * token is issued; each API call then costs one indexed look-up (token and account together) instead of
 * a PBKDF2 per request.
 */
@Stateless
public class ApiTokens {

    public static final Duration LIFETIME = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Issues a token for an account whose password was just verified. */
    public IssuedToken issue(String username) {
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        em.persist(new ApiToken(account, sha256(token), now, now.plus(LIFETIME)));
        return new IssuedToken(token, now.plus(LIFETIME));
    }

    /** The account a live token belongs to (an active one), or empty. */
    public Optional<Caller> callerFor(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.user WHERE t.tokenHash = :hash AND t.user.active = TRUE", ApiToken.class)
                .setParameter("hash", sha256(token))
                .getResultStream()
                .findFirst()
                .filter(found -> found.getExpiresAt().isAfter(clock.instant()))
                .map(found -> Caller.of(found.getUser()));
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
