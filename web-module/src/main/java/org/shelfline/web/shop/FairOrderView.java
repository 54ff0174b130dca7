package org.shelfline.web.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shelfline.catalog.Sku;
import org.shelfline.fair.Fair;
import org.shelfline.fair.FairClaim;
import org.shelfline.fair.FairClaims;
import org.shelfline.fair.ShopFairs;
import org.shelfline.web.Ids;
import org.shelfline.web.Messages;

/**
 * Backs shop/fair-order.xhtml?claim=...: an order made at a fair, once its share is kept and while the order
 * is being placed; the page reloads itself when the live feed says the claim was settled. A placed claim
 * leads on to the usual confirmation; a refused one says why.
 */
@Named
@RequestScoped
public class FairOrderView {

    @Inject
    FairClaims claims;

    @Inject
    ShopFairs fairs;

    @Inject
    Messages messages;

    private String claimId;
    private FairClaim claim;
    private Fair fair;

    /** A claimed SKU as the shop sees it. */
    public record Line(String code, Sku sku, int cases, BigDecimal casePrice) {}

    public String load() {
        claim = claims.mine(Ids.parse("order", claimId));
        if (claim.getStatus() == FairClaim.Status.PLACED) {
            return "/shop/placed?faces-redirect=true&checkout=" + claim.getCheckoutId();
        }
        fair = fairs.fair(claim.getFairId());
        return null;
    }

    public List<Line> getLines() {
        Map<Long, Sku> skus = new HashMap<>();
        fair.getOffers().forEach(offer -> skus.put(offer.getSku().getId(), offer.getSku()));
        return claim.getLines().stream()
                .map(line -> {
                    Sku sku = skus.get(line.getSkuId());
                    return new Line(line.getSkuCode(), sku, line.getCases(), line.getCasePrice());
                })
                .toList();
    }

    /** Why the order could not be placed, in the shop's language. */
    public String getRefusal() {
        return claim.getRefusalCode() == null
                ? null
                : messages.text(claim.getRefusalCode(), claim.getRefusalArguments());
    }

    public boolean isWaiting() {
        return claim.getStatus() == FairClaim.Status.WAITING;
    }

    public FairClaim getClaim() {
        return claim;
    }

    public Fair getFair() {
        return fair;
    }

    public String getClaimId() {
        return claimId;
    }

    public void setClaimId(String claimId) {
        this.claimId = claimId;
    }
}
