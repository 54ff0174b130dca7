package org.shelfline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change. Written once, never updated or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int DETAIL_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "brand_id", updatable = false)
    private Long brandId;

    @Column(name = "store_id", updatable = false)
    private Long storeId;

    @Column(name = "distributor_id", updatable = false)
    private Long distributorId;

    @Column(name = "subject_type", nullable = false, length = 40, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String actor,
            AuditScope scope,
            String subjectType,
            long subjectId,
            String action,
            String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.brandId = scope.brandId();
        this.storeId = scope.storeId();
        this.distributorId = scope.distributorId();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getBrandId() {
        return brandId;
    }

    public String getActor() {
        return actor;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
