package org.shelfline.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.shelfline.geography.District;

/** One of a distributor's warehouses; stock is held per warehouse. */
@Entity
@Table(name = "warehouse")
public class Warehouse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "distributor_id")
    private Distributor distributor;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    protected Warehouse() {}

    public Warehouse(Distributor distributor, String code, String name, District district) {
        this.distributor = distributor;
        this.code = code;
        this.name = name;
        this.district = district;
    }

    public Long getId() {
        return id;
    }

    public Distributor getDistributor() {
        return distributor;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public District getDistrict() {
        return district;
    }
}
