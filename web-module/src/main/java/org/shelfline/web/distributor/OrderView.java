package org.shelfline.web.distributor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.shelfline.ordering.FulfilmentService;
import org.shelfline.ordering.PurchaseOrder;
import org.shelfline.web.DeliveryForm;
import org.shelfline.web.Ids;
import org.shelfline.web.Messages;

/** Backs distributor/order.xhtml?id=...: accept or reject, ship, record what was delivered. */
@Named("distributorOrderView")
@ViewScoped
public class OrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FulfilmentService fulfilment;

    @Inject
    Messages messages;

    @Inject
    org.shelfline.ordering.DeliveryDisputes disputes;

    private org.shelfline.ordering.DeliveryDispute dispute;

    private String id;
    private PurchaseOrder order;
    private String reason;
    private DeliveryForm delivery = new DeliveryForm();

    public void load() {
        order = fulfilment.order(Ids.parse("order", id));
        dispute = disputes.ofOrder(order.getId()).orElse(null);
        delivery = new DeliveryForm();
        delivery.fill(order);
    }

    /** The shop's dispute of this delivery, if it has one. */
    public org.shelfline.ordering.DeliveryDispute getDispute() {
        return dispute;
    }

    public void accept() {
        act(() -> fulfilment.accept(order.getId()), "page.distributor.order.accepted");
    }

    public String reject() {
        if (messages.attempt(() -> fulfilment.reject(order.getId(), reason))) {
            messages.info("page.distributor.order.rejected", order.getReference());
            messages.keep();
            return "/distributor/orders?faces-redirect=true";
        }
        return null;
    }

    public void ship() {
        act(() -> fulfilment.ship(order.getId()), "page.distributor.order.shipped");
    }

    public void recordDelivery() {
        if (messages.attempt(() -> fulfilment.recordDelivery(order.getId(), delivery.report()))) {
            messages.info("page.distributor.order.delivered", order.getReference());
            load();
        } else {
            // Refused: the page says why beside what the dispatcher typed, so it can be corrected, not typed again.
            DeliveryForm typed = delivery;
            load();
            delivery = typed;
        }
    }

    /** Starts picking this order alone (the inbox starts several at once). */
    public void startPicking() {
        act(
                () -> {
                    if (fulfilment.startPicking(java.util.List.of(order.getId())) == 0) {
                        throw new org.shelfline.shared.BusinessException(
                                "order.notWaitingToPick", order.getReference());
                    }
                },
                "page.distributor.order.pickingStarted");
    }

    private void act(Runnable action, String doneKey) {
        if (messages.attempt(action)) {
            messages.info(doneKey, order.getReference());
        }
        load();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PurchaseOrder getOrder() {
        return order;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public DeliveryForm getDelivery() {
        return delivery;
    }
}
