package org.shelfline.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.shelfline.geography.District;

/** A shop, as registered by its owner. Its standing with each brand lives in {@link StoreBrandStanding}. */
@Entity
@Table(name = "store")
public class Store {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "owner_name", nullable = false, length = 80)
    private String ownerName;

    @Column(nullable = false, length = 20)
    private String mobile;

    @ManyToOne(optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    @Column(nullable = false, length = 200)
    private String street;

    @Column(name = "licence_number", nullable = false, length = 18)
    private String licenceNumber;

    /** File name of the licence photo in the upload folder (outside the application). */
    @Column(name = "licence_photo", length = 120)
    private String licencePhoto;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Store() {}

    Store(Registration registration, District district, String licencePhoto, Instant createdAt) {
        this.name = registration.getShopName().strip();
        this.ownerName = registration.getOwnerName().strip();
        this.mobile = registration.getMobile().strip();
        this.district = district;
        this.street = registration.getStreet().strip();
        this.licenceNumber = registration.normalisedLicenceNumber();
        this.licencePhoto = licencePhoto;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getMobile() {
        return mobile;
    }

    public District getDistrict() {
        return district;
    }

    public String getStreet() {
        return street;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public String getLicencePhoto() {
        return licencePhoto;
    }
}
