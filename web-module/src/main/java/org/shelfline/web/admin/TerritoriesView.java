package org.shelfline.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shelfline.distribution.Distributor;
import org.shelfline.distribution.DistrictCoverage;
import org.shelfline.distribution.TerritoryService;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Messages;

/**
 * Backs admin/territories.xhtml: who delivers where for the brand, gaps included. A country has thousands
 * of districts, so the table shows a page at a time and can be narrowed to a place, a distributor or the gaps;
 * the search redirects to a bookmarkable address (?q=...&gaps=true).
 */
@Named
@ViewScoped
public class TerritoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TerritoryService territories;

    @Inject
    Messages messages;

    private List<DistrictCoverage> coverage;
    /** The rows the search lets through, worked out when first asked for. */
    private List<DistrictCoverage> shown;

    private String query;
    private boolean gapsOnly;
    private List<Distributor> distributors;
    /** The distributor picked in each district's row, by district id. */
    private final Map<Long, Long> chosen = new HashMap<>();

    @PostConstruct
    void load() {
        coverage = territories.coverage();
        shown = null;
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

    public String search() {
        return "/admin/territories?faces-redirect=true&includeViewParams=true";
    }

    public List<DistrictCoverage> getRows() {
        if (shown == null) {
            String text = query == null ? "" : query.strip();
            shown = coverage.stream()
                    .filter(row -> !gapsOnly || row.isGap())
                    .filter(row -> text.isEmpty() || row.mentions(text))
                    .toList();
        }
        return shown;
    }

    public long getGaps() {
        return coverage.stream().filter(DistrictCoverage::isGap).count();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
        shown = null;
    }

    public boolean isGapsOnly() {
        return gapsOnly;
    }

    public void setGapsOnly(boolean gapsOnly) {
        this.gapsOnly = gapsOnly;
        shown = null;
    }

    public List<Distributor> getDistributors() {
        return distributors;
    }

    public Map<Long, Long> getChosen() {
        return chosen;
    }
}
