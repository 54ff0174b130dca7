package org.shelfline.web.admin.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.shelfline.catalog.CatalogService;
import org.shelfline.catalog.SkuStatus;

/** Backs admin/catalog/skus.xhtml: the brand's SKUs, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class SkusView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    private SkuLazyModel skus;

    @PostConstruct
    void init() {
        skus = new SkuLazyModel(catalog);
    }

    public SkuLazyModel getSkus() {
        return skus;
    }

    public SkuStatus[] getStatuses() {
        return SkuStatus.values();
    }
}
