package org.shelfline.web.admin.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shelfline.audit.AuditEvent;
import org.shelfline.catalog.CatalogService;
import org.shelfline.catalog.Sku;
import org.shelfline.catalog.SkuStatus;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Ids;
import org.shelfline.web.Messages;

/** Backs admin/catalog/sku.xhtml?id=...: one SKU of the signed-in brand, its publishing and history. */
@Named
@ViewScoped
public class SkuView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Inject
    Messages messages;

    /** Kept as text: a malformed id is just another id that does not exist. */
    private String id;
    /** Set when the edit page has just saved this SKU. */
    private boolean saved;

    private Sku sku;
    private List<AuditEvent> history;
    private transient jakarta.servlet.http.Part picture;

    public void load() {
        long skuId = Ids.parse("SKU", id);
        sku = catalog.sku(skuId);
        history = catalog.history(skuId);
        if (saved) {
            messages.info("page.admin.catalog.edit.saved", sku.getCode());
            saved = false;
        }
    }

    public void publish() {
        changeStatus(SkuStatus.PUBLISHED, "page.admin.catalog.sku.published");
    }

    public void withdraw() {
        changeStatus(SkuStatus.WITHDRAWN, "page.admin.catalog.sku.withdrawn");
    }

    private void changeStatus(SkuStatus target, String doneKey) {
        try {
            catalog.changeStatus(sku.getId(), sku.getVersion(), target);
            messages.info(doneKey, sku.getCode());
        } catch (BusinessException e) {
            messages.error(e);
        }
        load();
    }

    public void uploadPicture() throws java.io.IOException {
        byte[] content = new byte[0];
        if (picture != null && picture.getSize() > 0) {
            try (java.io.InputStream in = picture.getInputStream()) {
                content = in.readNBytes(org.shelfline.shared.ImageFiles.MAX_BYTES + 1);
            }
        }
        try {
            catalog.setImage(sku.getId(), content);
            messages.info("page.admin.catalog.sku.pictured");
        } catch (BusinessException e) {
            messages.error(e);
        }
        load();
    }

    public jakarta.servlet.http.Part getPicture() {
        return picture;
    }

    public void setPicture(jakarta.servlet.http.Part picture) {
        this.picture = picture;
    }

    public boolean isPublishable() {
        return sku.getStatus() != SkuStatus.PUBLISHED;
    }

    public boolean isWithdrawable() {
        return sku.getStatus() == SkuStatus.PUBLISHED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isSaved() {
        return saved;
    }

    public void setSaved(boolean saved) {
        this.saved = saved;
    }

    public Sku getSku() {
        return sku;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }
}
