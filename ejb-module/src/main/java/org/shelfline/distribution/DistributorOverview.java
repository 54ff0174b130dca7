package org.shelfline.distribution;

import java.util.List;

/** The distributor's home page: the company, its warehouses and the territories it serves. */
public record DistributorOverview(
        Distributor distributor, List<Warehouse> warehouses, List<TerritoryAssignment> territories) {}
