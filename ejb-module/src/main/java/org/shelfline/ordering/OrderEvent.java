package org.shelfline.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an order's history: the status it reached, who moved it, when, and a note. */
@Entity
@Table(name = "order_event")
public class OrderEvent {

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrderStatus status;

    @Column(length = NOTE_MAX)
    private String note;

    protected OrderEvent() {}

    OrderEvent(PurchaseOrder order, Instant occurredAt, String actor, OrderStatus status, String note) {
        this.order = order;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.status = status;
        this.note = note;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }
}
