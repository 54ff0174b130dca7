package org.shelfline.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.shelfline.shared.NotFoundException;

/**
 * Bearer tokens for the REST API. The password is checked once (by the identity store, PBKDF2) when a
 * token is issued; each API call then costs one indexed look-up (token and account together) instead of
 * a PBKDF2 per request.
 */
@Stateless
public class ApiTokens {

    public static final Duration LIFETIME = Duration.ofHours(12);

    /** Live tokens an account may hold; asking for one more ends the oldest. */
    public static final int MAX_LIVE_PER_ACCOUNT = 20;

    private static final int CLIENT_LENGTH = 120;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    /** Issues a token for an account whose password was just verified; {@code client} is its User-Agent, if any. */
    public IssuedToken issue(String username, String client) {
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        em.persist(new ApiToken(account, sha256(token), shortened(client), now, now.plus(LIFETIME)));
        em.flush();
        // A client that asks for a token per call (or a script) would otherwise pile up live tokens.
        List<Long> beyond = em.createQuery(
                        "SELECT t.id FROM ApiToken t WHERE t.user = :user AND t.expiresAt > :now "
                                + "ORDER BY t.createdAt DESC, t.id DESC",
                        Long.class)
                .setParameter("user", account)
                .setParameter("now", now)
                .setFirstResult(MAX_LIVE_PER_ACCOUNT)
                .getResultList();
        if (!beyond.isEmpty()) {
            em.createQuery("DELETE FROM ApiToken t WHERE t.id IN :ids")
                    .setParameter("ids", beyond)
                    .executeUpdate();
        }
        return new IssuedToken(token, now.plus(LIFETIME));
    }

    /** My live tokens, newest first. */
    public List<ApiToken> mine() {
        return em.createQuery(
                        "SELECT t FROM ApiToken t WHERE t.user.username = :me AND t.expiresAt > :now "
                                + "ORDER BY t.createdAt DESC, t.id DESC",
                        ApiToken.class)
                .setParameter("me", currentUser.caller().username())
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** Ends one of my tokens at once; anyone else's (or one that is gone) is not found. */
    public void revoke(long tokenId) {
        int revoked = em.createQuery("DELETE FROM ApiToken t WHERE t.id = :id AND t.user.id = "
                        + "(SELECT u.id FROM UserAccount u WHERE u.username = :me)")
                .setParameter("id", tokenId)
                .setParameter("me", currentUser.caller().username())
                .executeUpdate();
        if (revoked == 0) {
            throw new NotFoundException("token", tokenId);
        }
    }

    /** Ends the token this call was made with (the API's sign-out). */
    public void revoke(String token) {
        em.createQuery("DELETE FROM ApiToken t WHERE t.tokenHash = :hash")
                .setParameter("hash", sha256(token))
                .executeUpdate();
    }

    /** Ends every token of an account (it is being deactivated). */
    public int revokeAllOf(long userId) {
        return em.createQuery("DELETE FROM ApiToken t WHERE t.user.id = :user")
                .setParameter("user", userId)
                .executeUpdate();
    }

    /** Deletes the tokens that have expired: nobody can use them, and the table would only grow. */
    public int purgeExpired() {
        return em.createQuery("DELETE FROM ApiToken t WHERE t.expiresAt <= :now")
                .setParameter("now", clock.instant())
                .executeUpdate();
    }

    private static String shortened(String client) {
        if (client == null || client.isBlank()) {
            return null;
        }
        String printable = client.strip().replaceAll("\\p{Cntrl}", "");
        return printable.length() <= CLIENT_LENGTH ? printable : printable.substring(0, CLIENT_LENGTH);
    }

    /** The account a live token belongs to (an active one), or empty. */
    public Optional<Caller> callerFor(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT t FROM ApiToken t JOIN FETCH t.user WHERE t.tokenHash = :hash AND t.user.active = TRUE",
                        ApiToken.class)
                .setParameter("hash", sha256(token))
                .getResultStream()
                .findFirst()
                .filter(found -> found.getExpiresAt().isAfter(clock.instant()))
                .map(found -> Caller.of(found.getUser()));
    }

    public record IssuedToken(String token, Instant expiresAt) {}

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
