package org.shelfline.audit;

/** The tenants an audited change concerns (any may be null), so each can see its own trail. */
public record AuditScope(Long brandId, Long storeId, Long distributorId) {

    public static AuditScope brand(long brandId) {
        return new AuditScope(brandId, null, null);
    }

    public static AuditScope brandAndStore(long brandId, long storeId) {
        return new AuditScope(brandId, storeId, null);
    }
}
