package org.shelfline.web.admin.catalog;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.shelfline.catalog.CatalogService;
import org.shelfline.catalog.Sku;
import org.shelfline.shared.NotFoundException;

/** Backs admin/catalog/sku.xhtml?id=..., one SKU of the signed-in brand. */
@Named
@ViewScoped
public class SkuView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    /** Kept as text: a malformed id is just another id that does not exist. */
    private String id;
    private Sku sku;

    public void load() {
        sku = catalog.sku(parseId(id));
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("SKU", text);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Sku getSku() {
        return sku;
    }
}
