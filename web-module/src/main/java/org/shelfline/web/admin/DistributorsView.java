package org.shelfline.web.admin;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.shelfline.distribution.ServingDistributor;
import org.shelfline.distribution.TerritoryService;

/** Backs admin/distributors.xhtml: who delivers for the brand, from which warehouses, where. */
@Named
@RequestScoped
public class DistributorsView {

    @Inject
    TerritoryService territories;

    private List<ServingDistributor> distributors;

    @PostConstruct
    void load() {
        distributors = territories.servingMe();
    }

    public List<ServingDistributor> getDistributors() {
        return distributors;
    }
}
