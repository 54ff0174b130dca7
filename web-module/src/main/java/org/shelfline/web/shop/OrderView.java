package org.shelfline.web.shop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.shelfline.ordering.CartService;
import org.shelfline.ordering.OrderStatus;
import org.shelfline.ordering.PurchaseOrder;
import org.shelfline.ordering.ShopOrders;
import org.shelfline.web.DeliveryForm;
import org.shelfline.web.Ids;
import org.shelfline.web.Messages;

/** Backs shop/order.xhtml?id=...: one order, its history; cancel, confirm delivery, reorder. */
@Named("shopOrderView")
@ViewScoped
public class OrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShopOrders orders;

    @Inject
    CartService carts;

    @Inject
    Messages messages;

    @Inject
    org.shelfline.credit.CreditAccounts accounts;

    private String id;
    private PurchaseOrder order;
    private DeliveryForm delivery = new DeliveryForm();

    @Inject
    org.shelfline.ordering.DeliveryDisputes disputes;

    private org.shelfline.ordering.DeliveryDispute dispute;
    private org.shelfline.credit.Invoice invoice;
    private java.util.List<org.shelfline.credit.CreditNote> creditNotes = java.util.List.of();

    public void load() {
        order = orders.myOrder(Ids.parse("order", id));
        delivery = new DeliveryForm();
        delivery.fill(order);
        invoice = accounts.myInvoiceForOrder(order.getId()).orElse(null);
        dispute = disputes.ofOrder(order.getId()).orElse(null);
        creditNotes = invoice == null ? java.util.List.of() : accounts.myCreditNotesForOrder(order.getId());
    }

    /** My dispute of this delivery (cases I said did not arrive), if there is one. */
    public org.shelfline.ordering.DeliveryDispute getDispute() {
        return dispute;
    }

    /** Corrections of the invoice or receipt (cases reported short or damaged after it was issued). */
    public java.util.List<org.shelfline.credit.CreditNote> getCreditNotes() {
        return creditNotes;
    }

    /** The order's invoice or receipt, once its delivery is recorded. */
    public org.shelfline.credit.Invoice getInvoice() {
        return invoice;
    }

    public void cancel() {
        if (messages.attempt(() -> orders.cancel(order.getId()))) {
            messages.info("page.shop.order.cancelled", order.getReference());
        }
        load();
    }

    public void confirmDelivery() {
        if (messages.attempt(() -> orders.confirmDelivery(order.getId(), delivery.report()))) {
            messages.info("page.shop.order.deliveryConfirmed", order.getReference());
            load();
        } else {
            DeliveryForm typed = delivery; // refused: what the shop typed stays, beside the reason
            load();
            delivery = typed;
        }
    }

    public String reorder() {
        messages.lineProblems(carts.reorder(order.getId()));
        messages.keep();
        return "/shop/cart?faces-redirect=true";
    }

    public boolean isCancellable() {
        return order.getStatus() == OrderStatus.PLACED;
    }

    public boolean isDeliveryOpen() {
        return order.getStatus() == OrderStatus.SHIPPED
                || order.getStatus() == OrderStatus.DELIVERED
                || order.getStatus() == OrderStatus.PARTIALLY_DELIVERED;
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

    public DeliveryForm getDelivery() {
        return delivery;
    }
}
