package org.shelfline.web.admin.catalog;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.shelfline.catalog.CatalogService;
import org.shelfline.catalog.Category;
import org.shelfline.catalog.SkuDraft;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Ids;
import org.shelfline.web.Messages;

/** Backs admin/catalog/edit.xhtml: a new SKU (no id) or an existing one (?id=...). */
@Named
@ViewScoped
public class EditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Inject
    Messages messages;

    private String id;
    private SkuDraft draft;
    private List<Category> categories;

    public void load() {
        if (draft == null) {
            draft = id == null || id.isBlank() ? new SkuDraft() : catalog.draft(Ids.parse("SKU", id));
            categories = catalog.categories();
        }
    }

    public void save() throws IOException {
        try {
            long savedId = catalog.save(draft);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/admin/catalog/sku.xhtml?saved=true&id=" + savedId);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SkuDraft getDraft() {
        return draft;
    }

    public List<Category> getCategories() {
        return categories;
    }
}
