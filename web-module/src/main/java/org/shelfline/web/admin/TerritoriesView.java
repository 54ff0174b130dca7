package org.shelfline.web.admin;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.shelfline.distribution.DistrictCoverage;
import org.shelfline.distribution.Distributor;
import org.shelfline.distribution.TerritoryService;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Messages;

/** Backs admin/territories.xhtml: who delivers where for the brand, gaps included. */
@Named
@ViewScoped
public class TerritoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TerritoryService territories;

    @Inject
    Messages messages;

    private List<DistrictCoverage> coverage;
    private List<Distributor> distributors;
    /** The distributor picked in each district's row, by district id. */
    private final Map<Long, Long> chosen = new HashMap<>();

    @PostConstruct
    void load() {
        coverage = territories.coverage();
        distributors = territories.distributors();
    }

    public void assign(long districtId) {
        Long distributorId = chosen.get(districtId);
        if (distributorId == null) {
            messages.error("page.admin.territories.chooseDistributor");
            return;
        }
        act(() -> territories.assign(districtId, distributorId), "page.admin.territories.assigned");
        chosen.remove(districtId);
    }

    public void remove(long assignmentId) {
        act(() -> territories.remove(assignmentId), "page.admin.territories.removed");
    }

    public void moveUp(long assignmentId) {
        act(() -> territories.moveUp(assignmentId), "page.admin.territories.reordered");
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            messages.info(doneKey);
        } catch (BusinessException e) {
            messages.error(e);
        }
        load();
    }

    public long getGaps() {
        return coverage.stream().filter(DistrictCoverage::isGap).count();
    }

    public List<DistrictCoverage> getCoverage() {
        return coverage;
    }

    public List<Distributor> getDistributors() {
        return distributors;
    }

    public Map<Long, Long> getChosen() {
        return chosen;
    }
}
