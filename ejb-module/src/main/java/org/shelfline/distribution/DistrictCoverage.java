package org.shelfline.distribution;

import java.util.List;

import org.shelfline.geography.District;

/** One district and the distributors that serve it for the brand, first choice first; none is a gap. */
public record DistrictCoverage(District district, List<TerritoryAssignment> assignments) {

    public boolean isGap() {
        return assignments.isEmpty();
    }
}
