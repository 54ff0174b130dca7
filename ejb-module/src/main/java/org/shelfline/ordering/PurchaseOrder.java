package org.shelfline.ordering;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.shelfline.brand.Brand;
import org.shelfline.catalog.Sku;
import org.shelfline.distribution.Distributor;
import org.shelfline.distribution.Warehouse;
import org.shelfline.geography.District;
import org.shelfline.pricing.Quote;
import org.shelfline.shared.BusinessException;
import org.shelfline.store.Store;

/**
 * A shop's order for one brand, delivered by one distributor from one warehouse. The aggregate owns its
 * lines, its status history and its routing decisions; every change of status goes through it, so the
 * history is complete. Stock and credit are moved by the services around it.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 24)
    private String reference;

    @Column(name = "checkout_id", nullable = false)
    private long checkoutId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "brand_id")
    private Brand brand;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "store_id")
    private Store store;

    @ManyToOne
    @JoinColumn(name = "distributor_id")
    private Distributor distributor;

    @ManyToOne
    @JoinColumn(name = "warehouse_id")
    private Warehouse warehouse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Payment payment;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total = BigDecimal.ZERO;

    @ManyToOne(optional = false)
    @JoinColumn(name = "delivery_district_id")
    private District deliveryDistrict;

    @Column(name = "delivery_address", nullable = false, length = 200)
    private String deliveryAddress;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "accept_by")
    private Instant acceptBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<OrderEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("decidedAt, id")
    private List<RoutingDecision> decisions = new ArrayList<>();

    protected PurchaseOrder() {}

    PurchaseOrder(String reference, Checkout checkout, Brand brand, Store store, Instant placedAt, String actor) {
        this.reference = reference;
        this.checkoutId = checkout.getId();
        this.brand = brand;
        this.store = store;
        this.payment = checkout.getPayment();
        this.deliveryDistrict = store.getDistrict();
        this.deliveryAddress = store.getStreet();
        this.placedAt = placedAt;
        this.updatedAt = placedAt;
        this.status = OrderStatus.PLACED;
        events.add(new OrderEvent(this, placedAt, actor, OrderStatus.PLACED, null));
    }

    void addLine(Sku sku, Quote quote) {
        lines.add(new OrderLine(this, lines.size() + 1, sku, quote));
        total = total.add(quote.lineTotal());
    }

    /** Hands the order to a distributor's warehouse, which must accept it by {@code acceptBy}. */
    void routeTo(Warehouse target, Instant acceptBy, RoutingOutcome outcome, String detail, Instant at) {
        this.distributor = target.getDistributor();
        this.warehouse = target;
        this.acceptBy = acceptBy;
        decide(target.getDistributor(), target.getId(), outcome, detail, at);
    }

    void decide(Distributor about, Long warehouseId, RoutingOutcome outcome, String detail, Instant at) {
        decisions.add(new RoutingDecision(this, at, about, warehouseId, outcome, detail));
    }

    void accept(String actor, Instant at) {
        moveTo(OrderStatus.ACCEPTED, actor, at, null, OrderStatus.PLACED);
        acceptBy = null;
    }

    void startPicking(String actor, Instant at) {
        moveTo(OrderStatus.PICKING, actor, at, null, OrderStatus.ACCEPTED);
    }

    void ship(String actor, Instant at) {
        moveTo(OrderStatus.SHIPPED, actor, at, null, OrderStatus.ACCEPTED, OrderStatus.PICKING);
    }

    void cancel(String actor, Instant at, String note) {
        moveTo(OrderStatus.CANCELLED, actor, at, note, OrderStatus.PLACED);
        acceptBy = null;
    }

    /** A note in the history that does not change the status (re-routing, for one). */
    void note(String actor, Instant at, String note) {
        events.add(new OrderEvent(this, at, actor, status, note));
        updatedAt = at;
    }

    /**
     * Records what arrived per line (delivered, of which damaged). A later report may only lower what
     * arrived in good order, never raise it: the shop's complaint stands.
     *
     * @return how much the good cases' value went down, so credit can be given back
     */
    BigDecimal recordDelivery(Map<Long, int[]> deliveredAndDamagedByLine, String actor, Instant at) {
        requireStatus(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.PARTIALLY_DELIVERED);
        BigDecimal before = status == OrderStatus.SHIPPED ? total : goodValue();
        for (OrderLine line : lines) {
            int[] report = deliveredAndDamagedByLine.get(line.getId());
            if (report == null) {
                throw new BusinessException("order.deliveryIncomplete", line.getSkuCode());
            }
            int delivered = report[0];
            int damaged = report[1];
            if (delivered < 0 || damaged < 0 || delivered > line.getCases() || damaged > delivered) {
                throw new BusinessException("order.deliveryInvalid", line.getSkuCode(), line.getCases());
            }
            if (line.getDeliveredCases() != null && delivered - damaged > line.goodCases()) {
                throw new BusinessException("order.deliveryCanOnlyLower", line.getSkuCode());
            }
            line.recordDelivery(delivered, damaged);
        }
        boolean complete = lines.stream().noneMatch(OrderLine::isShortOrDamaged);
        OrderStatus reached = complete ? OrderStatus.DELIVERED : OrderStatus.PARTIALLY_DELIVERED;
        status = reached;
        events.add(new OrderEvent(this, at, actor, reached, null));
        updatedAt = at;
        return before.subtract(goodValue());
    }

    /** Loads lines, history and routing while the persistence context is open, for pages and the API. */
    PurchaseOrder withDetail() {
        lines.size();
        events.size();
        decisions.size();
        return this;
    }

    /** Cases per SKU id (an order has one line per SKU). */
    public Map<Long, Integer> casesBySku() {
        Map<Long, Integer> cases = new java.util.LinkedHashMap<>();
        lines.forEach(line -> cases.merge(line.getSkuId(), line.getCases(), Integer::sum));
        return cases;
    }

    /** Whether a delivery has been recorded: from then on the shop pays for what arrived in good order. */
    public boolean isDeliveryRecorded() {
        return status == OrderStatus.DELIVERED || status == OrderStatus.PARTIALLY_DELIVERED;
    }

    /** The value of what arrived in good order, once a delivery is recorded. */
    public BigDecimal getDeliveredValue() {
        return goodValue();
    }

    /**
     * What the shop pays for this order: what arrived in good order once delivery is recorded, nothing for a
     * cancelled order, and until then the ordered total (what a distributor collects on a pay-on-delivery
     * order delivered in full).
     */
    public BigDecimal getPayable() {
        if (status == OrderStatus.CANCELLED) {
            return BigDecimal.ZERO;
        }
        return isDeliveryRecorded() ? goodValue() : total;
    }

    /** The value of what arrived in good order. */
    public BigDecimal goodValue() {
        return lines.stream().map(OrderLine::goodValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void moveTo(OrderStatus next, String actor, Instant at, String note, OrderStatus... from) {
        requireStatus(from);
        status = next;
        updatedAt = at;
        events.add(new OrderEvent(this, at, actor, next, note));
    }

    void requireStatus(OrderStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new BusinessException("order.wrongStatus", reference, status.name());
        }
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getCheckoutId() {
        return checkoutId;
    }

    public Brand getBrand() {
        return brand;
    }

    public Store getStore() {
        return store;
    }

    public Distributor getDistributor() {
        return distributor;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Payment getPayment() {
        return payment;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public District getDeliveryDistrict() {
        return deliveryDistrict;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getAcceptBy() {
        return acceptBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public List<OrderEvent> getEvents() {
        return events;
    }

    public List<RoutingDecision> getDecisions() {
        return decisions;
    }
}
