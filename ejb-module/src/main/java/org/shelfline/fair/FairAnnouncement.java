package org.shelfline.fair;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message the brand posted to everyone in a fair. */
@Entity
@Table(name = "fair_announcement")
public class FairAnnouncement {

    public static final int MESSAGE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fair_id", nullable = false, updatable = false)
    private long fairId;

    @Column(nullable = false, length = MESSAGE_MAX, updatable = false)
    private String message;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 64, updatable = false)
    private String postedBy;

    protected FairAnnouncement() {}

    FairAnnouncement(long fairId, String message, Instant postedAt, String postedBy) {
        this.fairId = fairId;
        this.message = message;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
    }

    public long getFairId() {
        return fairId;
    }

    public String getMessage() {
        return message;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
