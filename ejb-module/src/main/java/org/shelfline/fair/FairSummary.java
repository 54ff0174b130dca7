package org.shelfline.fair;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** What a fair sold: per SKU (with sell-through of the allocation), per delivery region and per shop. */
public record FairSummary(List<SkuLine> skus, List<Line> regions, List<Line> stores) {

    public record SkuLine(String code, String name, int allocation, long cases, BigDecimal sales) {

        /** Share of the allocation sold, in percent. */
        public BigDecimal sellThrough() {
            return allocation == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(cases * 100).divide(BigDecimal.valueOf(allocation), 1, RoundingMode.HALF_UP);
        }
    }

    /** A region (district code) or a shop: orders, cases and sales. */
    public record Line(String name, long orders, long cases, BigDecimal sales) {}
}
