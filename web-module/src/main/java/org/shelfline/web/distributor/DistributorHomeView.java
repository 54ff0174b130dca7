package org.shelfline.web.distributor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shelfline.distribution.DistributorOverview;
import org.shelfline.distribution.DistributorService;

/** Backs distributor/index.xhtml, the distributor's task home. */
@Named
@RequestScoped
public class DistributorHomeView {

    @Inject
    DistributorService distributors;

    private DistributorOverview overview;

    @PostConstruct
    void load() {
        overview = distributors.overview();
    }

    public DistributorOverview getOverview() {
        return overview;
    }
}
