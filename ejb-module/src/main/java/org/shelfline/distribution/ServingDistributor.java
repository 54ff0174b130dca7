package org.shelfline.distribution;

import java.util.List;
import org.shelfline.geography.District;

/** A distributor that serves the brand: its warehouses and the brand's districts it covers. */
public record ServingDistributor(Distributor distributor, List<Warehouse> warehouses, List<District> districts) {}
