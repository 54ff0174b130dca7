package org.shelfline.store;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.shelfline.brand.Brand;

/** One store's application to, and standing with, one brand. */
@Entity
@Table(name = "store_brand")
public class StoreBrandStanding {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @ManyToOne(optional = false)
    @JoinColumn(name = "brand_id")
    private Brand brand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VerificationStatus status;

    @Column(length = 16)
    private String tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_terms", length = 16)
    private CreditTerms creditTerms;

    @Column(name = "credit_limit", precision = 12, scale = 2)
    private java.math.BigDecimal creditLimit;

    /** Written only by {@code CreditExposure}'s conditional updates, never from this entity's state. */
    @Column(name = "credit_used", precision = 12, scale = 2, insertable = false, updatable = false)
    private java.math.BigDecimal creditUsed;

    /** Credit hold (AUTO or MANUAL), written only by {@code CreditHolds}. */
    @Column(name = "hold_kind", length = 16, insertable = false, updatable = false)
    private String holdKind;

    @Column(name = "hold_reason", length = REASON_MAX, insertable = false, updatable = false)
    private String holdReason;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    /** Why it was rejected or suspended; the shop sees it. */
    @Column(name = "decision_reason", length = REASON_MAX)
    private String reason;

    @Version
    private long version;

    protected StoreBrandStanding() {}

    StoreBrandStanding(Store store, Brand brand, Instant appliedAt) {
        this.store = store;
        this.brand = brand;
        this.status = VerificationStatus.APPLIED;
        this.appliedAt = appliedAt;
    }

    void approve(StoreTier newTier, CreditTerms terms, java.math.BigDecimal limit, String by, Instant at) {
        require(status == VerificationStatus.APPLIED || status == VerificationStatus.REJECTED);
        this.status = VerificationStatus.VERIFIED;
        this.tier = newTier.name();
        this.creditTerms = terms;
        this.creditLimit = terms == CreditTerms.PAY_NOW ? null : limit;
        this.reason = null;
        decided(by, at);
    }

    void reject(String why, String by, Instant at) {
        require(status == VerificationStatus.APPLIED);
        this.status = VerificationStatus.REJECTED;
        this.reason = why;
        decided(by, at);
    }

    void suspend(String why, String by, Instant at) {
        require(status == VerificationStatus.VERIFIED);
        this.status = VerificationStatus.SUSPENDED;
        this.reason = why;
        decided(by, at);
    }

    void reinstate(String by, Instant at) {
        require(status == VerificationStatus.SUSPENDED);
        this.status = VerificationStatus.VERIFIED;
        this.reason = null;
        decided(by, at);
    }

    /**
     * Public for credit, which owns the limit after verification: the one change to a standing that the
     * store package does not make itself. Validation and the audit trail are the caller's
     * ({@code CreditAccounts.changeLimit}).
     */
    public void changeCreditLimit(java.math.BigDecimal limit) {
        this.creditLimit = limit;
    }

    private void decided(String by, Instant at) {
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new org.shelfline.shared.BusinessException("verification.notAllowed");
        }
    }

    /** A one-line summary for the audit trail. */
    String describe() {
        return "status=" + status + (tier == null ? "" : ", tier=" + tier)
                + (creditTerms == null ? "" : ", terms=" + creditTerms)
                + (creditLimit == null ? "" : ", limit=" + creditLimit.toPlainString())
                + (reason == null ? "" : ", reason=" + reason);
    }

    public Long getId() {
        return id;
    }

    public Store getStore() {
        return store;
    }

    public Brand getBrand() {
        return brand;
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public String getTier() {
        return tier;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }

    public CreditTerms getCreditTerms() {
        return creditTerms;
    }

    public java.math.BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public java.math.BigDecimal getCreditUsed() {
        return creditUsed == null ? java.math.BigDecimal.ZERO : creditUsed;
    }

    /** Credit still available, or null when the store has no credit with the brand. */
    public java.math.BigDecimal getCreditAvailable() {
        return grantsCredit() ? creditLimit.subtract(getCreditUsed()).max(java.math.BigDecimal.ZERO) : null;
    }

    /**
     * Who may buy on credit now, in SQL, for the conditional update that takes credit atomically
     * ({@code CreditExposure}); {@link #creditRefusal()} is the same rule in Java, for the checks before.
     */
    public static final String MAY_SPEND_CREDIT_SQL =
            "status = 'VERIFIED' AND credit_terms <> 'PAY_NOW' AND credit_limit IS NOT NULL AND hold_kind IS NULL";

    /** Why the store may not buy on credit now ("order.noCredit", "order.creditHold"), or empty if it may. */
    public java.util.Optional<String> creditRefusal() {
        if (!grantsCredit()) {
            return java.util.Optional.of("order.noCredit");
        }
        return isOnHold() ? java.util.Optional.of("order.creditHold") : java.util.Optional.empty();
    }

    public boolean maySpendCredit() {
        return creditRefusal().isEmpty();
    }

    /** Whether the brand gives the store credit terms at all (on hold or not). */
    public boolean grantsCredit() {
        return status == VerificationStatus.VERIFIED
                && creditTerms != null
                && creditTerms != CreditTerms.PAY_NOW
                && creditLimit != null;
    }

    public String getHoldKind() {
        return holdKind;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public boolean isOnHold() {
        return holdKind != null;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public long getVersion() {
        return version;
    }
}
