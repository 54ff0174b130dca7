package org.shelfline.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shelfline.distribution.Distributor;
import org.shelfline.distribution.Warehouse;
import org.shelfline.geography.District;
import org.shelfline.platform.DistributorAdminService;
import org.shelfline.platform.NewDistributor;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Messages;

/** Backs platform/distributors.xhtml: distributor companies, their warehouses, adding both. */
@Named("platformDistributorsView")
@ViewScoped
public class DistributorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DistributorAdminService admin;

    @Inject
    Messages messages;

    private List<Warehouse> warehouses;
    private List<Distributor> distributors;
    private List<District> districts;
    private NewDistributor form = new NewDistributor();
    private Long warehouseDistributorId;
    private String warehouseCode;
    private String warehouseName;
    private Long warehouseDistrictId;

    @PostConstruct
    void load() {
        warehouses = admin.warehouses();
        distributors = admin.distributors();
        districts = admin.districts();
    }

    public void create() {
        act(() -> admin.create(form), "page.platform.distributors.created");
        form = new NewDistributor();
    }

    public void addWarehouse() {
        if (warehouseDistributorId == null || warehouseDistrictId == null) {
            messages.error("page.platform.distributors.invalid");
            return;
        }
        act(
                () -> admin.addWarehouse(warehouseDistributorId, warehouseCode, warehouseName, warehouseDistrictId),
                "page.platform.distributors.warehouseAdded");
        warehouseCode = null;
        warehouseName = null;
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            messages.info(doneKey);
        } catch (BusinessException e) {
            messages.error(e);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof jakarta.validation.ConstraintViolationException)) {
                throw e;
            }
            messages.error("page.platform.distributors.invalid");
        }
        load();
    }

    public List<Warehouse> getWarehouses() {
        return warehouses;
    }

    public List<Distributor> getDistributors() {
        return distributors;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public NewDistributor getForm() {
        return form;
    }

    public Long getWarehouseDistributorId() {
        return warehouseDistributorId;
    }

    public void setWarehouseDistributorId(Long warehouseDistributorId) {
        this.warehouseDistributorId = warehouseDistributorId;
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
}
