package org.shelfline.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shelfline.platform.BrandAdmins;
import org.shelfline.platform.PlatformService;

/** Backs platform/index.xhtml: the brands on the platform and their admins. */
@Named
@RequestScoped
public class PlatformHomeView {

    @Inject
    PlatformService platform;

    private List<BrandAdmins> brands;

    @PostConstruct
    void load() {
        brands = platform.brandsWithAdmins();
    }

    public List<BrandAdmins> getBrands() {
        return brands;
    }
}
