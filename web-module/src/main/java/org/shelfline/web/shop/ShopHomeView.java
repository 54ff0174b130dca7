package org.shelfline.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shelfline.store.ShopOverview;
import org.shelfline.store.ShopService;

/** Backs shop/index.xhtml, the web shop's home. */
@Named
@RequestScoped
public class ShopHomeView {

    @Inject
    ShopService shops;

    private ShopOverview overview;

    @PostConstruct
    void load() {
        overview = shops.overview();
    }

    public ShopOverview getOverview() {
        return overview;
    }
}
