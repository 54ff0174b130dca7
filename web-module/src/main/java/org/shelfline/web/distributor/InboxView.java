package org.shelfline.web.distributor;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.shelfline.ordering.FulfilmentService;
import org.shelfline.ordering.OrderStatus;
import org.shelfline.ordering.PurchaseOrder;
import org.shelfline.web.Messages;

/** Backs distributor/orders.xhtml?status=...: the inbox with live counts per status. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FulfilmentService fulfilment;

    @Inject
    Messages messages;

    private String status;
    private OrderStatus shown = OrderStatus.PLACED;
    private Map<OrderStatus, Long> counts;
    private List<PurchaseOrder> orders;

    public void load() {
        for (OrderStatus candidate : OrderStatus.values()) {
            if (candidate.name().equals(status)) {
                shown = candidate;
            }
        }
        refresh();
    }

    /** Called by the page's poll, so new orders show up without a reload. */
    public void refresh() {
        counts = fulfilment.counts();
        orders = fulfilment.orders(shown);
    }

    public String startPicking() {
        int moved = fulfilment.startPicking();
        messages.info("page.distributor.orders.pickingStarted", moved);
        messages.keep();
        return "/distributor/picklist?faces-redirect=true";
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public OrderStatus getShown() {
        return shown;
    }

    public Map<OrderStatus, Long> getCounts() {
        return counts;
    }

    public List<PurchaseOrder> getOrders() {
        return orders;
    }
}
