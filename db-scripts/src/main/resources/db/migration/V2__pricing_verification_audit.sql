-- Version 2: price lists per store tier and/or region, credit terms on a verified standing, the
-- licence photo of a registration.

-- A price list overrides a SKU's base tiers for the stores it targets: a store tier (STANDARD, GOLD, ...),
-- a region (a district-code prefix: 'GD' = the province, 'GD-SZ' = Shenzhen, 'GD-SZ-NS' = one district),
-- both, or neither (every store). Optionally only between valid_from (inclusive) and valid_until (exclusive).
CREATE TABLE price_list (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    brand_id    BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    store_tier  VARCHAR(16)  NULL,
    region_code VARCHAR(32)  NULL,
    valid_from  DATETIME(6)  NULL,
    valid_until DATETIME(6)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_price_list_name UNIQUE (brand_id, name),
    CONSTRAINT fk_price_list_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT ck_price_list_window CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from < valid_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE price_list_price (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    price_list_id BIGINT         NOT NULL,
    sku_id        BIGINT         NOT NULL,
    min_cases     INT            NOT NULL,
    case_price    DECIMAL(12, 2) NOT NULL,
    CONSTRAINT uk_price_list_price UNIQUE (price_list_id, sku_id, min_cases),
    CONSTRAINT fk_price_list_price_list FOREIGN KEY (price_list_id) REFERENCES price_list (id) ON DELETE CASCADE,
    CONSTRAINT fk_price_list_price_sku FOREIGN KEY (sku_id) REFERENCES sku (id),
    CONSTRAINT ck_price_list_price_min CHECK (min_cases > 0),
    CONSTRAINT ck_price_list_price_price CHECK (case_price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_price_list_price_sku ON price_list_price (sku_id);

ALTER TABLE store_brand
    ADD COLUMN credit_terms VARCHAR(16) NULL AFTER tier,
    ADD COLUMN credit_limit DECIMAL(12, 2) NULL AFTER credit_terms,
    ADD CONSTRAINT ck_store_brand_terms CHECK (credit_terms IS NULL OR credit_terms IN ('PAY_NOW', 'NET_15', 'NET_30', 'MONTHLY')),
    ADD CONSTRAINT ck_store_brand_limit CHECK (credit_limit IS NULL OR credit_limit >= 0);

ALTER TABLE store ADD COLUMN licence_photo VARCHAR(120) NULL AFTER licence_number;
