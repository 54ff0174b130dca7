package org.shelfline.fair;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.shelfline.brand.Brand;
import org.shelfline.identity.CallerIdentity;
import org.shelfline.identity.CurrentUser;
import org.shelfline.identity.Role;
import org.shelfline.shared.BilingualName;
import org.shelfline.shared.NotFoundException;
import org.shelfline.store.StoreBrandStanding;
import org.shelfline.store.VerificationStatus;

/**
 * A fair's invitation link (and its QR code), opened by anyone: signed in or not, invited or not. It says
 * whose fair it is and what the visitor can do (open it, sign in, wait for the brand's verification, ask for an
 * invitation), and keeps each visit. A wrong token is "not found", so fairs cannot be discovered by id.
 */
@Stateless
public class FairInvitations {

    /** Where the visitor stands with the fair, which decides what the link page offers. */
    public enum Outcome {
        SIGNED_OUT,
        INVITED,
        NOT_VERIFIED,
        NOT_INVITED,
        NOT_A_SHOP
    }

    public record Invitation(
            long fairId, String title, BilingualName brandName, Instant startsAt, Instant endsAt, Outcome outcome) {}

    /** How often the link was opened, and by how many different shops. */
    public record Visits(long opened, long shops) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity callerIdentity;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public Invitation open(long fairId, String token) {
        Fair fair = em.find(Fair.class, fairId);
        if (fair == null
                || fair.getStatus() != FairStatus.PUBLISHED
                || token == null
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        fair.getInvitationToken().getBytes(StandardCharsets.UTF_8))) {
            throw new NotFoundException("fair", fairId);
        }
        Long storeId = null;
        Outcome outcome;
        if (callerIdentity.username().isEmpty()) {
            outcome = Outcome.SIGNED_OUT;
        } else if (currentUser.caller().role() != Role.STORE_OWNER) {
            outcome = Outcome.NOT_A_SHOP;
        } else {
            storeId = currentUser.storeId();
            outcome = standing(storeId, fair.getBrandId())
                    .filter(standing -> standing.getStatus() == VerificationStatus.VERIFIED)
                    .map(standing -> fair.invites(
                                    standing.getTier(),
                                    standing.getStore().getDistrict().getCode())
                            ? Outcome.INVITED
                            : Outcome.NOT_INVITED)
                    .orElse(Outcome.NOT_VERIFIED);
        }
        em.createNativeQuery(
                        "INSERT INTO fair_invitation_visit (fair_id, store_id, visited_at, outcome) VALUES (?, ?, ?, ?)")
                .setParameter(1, fairId)
                .setParameter(2, storeId)
                .setParameter(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(4, outcome.name())
                .executeUpdate();
        Brand brand = em.find(Brand.class, fair.getBrandId());
        return new Invitation(fairId, fair.getTitle(), brand.getName(), fair.getStartsAt(), fair.getEndsAt(), outcome);
    }

    /** The visits of one of my brand's fairs' link. */
    public Visits visits(long fairId) {
        Fair fair = em.find(Fair.class, fairId);
        if (fair == null || fair.getBrandId() != currentUser.brandId()) {
            throw new NotFoundException("fair", fairId);
        }
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT COUNT(*), COUNT(DISTINCT store_id) FROM fair_invitation_visit WHERE fair_id = ?")
                .setParameter(1, fairId)
                .getSingleResult();
        return new Visits(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private Optional<StoreBrandStanding> standing(long storeId, long brandId) {
        return em.createQuery(
                        "SELECT b FROM StoreBrandStanding b JOIN FETCH b.store WHERE b.store.id = :store AND b.brand.id = :brand",
                        StoreBrandStanding.class)
                .setParameter("store", storeId)
                .setParameter("brand", brandId)
                .setHint("eclipselink.join-fetch", "b.store.district")
                .getResultStream()
                .findFirst();
    }
}
