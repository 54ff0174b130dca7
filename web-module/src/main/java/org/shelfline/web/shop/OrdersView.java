package org.shelfline.web.shop;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.shelfline.ordering.OrderService;
import org.shelfline.ordering.PurchaseOrder;

/** Backs shop/orders.xhtml: the shop's orders, newest first. */
@Named("shopOrdersView")
@RequestScoped
public class OrdersView {

    @Inject
    OrderService orders;

    private List<PurchaseOrder> list;

    @PostConstruct
    void load() {
        list = orders.myOrders();
    }

    public List<PurchaseOrder> getOrders() {
        return list;
    }
}
