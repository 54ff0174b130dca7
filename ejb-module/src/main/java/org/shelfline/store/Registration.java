package org.shelfline.store;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shelfline.identity.PasswordHashing;
import org.shelfline.identity.UserAccount;
import org.shelfline.identity.UserNames;

/** A shop owner's application, as the public registration form holds it. */
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    /** China's unified social credit code: 18 characters, no I, O, S, V or Z. */
    public static final String LICENCE_PATTERN = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}";

    @NotBlank
    @Size(max = 120)
    private String shopName;

    @NotBlank
    @Size(max = 80)
    private String ownerName;

    @NotBlank
    @Pattern(regexp = "1[3-9][0-9]{9}", message = "{registration.mobile.pattern}")
    private String mobile;

    @NotNull
    private Long districtId;

    @NotBlank
    @Size(max = 200)
    private String street;

    @NotBlank
    @Pattern(regexp = "(?i)" + LICENCE_PATTERN, message = "{registration.licence.pattern}")
    private String licenceNumber;

    @NotEmpty(message = "{registration.brands.required}")
    private List<Long> brandIds = new ArrayList<>();

    @NotBlank
    @Size(max = UserAccount.USERNAME_MAX)
    @Pattern(regexp = UserNames.PATTERN, message = "{registration.username.pattern}")
    private String username;

    @NotBlank
    @Size(min = PasswordHashing.PASSWORD_MIN, max = PasswordHashing.PASSWORD_MAX)
    private String password;

    String normalisedLicenceNumber() {
        return licenceNumber.strip().toUpperCase(Locale.ROOT);
    }

    public String getShopName() {
        return shopName;
    }

    public void setShopName(String shopName) {
        this.shopName = shopName;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public List<Long> getBrandIds() {
        return brandIds;
    }

    public void setBrandIds(List<Long> brandIds) {
        this.brandIds = brandIds == null ? new ArrayList<>() : new ArrayList<>(brandIds);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
