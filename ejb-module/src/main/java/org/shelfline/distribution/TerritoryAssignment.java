package org.shelfline.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.shelfline.brand.Brand;
import org.shelfline.geography.District;

/** "For this brand, this distributor serves this district", with 1 = first choice, 2 = fallback, ... */
@Entity
@Table(name = "territory")
public class TerritoryAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "brand_id")
    private Brand brand;

    @ManyToOne(optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    @ManyToOne(optional = false)
    @JoinColumn(name = "distributor_id")
    private Distributor distributor;

    @Column(nullable = false)
    private int priority;

    protected TerritoryAssignment() {}

    TerritoryAssignment(Brand brand, District district, Distributor distributor, int priority) {
        this.brand = brand;
        this.district = district;
        this.distributor = distributor;
        this.priority = priority;
    }

    public Long getId() {
        return id;
    }

    public Brand getBrand() {
        return brand;
    }

    public District getDistrict() {
        return district;
    }

    public Distributor getDistributor() {
        return distributor;
    }

    public int getPriority() {
        return priority;
    }
}
