package org.shelfline.fair;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shelfline.catalog.Sku;
import org.shelfline.credit.CreditExposure;
import org.shelfline.identity.CurrentUser;
import org.shelfline.ordering.CheckoutService;
import org.shelfline.ordering.OrderLineRequest;
import org.shelfline.ordering.OrderRequest;
import org.shelfline.ordering.Payment;
import org.shelfline.ordering.Placement;
import org.shelfline.ordering.PlacementReads;
import org.shelfline.ordering.PlacementRequest;
import org.shelfline.ordering.StockLocking;
import org.shelfline.pricing.Quote;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.shared.UniqueKeys;
import org.shelfline.store.StoreBrandStanding;

/**
 * A fair's two transactions: claiming the shop's share (allocation and caps, at the fair's or early-bird
 * price of now), and placing the order of a waiting claim through the normal placement. Use
 * {@link FairOrders}, which admits claims in a rush and tries again on lock conflicts.
 */
@Stateless
public class FairClaiming {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    FairOrdering fairs;

    @Inject
    PlacementReads reads;

    @Inject
    CheckoutService checkouts;

    @Inject
    CreditExposure credit;

    @Inject
    Clock clock;

    /**
     * Takes the signed-in shop's share of a fair for these lines and records it as a waiting claim.
     * Everything that can be checked without placing is checked here, so that a claim is refused later only
     * when the placement itself refuses (stock, credit limit).
     */
    public FairClaim claim(long fairId, List<OrderLineRequest> requested, Payment payment, String idempotencyKey) {
        CheckoutService.requireKeyAndPayment(idempotencyKey, payment);
        long storeId = currentUser.storeId();
        Instant now = clock.instant();
        Fair fair = fairs.withOffers(fairId);
        long brandId = fair.getBrandId();
        StoreBrandStanding standing = reads.verifiedStanding(storeId, brandId);
        Map<Sku, Integer> casesBySku = reads.skusAndCases(brandId, requested, false, fair.offeredSkusByCode());
        Map<Long, String> codes = PlacementReads.codesOf(casesBySku);
        Map<Long, Integer> cases = PlacementReads.casesOf(casesBySku);
        Map<Long, Quote> quotes = fairs.quote(
                fairId,
                brandId,
                storeId,
                standing.getTier(),
                standing.getStore().getDistrict().getCode(),
                cases,
                codes,
                now);
        List<FairClaim.Line> lines = FairClaim.linesOf(quotes.values(), codes);
        FairClaim claim = new FairClaim(
                fairId,
                storeId,
                idempotencyKey,
                payment,
                lines,
                now,
                currentUser.caller().username());
        if (payment == Payment.CREDIT) {
            // Refused before any share of the fair is kept: a shop on hold would be refused at placement anyway.
            standing.creditRefusal().ifPresent(refusal -> {
                throw new BusinessException(refusal);
            });
            BigDecimal available = credit.available(storeId, brandId);
            if (claim.getTotal().compareTo(available) > 0) {
                throw new BusinessException("order.creditLimit", available);
            }
        }
        persistUnderItsKey(claim);
        writeLines(claim.getId(), lines);
        em.detach(claim); // its lines were written above, not by the persistence context
        claim.showWrittenLines(lines);
        fairs.take(fairId, storeId, cases, codes);
        return claim;
    }

    /**
     * Places the order of a waiting claim as the shop that made it (the placer runs in the background,
     * with no caller): the claim's lines and prices, the normal routing, stock and credit. The fair's
     * share was taken by the claim. The claim's row is locked and settled PLACED in the same transaction,
     * so two placers (two servers, or a test and the background) make one checkout and cannot leave a
     * placed order on a claim that a refusal gave back: the second finds the first's placement, or its
     * refusal.
     */
    public Placement placeClaim(long claimId, StockLocking locking) {
        FairClaim claim = em.find(FairClaim.class, claimId, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw new IllegalStateException("no fair claim " + claimId);
        }
        if (claim.getStatus() == FairClaim.Status.PLACED) {
            return checkouts
                    .placed(claim.getStoreId(), claim.checkoutKey())
                    .orElseThrow()
                    .asRepeat();
        }
        if (claim.getStatus() == FairClaim.Status.REFUSED) {
            throw new BusinessException(claim.getRefusalCode(), claim.getRefusalArguments());
        }
        // The whole fair, not only its brand: reading it puts it in this transaction's persistence context.
        Fair fair = Optional.ofNullable(em.find(Fair.class, claim.getFairId()))
                .orElseThrow(() -> new NotFoundException("fair", claim.getFairId()));
        long brandId = fair.getBrandId();
        StoreBrandStanding standing = reads.verifiedStanding(claim.getStoreId(), brandId);
        Map<Sku, Integer> casesBySku = reads.skusAndCases(brandId, reads.linesOf(claim.casesBySku()), false, Map.of());
        Placement placed = checkouts.place(new PlacementRequest(
                standing,
                claim.getClaimedBy(),
                casesBySku,
                claim.quotes(fair.getTitle()),
                claim.getPayment(),
                claim.checkoutKey(),
                claim.getFairId(),
                OrderRequest.Origin.FAIR_CLAIM,
                locking));
        claim.placedAs(placed.checkoutId(), clock.instant());
        return placed;
    }

    private void writeLines(long claimId, List<FairClaim.Line> lines) {
        var insert = em.createNativeQuery(
                "INSERT INTO fair_claim_line (claim_id, sku_id, sku_code, cases, case_price) VALUES "
                        + String.join(", ", Collections.nCopies(lines.size(), "(?, ?, ?, ?, ?)")));
        int position = 1;
        for (FairClaim.Line line : lines) {
            insert.setParameter(position++, claimId)
                    .setParameter(position++, line.getSkuId())
                    .setParameter(position++, line.getSkuCode())
                    .setParameter(position++, line.getCases())
                    .setParameter(position++, line.getCasePrice());
        }
        insert.executeUpdate();
    }

    /** Stores the claim now, so that its idempotency key already taken shows as a repeat. */
    private void persistUnderItsKey(FairClaim claim) {
        em.persist(claim);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e, "uk_fair_claim_key")) {
                throw new DuplicateClaimException();
            }
            throw e;
        }
    }
}
