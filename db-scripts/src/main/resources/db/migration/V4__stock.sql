-- Version 4: stock per distributor warehouse and SKU. Orders reserve, cancellation releases, shipping
-- consumes; what can still be promised is on_hand - reserved, which the checks keep from going negative.
CREATE TABLE stock (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    warehouse_id BIGINT      NOT NULL,
    sku_id       BIGINT      NOT NULL,
    on_hand      INT         NOT NULL DEFAULT 0,
    reserved     INT         NOT NULL DEFAULT 0,
    updated_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_stock UNIQUE (warehouse_id, sku_id),
    CONSTRAINT fk_stock_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT fk_stock_sku FOREIGN KEY (sku_id) REFERENCES sku (id),
    CONSTRAINT ck_stock_on_hand CHECK (on_hand >= 0),
    CONSTRAINT ck_stock_reserved CHECK (reserved >= 0 AND reserved <= on_hand)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_stock_sku ON stock (sku_id);
