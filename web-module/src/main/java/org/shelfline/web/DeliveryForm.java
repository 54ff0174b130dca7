package org.shelfline.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.shelfline.ordering.OrderLine;
import org.shelfline.ordering.PurchaseOrder;

/**
 * Delivered and damaged cases per order line, as typed on the shop's and the distributor's order pages.
 * Starts from what was recorded, or from "everything arrived, nothing damaged".
 */
public class DeliveryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, Integer> delivered = new HashMap<>();
    private final Map<Long, Integer> damaged = new HashMap<>();

    public void fill(PurchaseOrder order) {
        for (OrderLine line : order.getLines()) {
            delivered.put(line.getId(), line.getDeliveredCases() == null ? line.getCases() : line.getDeliveredCases());
            damaged.put(line.getId(), line.getDamagedCases() == null ? 0 : line.getDamagedCases());
        }
    }

    /** {delivered, damaged} per line id; a blank box counts as a bad number (-1), which the order refuses. */
    public Map<Long, int[]> report() {
        Map<Long, int[]> report = new HashMap<>();
        delivered.forEach((line, cases) ->
                report.put(line, new int[] {orMinusOne(cases), orMinusOne(damaged.get(line))}));
        return report;
    }

    private static int orMinusOne(Integer value) {
        return value == null ? -1 : value;
    }

    public Map<Long, Integer> getDelivered() {
        return delivered;
    }

    public Map<Long, Integer> getDamaged() {
        return damaged;
    }
}
