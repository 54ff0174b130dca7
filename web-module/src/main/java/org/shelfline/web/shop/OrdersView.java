package org.shelfline.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shelfline.fair.FairClaim;
import org.shelfline.fair.FairClaims;
import org.shelfline.ordering.PurchaseOrder;
import org.shelfline.ordering.ShopOrders;

/** Backs shop/orders.xhtml: the shop's orders, newest first, and its fair orders not placed (yet). */
@Named("shopOrdersView")
@RequestScoped
public class OrdersView {

    @Inject
    ShopOrders orders;

    @Inject
    FairClaims fairClaims;

    private List<PurchaseOrder> list;
    private List<FairClaim> fairOrders;

    @PostConstruct
    void load() {
        list = orders.myOrders();
        fairOrders = fairClaims.mineNotPlaced();
    }

    public List<FairClaim> getFairOrders() {
        return fairOrders;
    }

    public List<PurchaseOrder> getOrders() {
        return list;
    }
}
