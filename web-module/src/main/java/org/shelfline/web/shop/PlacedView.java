package org.shelfline.web.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shelfline.ordering.Placement;
import org.shelfline.ordering.ShopOrders;
import org.shelfline.web.Ids;

/** Backs shop/placed.xhtml?checkout=...: the confirmation, with the distributor delivering each order. */
@Named
@RequestScoped
public class PlacedView {

    @Inject
    ShopOrders orders;

    private String checkout;
    private Placement placement;

    public void load() {
        placement = orders.myCheckout(Ids.parse("checkout", checkout));
    }

    public Placement getPlacement() {
        return placement;
    }

    public String getCheckout() {
        return checkout;
    }

    public void setCheckout(String checkout) {
        this.checkout = checkout;
    }
}
