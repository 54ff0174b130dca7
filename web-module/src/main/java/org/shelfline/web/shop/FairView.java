package org.shelfline.web.shop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfline.fair.Fair;
import org.shelfline.fair.FairAnnouncement;
import org.shelfline.fair.FairClaim;
import org.shelfline.fair.FairClaims;
import org.shelfline.fair.FairOffer;
import org.shelfline.fair.FairOrders;
import org.shelfline.fair.ShopFairs;
import org.shelfline.ordering.OrderLineRequest;
import org.shelfline.ordering.Payment;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Ids;
import org.shelfline.web.Messages;

/**
 * Backs shop/fair.xhtml?id=...: a fair the shop is invited to, with its offers, remaining allocation and
 * announcements (pushed live), and an order at fair prices: answered once the shop's share is kept, then
 * placed through the normal order flow (shop/fair-order.xhtml follows it).
 */
@Named("shopFairView")
@ViewScoped
public class FairView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShopFairs fairs;

    @Inject
    FairOrders fairOrders;

    @Inject
    FairClaims claims;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    org.shelfline.ordering.ShopCatalog catalog;

    @Inject
    org.shelfline.pricing.PricingService pricing;

    @Inject
    org.shelfline.identity.CurrentUser currentUser;

    private final String checkoutKey = UUID.randomUUID().toString();
    private String id;
    private Fair fair;
    private List<FairAnnouncement> announcements;
    private List<FairClaim> myOrders;
    private final Map<Long, Integer> quantities = new HashMap<>();
    private String payment = Payment.CASH_ON_DELIVERY.name();
    private Payment[] payments = {Payment.CASH_ON_DELIVERY};
    private Map<Long, java.math.BigDecimal> normalPrices = Map.of();

    public void load() {
        fair = fairs.fair(Ids.parse("fair", id));
        fairs.recordVisit(fair.getId());
        myOrders = claims.mineIn(fair.getId());
        // Credit is offered only to a shop the brand gives credit and has not put on hold.
        boolean credit = catalog.orderableBrands().stream()
                .anyMatch(standing -> standing.getBrand().getId() == fair.getBrandId() && standing.maySpendCredit());
        payments = credit ? Payment.values() : new Payment[] {Payment.CASH_ON_DELIVERY};
        // As in the cart: credit first for a shop that has it, so a fair order is not paid in cash unnoticed.
        payment = (credit ? Payment.CREDIT : Payment.CASH_ON_DELIVERY).name();
        Map<Long, Integer> minimums = new java.util.LinkedHashMap<>();
        fair.getOffers()
                .forEach(offer ->
                        minimums.put(offer.getSku().getId(), offer.getSku().getMinOrderCases()));
        Map<Long, java.math.BigDecimal> prices = new HashMap<>();
        pricing.quotes(currentUser.storeId(), minimums, clock.instant())
                .forEach((skuId, quote) -> quote.ifPresent(found -> prices.put(skuId, found.casePrice())));
        normalPrices = prices;
        refresh();
    }

    /** What the shop pays for a SKU outside the fair (its own price list), to compare with the fair price. */
    public java.math.BigDecimal normalPrice(FairOffer offer) {
        return normalPrices.get(offer.getSku().getId());
    }

    /** Until the fair ends (0 once ended); the page counts down from it. */
    public long getMillisToEnd() {
        return Math.max(
                0, java.time.Duration.between(clock.instant(), fair.getEndsAt()).toMillis());
    }

    /** Re-reads remaining allocation and announcements (when the feed says there is a new announcement). */
    public void refresh() {
        fair = fairs.fair(fair.getId());
        announcements = fairs.announcements(fair.getId());
    }

    public String order() {
        List<OrderLineRequest> lines = new ArrayList<>();
        for (FairOffer offer : fair.getOffers()) {
            Integer cases = quantities.get(offer.getId());
            if (cases != null && cases != 0) {
                lines.add(new OrderLineRequest(offer.getSku().getCode(), cases));
            }
        }
        Payment chosen = java.util.Arrays.stream(Payment.values())
                .filter(p -> p.name().equals(payment))
                .findFirst()
                .orElse(null);
        try {
            FairClaim claim =
                    fairOrders.claim(fair.getId(), lines, chosen, checkoutKey).claim();
            return "/shop/fair-order?faces-redirect=true&claim=" + claim.getId();
        } catch (BusinessException e) {
            messages.error(e);
            refresh();
            return null;
        }
    }

    public boolean isOpen() {
        return fair.isOpenAt(clock.instant());
    }

    /** Until the fair opens (0 once it has); the page counts down and reloads itself then. */
    public long getMillisToStart() {
        return Math.max(
                0,
                java.time.Duration.between(clock.instant(), fair.getStartsAt()).toMillis());
    }

    public boolean isEarlyBird() {
        return fair.isEarlyBirdAt(clock.instant());
    }

    public Payment[] getPayments() {
        return payments;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Fair getFair() {
        return fair;
    }

    public List<FairAnnouncement> getAnnouncements() {
        return announcements;
    }

    /** The shop's orders in this fair, newest first, whatever became of them. */
    public List<FairClaim> getMyOrders() {
        return myOrders;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }

    public String getPayment() {
        return payment;
    }

    public void setPayment(String payment) {
        this.payment = payment;
    }
}
