package org.shelfline.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shelfline.distribution.ServingDistributor;
import org.shelfline.distribution.TerritoryService;

/** Backs admin/distributors.xhtml: who delivers for the brand, from which warehouses, where. */
@Named
@RequestScoped
public class DistributorsView {

    @Inject
    TerritoryService territories;

    @Inject
    org.shelfline.web.Messages messages;

    private List<ServingDistributor> distributors;
    private Integer acceptanceMinutes;

    @PostConstruct
    void load() {
        distributors = territories.servingMe();
        acceptanceMinutes = territories.acceptanceMinutes();
    }

    public void saveAcceptanceMinutes() {
        Integer minutes = acceptanceMinutes;
        if (messages.attempt(() -> territories.changeAcceptanceMinutes(minutes))) {
            messages.info("page.admin.distributors.acceptanceSaved", minutes);
            acceptanceMinutes = territories.acceptanceMinutes();
        }
    }

    public Integer getAcceptanceMinutes() {
        return acceptanceMinutes;
    }

    public void setAcceptanceMinutes(Integer acceptanceMinutes) {
        this.acceptanceMinutes = acceptanceMinutes;
    }

    public List<ServingDistributor> getDistributors() {
        return distributors;
    }
}
