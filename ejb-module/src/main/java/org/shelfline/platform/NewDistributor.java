package org.shelfline.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.shelfline.identity.PasswordHashing;
import org.shelfline.identity.UserNames;

/** A distributor company joining the platform, with its first warehouse and dispatcher account. */
public class NewDistributor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]*";

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = CODE, message = "{sku.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 120)
    private String nameEn;

    @NotBlank
    @Size(max = 120)
    private String nameZh;

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = CODE, message = "{sku.code.pattern}")
    private String warehouseCode;

    @NotBlank
    @Size(max = 120)
    private String warehouseName;

    @NotNull
    private Long warehouseDistrictId;

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = UserNames.PATTERN, message = "{registration.username.pattern}")
    private String username;

    @NotBlank
    @Size(min = PasswordHashing.PASSWORD_MIN, max = PasswordHashing.PASSWORD_MAX)
    private String password;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getWarehouseCode() {
        return warehouseCode;
    }

    public void setWarehouseCode(String warehouseCode) {
        this.warehouseCode = warehouseCode;
    }

    public String getWarehouseName() {
        return warehouseName;
    }

    public void setWarehouseName(String warehouseName) {
        this.warehouseName = warehouseName;
    }

    public Long getWarehouseDistrictId() {
        return warehouseDistrictId;
    }

    public void setWarehouseDistrictId(Long warehouseDistrictId) {
        this.warehouseDistrictId = warehouseDistrictId;
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
