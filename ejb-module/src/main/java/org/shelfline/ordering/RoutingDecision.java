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
import org.shelfline.distribution.Distributor;

/** Why an order went to (or left) a distributor. */
@Entity
@Table(name = "routing_decision")
public class RoutingDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @ManyToOne
    @JoinColumn(name = "distributor_id")
    private Distributor distributor;

    @Column(name = "warehouse_id")
    private Long warehouseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RoutingOutcome outcome;

    @Column(length = 500)
    private String detail;

    protected RoutingDecision() {}

    RoutingDecision(
            PurchaseOrder order,
            Instant decidedAt,
            Distributor distributor,
            Long warehouseId,
            RoutingOutcome outcome,
            String detail) {
        this.order = order;
        this.decidedAt = decidedAt;
        this.distributor = distributor;
        this.warehouseId = warehouseId;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 497) + "...";
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Distributor getDistributor() {
        return distributor;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public RoutingOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
