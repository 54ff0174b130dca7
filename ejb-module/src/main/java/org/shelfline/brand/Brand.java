package org.shelfline.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.shelfline.shared.BilingualName;

/** A brand on the platform. Everything a brand admin sees is scoped to one brand. */
@Entity
@Table(name = "brand")
public class Brand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Embedded
    private BilingualName name;

    /** How long a distributor has to accept a routed order before it moves on. */
    @Column(name = "order_acceptance_minutes", nullable = false)
    private int orderAcceptanceMinutes = 120;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Brand() {}

    public Brand(String code, BilingualName name, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public BilingualName getName() {
        return name;
    }

    public int getOrderAcceptanceMinutes() {
        return orderAcceptanceMinutes;
    }

    /** Orders routed from now on must be accepted within this many minutes; those routed before keep their deadline. */
    public void changeOrderAcceptanceMinutes(int minutes) {
        this.orderAcceptanceMinutes = minutes;
    }
}
