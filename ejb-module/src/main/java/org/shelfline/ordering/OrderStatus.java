package org.shelfline.ordering;

/** Where an order is. PLACED means routed to a distributor and waiting for it to accept. */
public enum OrderStatus {
    PLACED,
    ACCEPTED,
    PICKING,
    SHIPPED,
    DELIVERED,
    PARTIALLY_DELIVERED,
    CANCELLED;

    /** Still holding stock in a warehouse (reserved, not yet shipped). */
    public boolean holdsReservation() {
        return this == PLACED || this == ACCEPTED || this == PICKING;
    }

    public boolean isFinal() {
        return this == DELIVERED || this == PARTIALLY_DELIVERED || this == CANCELLED;
    }
}
