package org.shelfline.ordering;

import java.util.List;
import org.shelfline.geography.District;

/** Accepted orders to pick, grouped by the district they go to, and the cases per SKU in total. */
public record PickList(List<DistrictGroup> districts, List<SkuTotal> totals) {

    public record DistrictGroup(District district, List<PurchaseOrder> orders) {}

    public record SkuTotal(String skuCode, String name, String nameZh, long cases) {}
}
