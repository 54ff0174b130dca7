package org.shelfline.distribution;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.shelfline.geography.District;

/** One district and the distributors that serve it for the brand, first choice first; none is a gap. */
public record DistrictCoverage(District district, List<TerritoryAssignment> assignments) {

    public boolean isGap() {
        return assignments.isEmpty();
    }

    /** Whether the text names this district, its city or province, or one of its distributors (any case). */
    public boolean mentions(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return district.mentions(text)
                || assignments.stream()
                        .map(assignment -> assignment.getDistributor().getName())
                        .flatMap(name -> Stream.of(name.english(), name.chinese()))
                        .anyMatch(name ->
                                name != null && name.toLowerCase(Locale.ROOT).contains(wanted));
    }
}
