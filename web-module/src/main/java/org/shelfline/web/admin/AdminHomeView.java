package org.shelfline.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shelfline.catalog.CatalogService;
import org.shelfline.catalog.Sku;
import org.shelfline.cockpit.BrandConsoleService;
import org.shelfline.cockpit.BrandOverview;

/** Backs admin/index.xhtml, the brand console's home. */
@Named
@RequestScoped
public class AdminHomeView {

    private static final int RECENT_SKUS = 10;

    @Inject
    BrandConsoleService brandConsole;

    @Inject
    CatalogService catalog;

    private BrandOverview overview;
    private List<Sku> recentSkus;

    @PostConstruct
    void load() {
        overview = brandConsole.overview();
        recentSkus = catalog.recentlyChangedSkus(RECENT_SKUS);
    }

    public BrandOverview getOverview() {
        return overview;
    }

    public List<Sku> getRecentSkus() {
        return recentSkus;
    }
}
