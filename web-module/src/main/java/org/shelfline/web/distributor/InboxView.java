package org.shelfline.web.distributor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
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
    /** The accepted orders ticked for picking, by id. */
    private final Map<Long, Boolean> chosen = new java.util.HashMap<>();

    public void load() {
        for (OrderStatus candidate : OrderStatus.values()) {
            if (candidate.name().equals(status)) {
                shown = candidate;
            }
        }
        counts = fulfilment.counts();
        orders = fulfilment.orders(shown);
    }

    /**
     * Called by the page's poll, so new orders show up without a reload. While orders are being ticked for picking
     * only the counts move: the ticks belong to the rows on screen.
     */
    public void refresh() {
        counts = fulfilment.counts();
        if (!isChoosing()) {
            orders = fulfilment.orders(shown);
        }
    }

    public String startPicking() {
        int moved = fulfilment.startPicking();
        messages.info("page.distributor.orders.pickingStarted", moved);
        messages.keep();
        return "/distributor/picklist?faces-redirect=true";
    }

    /** Starts picking the ticked orders only; the pick list then shows them (and any picked before). */
    public String startPickingChosen() {
        List<Long> ids = chosen.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (ids.isEmpty()) {
            messages.error("page.distributor.orders.chooseToPick");
            return null;
        }
        int moved = fulfilment.startPicking(ids);
        messages.info("page.distributor.orders.pickingStarted", moved);
        messages.keep();
        return "/distributor/picklist?faces-redirect=true";
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public boolean isChoosing() {
        return shown == OrderStatus.ACCEPTED;
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
