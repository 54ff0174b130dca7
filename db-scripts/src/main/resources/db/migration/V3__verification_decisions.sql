-- Version 3: the reason on a standing explains a rejection or a suspension, so name it for both;
-- the SKU table sorts by last change.
ALTER TABLE store_brand RENAME COLUMN rejection_reason TO decision_reason;
CREATE INDEX ix_sku_brand_updated ON sku (brand_id, updated_at);
