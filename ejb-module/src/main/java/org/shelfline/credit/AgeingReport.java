package org.shelfline.credit;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A brand's open invoices by how overdue they are, per store and in total. */
public record AgeingReport(List<Row> rows, Map<AgeingBucket, BigDecimal> totals) {

    public record Row(long storeId, String storeName, Map<AgeingBucket, BigDecimal> amounts) {

        public BigDecimal amount(AgeingBucket bucket) {
            return amounts.getOrDefault(bucket, BigDecimal.ZERO);
        }

        public BigDecimal total() {
            return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public BigDecimal total(AgeingBucket bucket) {
        return totals.getOrDefault(bucket, BigDecimal.ZERO);
    }

    public BigDecimal grandTotal() {
        return totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public AgeingBucket[] getBuckets() {
        return AgeingBucket.values();
    }

    static Map<AgeingBucket, BigDecimal> emptyBuckets() {
        Map<AgeingBucket, BigDecimal> buckets = new EnumMap<>(AgeingBucket.class);
        for (AgeingBucket bucket : AgeingBucket.values()) {
            buckets.put(bucket, BigDecimal.ZERO);
        }
        return buckets;
    }
}
